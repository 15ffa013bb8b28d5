import type { Message, MessageReplyOptions } from 'discord.js';
import type { BotContext } from './command.js';
import { answerInTurn } from './answer-reply.js';
import { UserFacingError } from './errors.js';
import { LIMITS, truncate } from './limits.js';
import { APOLOGY, NO_PINGS_REPLY } from './replies.js';
import { neutraliseMentions, safeLine } from './safe-text.js';

/** The question in a message to the bot: the text without the bot's own mention. */
export const questionOf = (content: string, botId: string): string =>
  content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();

/**
 * Chat-style questions: a message that mentions the bot in a channel, or any direct message, is
 * answered like /ask, in a reply to it. Discord delivers the content of exactly these messages
 * without the privileged MessageContent intent. Never rejects.
 */
export const createMessageHandler =
  (ctx: BotContext, botId: () => string | undefined) =>
  async (message: Message): Promise<void> => {
    const me = botId();
    if (!me || message.author.bot || message.system || message.webhookId) return;
    const dm = message.channel.isDMBased();
    // Only a direct mention counts: not @everyone, a role, or a reply that merely pings the bot.
    const mentioned = new RegExp(`<@!?${me}>`).test(message.content);
    if (!dm && !mentioned) return;
    const started = performance.now();
    const logger = ctx.logger.child({ messageId: message.id, command: dm ? 'dm' : 'mention' });
    const where = () => ({ guild: message.guildId ?? 'dm', user: message.author.id, latencyMs: Math.round(performance.now() - started) });
    const reply = (payload: MessageReplyOptions) => message.reply({ ...payload, allowedMentions: NO_PINGS_REPLY });
    try {
      const question = questionOf(message.content, me);
      if (!question) {
        const title = ctx.library.engine.documents[0]?.meta.title;
        await reply({ content: `Ask me a question about ${title ? `“${safeLine(title)}”` : 'the article'}, e.g. “why is trilateral cooperation hard?” — or type /help.` });
        logger.info({ ...where(), result: 'no question' }, 'message');
        return;
      }
      ctx.cooldowns.check(message.author.id);
      const answer = await answerInTurn(ctx, question, { unanswered: ctx.unanswered });
      await reply({ embeds: answer.embeds, components: answer.components });
      logger.info({ ...where(), ...answer.outcome }, 'message');
    } catch (err) {
      const userFacing = err instanceof UserFacingError;
      if (userFacing) logger.info({ ...where(), result: 'refused', reason: err.message }, 'message');
      else logger.error({ ...where(), err }, 'message failed');
      await reply({ content: truncate(neutraliseMentions(userFacing ? err.message : APOLOGY), LIMITS.content) }).catch((replyErr: unknown) =>
        logger.warn({ err: replyErr }, 'could not tell the user about the failure'),
      );
    }
  };
