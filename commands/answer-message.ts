import { ApplicationCommandType, ContextMenuCommandBuilder, MessageFlags } from 'discord.js';
import { answerReply } from '../src/discord/answer-reply.js';
import type { MessageCommand } from '../src/discord/command.js';
import { UserFacingError } from '../src/discord/errors.js';
import { questionOf } from '../src/discord/mentions.js';
import { NO_PINGS, NO_PINGS_REPLY } from '../src/discord/replies.js';

/** Message menu "Answer from the article": answers someone's message as a question, in a reply to it. */
export const answerMessage = {
  kind: 'message',
  data: new ContextMenuCommandBuilder().setName('Answer from the article').setType(ApplicationCommandType.Message),
  help: {
    usage: 'Apps → Answer from the article',
    summary: 'On any message (right-click or long-press it, then Apps): answers its text as a question, in a reply to that message.',
    examples: ['Apps → Answer from the article, on “what do the authors think of Camp David?”'],
  },

  async execute(interaction, ctx) {
    const target = interaction.targetMessage;
    const question = questionOf(target.content, interaction.client.user.id);
    if (!question) throw new UserFacingError('That message has no text to answer.');
    ctx.cooldowns.check(interaction.user.id);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const reply = answerReply(ctx.library.engine, ctx.questions, question, { unanswered: ctx.unanswered });
    try {
      const sent = await target.reply({ embeds: reply.embeds, components: reply.components, allowedMentions: NO_PINGS_REPLY });
      await interaction.editReply({ content: `Answered in a reply to that message: ${sent.url}`, allowedMentions: NO_PINGS });
    } catch (err) {
      // The bot may not be allowed to post there (channel permissions, a DM between users): answer privately instead.
      ctx.logger.warn({ err }, 'could not reply to the message; answering privately');
      const privately = answerReply(ctx.library.engine, ctx.questions, question, { postable: true });
      await interaction.editReply({ embeds: privately.embeds, components: privately.components, allowedMentions: NO_PINGS });
    }
    return reply.outcome;
  },
} satisfies MessageCommand;
