import { randomBytes } from 'node:crypto';
import { buildMember, buildUser, snowflake } from './fixtures.ts';
import type { InteractionRecord, ServerState } from './state.ts';
import type {
  ChannelObject,
  CommandObject,
  CommandOptionInput,
  CommandOptionValues,
  InteractionInput,
  InteractionOptions,
  JsonObject,
  MessageObject,
  UserObject,
  UserOptions,
} from './types.ts';

/** The known user with these options, or a new one (the default user when `options` is unset). */
export function resolveUser(state: ServerState, options: UserOptions | undefined): UserObject {
  if (!options) return state.config.defaultUser;
  const known = options.id === undefined ? undefined : state.users.get(options.id);
  if (known && options.username === undefined) return known;
  return state.rememberUser(buildUser(options, 'tester'));
}

/** The registered command called `name` of `type`, guild commands first. */
export function findCommand(state: ServerState, name: string, type: number, guildId: string | null): CommandObject | undefined {
  const guild = guildId === null ? [] : (state.guildCommands.get(guildId) ?? []);
  return [...guild, ...state.globalCommands].find((command) => command.name === name && command.type === type);
}

/** Command data (`id`, `name`, `type`, `guild_id`) for an application command or autocomplete interaction. */
export function commandData(command: CommandObject | undefined, name: string, type: number): JsonObject {
  return {
    id: command?.id ?? snowflake(),
    name,
    type,
    ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
  };
}

function inferType(value: string | number | boolean): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

/**
 * Options as Discord sends them; types come from the registered command when there is one.
 * @throws when the registered command has no such option or a required one is missing
 */
export function resolveOptions(
  label: string,
  values: CommandOptionValues | undefined,
  command: CommandObject | undefined,
  focused?: string,
): CommandOptionInput[] {
  const definitions = Array.isArray(command?.['options']) ? (command['options'] as JsonObject[]) : undefined;
  const options: CommandOptionInput[] = Array.isArray(values)
    ? values.map((option) => ({ ...option }))
    : Object.entries(values ?? {}).map(([name, value]) => {
        const definition = definitions?.find((candidate) => candidate['name'] === name);
        if (definitions && !definition) {
          throw new Error(`DiscordServer: ${label} has no option "${name}" (options: ${definitions.map((d) => String(d['name'])).join(', ') || 'none'})`);
        }
        const type = typeof definition?.['type'] === 'number' ? definition['type'] : inferType(value);
        return { name, type, value };
      });
  for (const option of options) if (option.name === focused) option.focused = true;
  if (focused !== undefined && !options.some((option) => option.focused)) {
    throw new Error(`DiscordServer: ${label}: the focused option "${focused}" has no value`);
  }
  if (focused === undefined && definitions) {
    for (const definition of definitions) {
      if (definition['required'] === true && !options.some((option) => option.name === definition['name'])) {
        throw new Error(`DiscordServer: ${label} requires option "${String(definition['name'])}"`);
      }
    }
  }
  return options;
}

/** Finds a button by custom id in a message's components (nested rows included). */
export function hasComponent(components: unknown, customId: string): boolean {
  if (!Array.isArray(components)) return false;
  return components.some((component: JsonObject) => component['custom_id'] === customId || hasComponent(component['components'], customId));
}

/** Where an interaction or message happens. */
export interface Place {
  guildId: string | null;
  channel: ChannelObject;
}

/**
 * The DM with `user`, the given channel (or the message's), or the guild's first text channel.
 * @throws on an unknown guild or channel
 */
export function resolvePlace(state: ServerState, input: InteractionOptions & { message?: MessageObject }, user: UserObject): Place {
  if (input.dm) return { guildId: null, channel: state.dmChannel(user) };
  const channelId = input.channelId ?? input.message?.channel_id;
  if (channelId !== undefined) {
    const channel = state.channels.get(channelId);
    if (!channel) throw new Error(`DiscordServer: unknown channel ${channelId}`);
    return { guildId: channel.guild_id ?? null, channel };
  }
  const guild = state.guild(input.guild);
  if (!guild) throw new Error(`DiscordServer: unknown guild ${String(input.guild)}`);
  const channel = guild.channels.find((candidate) => candidate.type === 0);
  if (!channel) throw new Error(`DiscordServer: guild ${guild.id} has no text channel`);
  return { guildId: guild.id, channel };
}

/**
 * Builds the full INTERACTION_CREATE payload and the record the REST routes track it with.
 * @param label - names the interaction in timeout messages
 */
export function buildInteraction(state: ServerState, input: InteractionInput, label: string): InteractionRecord {
  const user = resolveUser(state, input.user);
  const { guildId, channel } = resolvePlace(state, input, user);
  const guild = state.guild(guildId ?? undefined);
  const id = snowflake();
  const token = `aW50ZXJhY3Rpb246${id}.${randomBytes(32).toString('base64url')}`;
  const memberPermissions = (input.permissions === undefined ? (guild?.everyonePermissions ?? 0n) : BigInt(input.permissions)).toString();
  const appPermissions = (guild?.botPermissions ?? state.config.guilds[0]?.botPermissions ?? 0n).toString();
  const { permission_overwrites: _overwrites, ...channelFields } = channel;
  const payload: JsonObject = {
    id,
    application_id: state.config.applicationId,
    type: input.type,
    token,
    version: 1,
    data: input.data,
    channel_id: channel.id,
    channel: guildId ? { ...channelFields, permissions: memberPermissions } : channelFields,
    app_permissions: appPermissions,
    locale: input.locale ?? 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId ?? '0' },
    context: guildId ? 0 : 1,
    attachment_size_limit: 10_485_760,
  };
  if (guildId && guild) {
    payload['guild_id'] = guildId;
    payload['guild'] = { id: guildId, locale: 'en-US', features: [] };
    payload['guild_locale'] = 'en-US';
    payload['member'] = { ...buildMember(user, input.roles ?? [], guild.joinedAt), permissions: memberPermissions };
  } else {
    payload['user'] = user;
  }
  if (input.message) payload['message'] = input.message;
  const record: InteractionRecord = {
    id,
    token,
    type: input.type,
    payload,
    label,
    channelId: channel.id,
    guildId,
    user,
    dispatchedAt: Date.now(),
    callback: null,
    originalId: null,
    originalState: 'none',
    componentMessageId: input.message?.id ?? null,
    followUpIds: [],
  };
  state.interactions.set(id, record);
  return record;
}

/** A message written by a user, stored so the bot can fetch it or reply to it. */
export function userMessage(state: ServerState, content: string, author: UserObject, channel: ChannelObject): MessageObject {
  return state.storeMessage({
    id: snowflake(),
    type: 0,
    channel_id: channel.id,
    ...(channel.guild_id ? { guild_id: channel.guild_id } : {}),
    author,
    content,
    embeds: [],
    components: [],
    attachments: [],
    flags: 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    mention_channels: [],
    pinned: false,
  });
}
