import type { APIEmbed } from 'discord.js';
import type { UnansweredQuestion } from '../app/unanswered.js';
import { COLOUR, fitEmbed } from './format-embed.js';
import { safeLine } from './safe-text.js';

/** The most asked questions the content could not answer, for moderators. */
export const unansweredEmbed = (questions: readonly UnansweredQuestion[], total: number, missingShards = 0): APIEmbed =>
  fitEmbed({
    title: 'Questions the article could not answer',
    description:
      questions.length === 0
        ? 'None so far.'
        : questions
            .map((q) => `\`${String(q.count).padStart(3)}×\` ${safeLine(q.question)} — <t:${Math.floor(Date.parse(q.lastAsked) / 1000)}:R>`)
            .join('\n'),
    color: COLOUR.notCovered,
    footer: {
      text: [
        `${questions.length} of ${total} shown, most asked first · add content for them, then /reindex · /unanswered clear:True forgets them`,
        missingShards > 0 ? `${missingShards} shard${missingShards === 1 ? '' : 's'} did not answer` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    },
  });
