import { ApplicationCommandType, ContextMenuCommandBuilder, MessageFlags, Routes, type APIEmbed, type APIMessage, type MessageContextMenuCommandInteraction } from 'discord.js';
import type { ButtonRow } from '../src/discord/components.js';
import { answerInTurn } from '../src/discord/answer-reply.js';
import type { MessageCommand } from '../src/discord/command.js';
import { UserFacingError } from '../src/discord/errors.js';
import { questionOf } from '../src/discord/mentions.js';
import { NO_PINGS, NO_PINGS_REPLY } from '../src/discord/replies.js';

/**
 * Replies to the target message with the answer; returns the reply's link. Over the gateway the
 * channel is cached and discord.js sends it; over HTTP nothing is cached, so it goes through REST.
 */
const replyTo = async (interaction: MessageContextMenuCommandInteraction, embeds: APIEmbed[], components: ButtonRow[]): Promise<string> => {
  const target = interaction.targetMessage;
  if (target.channel) return (await target.reply({ embeds, components, allowedMentions: NO_PINGS_REPLY })).url;
  const sent = (await interaction.client.rest.post(Routes.channelMessages(target.channelId), {
    body: { embeds, components, allowed_mentions: { parse: [], replied_user: false }, message_reference: { message_id: target.id, fail_if_not_exists: false } },
  })) as APIMessage;
  return `https://discord.com/channels/${interaction.guildId ?? '@me'}/${target.channelId}/${sent.id}`;
};

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
    // Over HTTP there is no logged-in user: a bot's user id is its application id.
    const question = questionOf(target.content, interaction.client.user?.id ?? interaction.applicationId);
    if (!question) throw new UserFacingError('That message has no text to answer.');
    ctx.cooldowns.check(interaction.user.id);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const reply = await answerInTurn(ctx, question, { unanswered: ctx.unanswered });
    try {
      const url = await replyTo(interaction, reply.embeds, reply.components);
      await interaction.editReply({ content: `Answered in a reply to that message: ${url}`, allowedMentions: NO_PINGS });
    } catch (err) {
      // The bot may not be allowed to post there (channel permissions, a DM between users): answer privately instead.
      ctx.logger.warn({ err }, 'could not reply to the message; answering privately');
      const privately = await answerInTurn(ctx, question, { postable: true });
      await interaction.editReply({ embeds: privately.embeds, components: privately.components, allowedMentions: NO_PINGS });
    }
    return reply.outcome;
  },
} satisfies MessageCommand;
