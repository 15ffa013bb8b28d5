import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { answerInTurn } from '../src/discord/answer-reply.js';
import type { SlashCommand } from '../src/discord/command.js';
import { UserFacingError } from '../src/discord/errors.js';
import { NO_PINGS } from '../src/discord/replies.js';

/** `/ask question:<text> [private:<bool>]` — the passages that answer a question; buttons page through them. */
export const ask = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the article; the answer quotes its passages')
    .addStringOption((o) => o.setName('question').setDescription('Your question, in your own words').setRequired(true).setMaxLength(1000))
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer (default: the whole channel)')),
  help: {
    usage: '/ask question:<text> [private:True]',
    summary: 'Quotes the passages that answer your question, best first, with matched words in bold. Buttons show more passages or the full section.',
    examples: ['/ask question:Why is trilateral cooperation hard to sustain?', '/ask question:What does the US want from Japan? private:True'],
  },

  async execute(interaction, ctx) {
    const question = interaction.options.getString('question', true);
    const hidden = interaction.options.getBoolean('private') ?? false;
    ctx.cooldowns.check(interaction.user.id);
    const reply = await answerInTurn(ctx, question, { postable: hidden, unanswered: ctx.unanswered });
    await interaction.reply({
      embeds: reply.embeds,
      components: reply.components,
      allowedMentions: NO_PINGS,
      ...(hidden ? { flags: MessageFlags.Ephemeral } : {}),
    });
    return reply.outcome;
  },

  /** "More passages" pages a private answer in place and shows a public one's next page privately; "Post to channel" posts a page. */
  async button(interaction, id, ctx) {
    if (id.command !== 'ask') throw new UserFacingError('This button no longer works — run the command again.');
    const question = ctx.questions.recall(id.key);
    if (question === undefined) throw new UserFacingError('This answer has expired — ask the question again with /ask.');
    if (id.action === 'post') {
      const reply = await answerInTurn(ctx, question, { offset: id.offset });
      await interaction.reply({ embeds: reply.embeds, components: reply.components, allowedMentions: NO_PINGS });
      return reply.outcome;
    }
    const reply = await answerInTurn(ctx, question, { offset: id.offset, postable: true });
    if (interaction.message.flags.has(MessageFlags.Ephemeral)) {
      await interaction.update({ embeds: reply.embeds, components: reply.components, allowedMentions: NO_PINGS });
    } else {
      await interaction.reply({ embeds: reply.embeds, components: reply.components, allowedMentions: NO_PINGS, flags: MessageFlags.Ephemeral });
    }
    return reply.outcome;
  },
} satisfies SlashCommand;
