import type { APIEmbed } from 'discord.js';
import type { DocumentMeta, Passage } from '../content/types.js';
import type { Engine } from '../search/engine.js';
import type { BotContext, Outcome } from './command.js';
import { answerButtons, type ButtonRow } from './components.js';
import { UserFacingError } from './errors.js';
import { answerEmbed, notCoveredEmbed } from './format-embed.js';
import { truncate } from './limits.js';
import type { UnansweredStore } from '../app/unanswered.js';
import type { QuestionStore } from './question-store.js';

/** Passages per message. */
export const PAGE_SIZE = 3;
/** Passages per answer, over all its pages. */
export const ANSWER_LIMIT = 9;
/**
 * Questions are cut to this many characters (what /ask accepts): a DM or a message answered from
 * the menu can hold 4,000, and the button memory keeps a question per answer.
 */
export const MAX_QUESTION_LENGTH = 1000;

export interface AnswerReply {
  readonly embeds: APIEmbed[];
  readonly components: ButtonRow[];
  readonly outcome: Outcome;
}

/** The metadata of the document a passage comes from. */
export const metaOf = (engine: Engine, passage?: Passage): DocumentMeta | undefined =>
  (engine.documents.find((d) => d.id === passage?.docId) ?? engine.documents[0])?.meta;

/**
 * The message answering `asked` (cut to MAX_QUESTION_LENGTH): the page of passages from `offset`, with "More passages" and
 * "Full section" buttons, and "Post to channel" when `postable`; or the not-covered reply.
 * Used by /ask, its buttons, the context menu, mentions and DMs alike. A first asking that the
 * content does not cover is counted in `unanswered`.
 */
export const answerReply = (
  engine: Engine,
  questions: QuestionStore,
  asked: string,
  { offset = 0, postable = false, unanswered }: { offset?: number; postable?: boolean; unanswered?: UnansweredStore | undefined } = {},
): AnswerReply => {
  const question = truncate(asked, MAX_QUESTION_LENGTH);
  const answer = engine.answer(question, { limit: ANSWER_LIMIT });
  if (answer.kind === 'not-covered') {
    // Counted once per asking, not per button press on an old answer.
    if (offset === 0) unanswered?.record(question);
    return { embeds: [notCoveredEmbed(answer, metaOf(engine), engine.revision)], components: [], outcome: { result: 'not covered' } };
  }
  const top = answer.passages[offset];
  if (!top) throw new UserFacingError('There are no more passages for this question (the article may have been reindexed). Ask again with /ask.');
  const key = questions.remember(question);
  const next = offset + PAGE_SIZE < answer.passages.length ? offset + PAGE_SIZE : undefined;
  return {
    embeds: [answerEmbed(answer, { offset, size: PAGE_SIZE }, metaOf(engine, top.passage), engine.revision)],
    components: answerButtons({ key, offset, ...(next === undefined ? {} : { next }), sectionRef: top.passage.ref, postable, revision: engine.revision }),
    outcome: { ref: top.passage.ref, score: top.score },
  };
};

/**
 * `answerReply` for a handler: through the context's Batcher, so that answers asked for in the same
 * turn are computed together. The engine is read when the work runs (a reindex may have swapped it).
 */
export const answerInTurn = (
  ctx: Pick<BotContext, 'library' | 'questions' | 'batch'>,
  asked: string,
  options?: Parameters<typeof answerReply>[3],
): Promise<AnswerReply> => ctx.batch.run(() => answerReply(ctx.library.engine, ctx.questions, asked, options));
