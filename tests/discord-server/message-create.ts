import { buildMember, snowflake } from './fixtures.ts';
import { Intent } from './gateway.ts';
import { resolvePlace, resolveUser, userMessage } from './interaction-payloads.ts';
import type { ServerState } from './state.ts';
import type { MessageInput, MessageObject, UserObject } from './types.ts';

/** A user's message, ready to be dispatched as Discord would for given intents. */
export interface MessageCreateDraft {
  guildId: string | null;
  /** The MESSAGE_CREATE payload for a session with `intents`, and whether Discord would send it at all. */
  forIntents(intents: number): { payload: MessageObject; delivered: boolean };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** Stores a user's message and prepares its MESSAGE_CREATE (mentions parsed from `<@id>` unless given). */
export function buildMessageCreate(state: ServerState, input: MessageInput): MessageCreateDraft {
  const author = resolveUser(state, input.author);
  const { guildId, channel } = resolvePlace(
    state,
    { ...(input.dm ? { dm: true } : {}), ...(input.channelId ? { channelId: input.channelId } : {}), ...(input.guildId ? { guild: input.guildId } : {}) },
    author,
  );
  const guild = guildId === null ? undefined : state.guild(guildId);
  const message = userMessage(state, input.content, author, channel);
  const mentionIds = input.mentions ?? [...input.content.matchAll(/<@!?(\d+)>/g)].map((match) => match[1] ?? '');
  const mentioned = unique(mentionIds).flatMap((id) => state.users.get(id) ?? []);
  const memberRoles = (user: UserObject): string[] => (guild && user.id === state.config.bot.id ? [guild.botRoleId] : []);
  message['mentions'] = guild
    ? mentioned.map((user) => ({ ...user, member: buildMember(user, memberRoles(user), guild.joinedAt, false) }))
    : mentioned;
  message['mention_roles'] = unique([...input.content.matchAll(/<@&(\d+)>/g)].map((match) => match[1] ?? ''));
  const payload: MessageObject = {
    ...message,
    channel_type: channel.type,
    nonce: snowflake(),
    ...(guild ? { member: buildMember(author, [], guild.joinedAt, false) } : {}),
  };
  const botMentioned = mentioned.some((user) => user.id === state.config.bot.id);
  return {
    guildId,
    forIntents(intents) {
      const needed = guildId === null ? Intent.DirectMessages : Intent.GuildMessages;
      if ((intents & needed) === 0) return { payload, delivered: false };
      // Without MESSAGE_CONTENT, Discord blanks guild messages that do not mention the bot.
      const visible = guildId === null || (intents & Intent.MessageContent) !== 0 || botMentioned || author.id === state.config.bot.id;
      return {
        payload: visible ? payload : { ...payload, content: '', embeds: [], attachments: [], components: [] },
        delivered: true,
      };
    },
  };
}
