import type {
  ChannelObject,
  GuildOptions,
  JsonObject,
  MessageObject,
  UserObject,
  UserOptions,
} from './types.ts';

const DISCORD_EPOCH = 1_420_070_400_000n;
let lastSnowflake = 0n;

/** A fresh, strictly increasing snowflake whose timestamp is `time`. */
export function snowflake(time = Date.now()): string {
  let id = (BigInt(time) - DISCORD_EPOCH) << 22n;
  if (id <= lastSnowflake) id = lastSnowflake + 1n;
  lastSnowflake = id;
  return id.toString();
}

/** Permission bits, as Discord numbers them. */
export const Permission = {
  CreateInstantInvite: 1n << 0n,
  Administrator: 1n << 3n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseExternalEmojis: 1n << 18n,
  Connect: 1n << 20n,
  Speak: 1n << 21n,
  ChangeNickname: 1n << 26n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
} as const;

const DEFAULT_EVERYONE =
  Permission.CreateInstantInvite |
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.Connect |
  Permission.Speak |
  Permission.ChangeNickname |
  Permission.UseApplicationCommands |
  Permission.SendMessagesInThreads;

/** A complete user object from partial options. */
export function buildUser(options: UserOptions, fallbackName: string): UserObject {
  const username = options.username ?? fallbackName;
  return {
    id: options.id ?? snowflake(),
    username,
    global_name: options.globalName === undefined ? username : options.globalName,
    discriminator: '0',
    avatar: null,
    avatar_decoration_data: null,
    banner: null,
    accent_color: null,
    bot: options.bot ?? false,
    system: false,
    public_flags: 0,
    flags: 0,
  };
}

/** A guild as the server knows it: raw channel and role objects plus the bot's membership. */
export interface GuildFixture {
  id: string;
  name: string;
  ownerId: string;
  channels: ChannelObject[];
  roles: JsonObject[];
  everyonePermissions: bigint;
  botPermissions: bigint;
  botRoleId: string;
  joinedAt: string;
}

function toBits(value: string | bigint | undefined, fallback: bigint): bigint {
  return value === undefined ? fallback : BigInt(value);
}

function role(id: string, name: string, permissions: bigint, position: number, extra: JsonObject = {}): JsonObject {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0,
    ...extra,
  };
}

function guildChannel(guildId: string, id: string, name: string, type: number, position: number, parentId: string | null, topic: string | null): ChannelObject {
  const base: ChannelObject = {
    id,
    type,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: [],
    parent_id: parentId,
    flags: 0,
  };
  if (type === 2) return { ...base, bitrate: 64_000, user_limit: 0, rtc_region: null, nsfw: false, rate_limit_per_user: 0, last_message_id: null };
  if (type === 4) return base;
  return { ...base, topic, nsfw: false, rate_limit_per_user: 0, last_message_id: null, last_pin_timestamp: null };
}

/** Expands guild options into a fixture with realistic channels and roles. */
export function buildGuild(options: GuildOptions, index: number, bot: UserObject): GuildFixture {
  const id = options.id ?? snowflake();
  const everyonePermissions = toBits(options.everyonePermissions, DEFAULT_EVERYONE);
  const botPermissions = toBits(options.botPermissions, everyonePermissions);
  const botRoleId = snowflake();
  const specs = options.channels ?? [
    { id: snowflake(), name: 'Text Channels', type: 4 },
    { name: 'general', type: 0, topic: 'General chat' },
    { name: 'General', type: 2 },
  ];
  const categoryId = specs.find((spec) => spec.type === 4)?.id ?? null;
  const channels = specs.map((spec, position) =>
    guildChannel(
      id,
      spec.id ?? snowflake(),
      spec.name,
      spec.type ?? 0,
      position,
      spec.parentId === undefined ? (spec.type === 4 ? null : categoryId) : spec.parentId,
      spec.topic ?? null,
    ),
  );
  const roles = [
    role(id, '@everyone', everyonePermissions, 0),
    ...(options.roles ?? []).map((spec, position) =>
      role(spec.id ?? snowflake(), spec.name, toBits(spec.permissions, 0n), position + 1, { color: spec.color ?? 0 }),
    ),
    role(botRoleId, bot.username, botPermissions, (options.roles?.length ?? 0) + 1, {
      managed: true,
      tags: { bot_id: bot.id },
    }),
  ];
  return {
    id,
    name: options.name ?? (index === 0 ? 'Test Guild' : `Test Guild ${index + 1}`),
    ownerId: options.ownerId ?? snowflake(),
    channels,
    roles,
    everyonePermissions,
    botPermissions: botPermissions | everyonePermissions,
    botRoleId,
    joinedAt: new Date().toISOString(),
  };
}

/** A guild member object; `withUser` false gives the shape nested in MESSAGE_CREATE. */
export function buildMember(user: UserObject, roles: string[], joinedAt: string, withUser = true): JsonObject {
  return {
    ...(withUser ? { user } : {}),
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    unusual_dm_activity_until: null,
  };
}

/** The GUILD_CREATE payload discord.js builds a complete guild from. */
export function guildCreatePayload(guild: GuildFixture, bot: UserObject): JsonObject {
  const firstText = guild.channels.find((channel) => channel.type === 0);
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    application_id: null,
    region: 'deprecated',
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw: false,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    system_channel_id: firstText?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    max_members: 500_000,
    max_presences: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    incidents_data: null,
    hub_type: null,
    latest_onboarding_question_id: null,
    features: [],
    emojis: [],
    stickers: [],
    roles: guild.roles,
    // Discord omits guild_id on the channels nested in GUILD_CREATE.
    channels: guild.channels.map(({ guild_id: _guildId, ...channel }) => channel),
    threads: [],
    members: [buildMember(bot, [guild.botRoleId], guild.joinedAt)],
    member_count: 2,
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
    application_command_counts: {},
    joined_at: guild.joinedAt,
    large: false,
    lazy: true,
    unavailable: false,
    version: Date.now(),
  };
}

/** A DM channel between the bot and `user`. */
export function buildDmChannel(id: string, user: UserObject): ChannelObject {
  return { id, type: 1, recipients: [user], last_message_id: null, flags: 0 };
}

/** Fields of a new message; everything else gets Discord's defaults. */
export interface MessageFields {
  channelId: string;
  author: UserObject;
  content?: string;
  guildId?: string;
  embeds?: JsonObject[];
  components?: JsonObject[];
  attachments?: JsonObject[];
  flags?: number;
  type?: number;
  extra?: JsonObject;
}

/** A full message object as Discord returns it from REST. */
export function buildMessage(fields: MessageFields): MessageObject {
  const message: MessageObject = {
    id: snowflake(),
    type: fields.type ?? 0,
    channel_id: fields.channelId,
    author: fields.author,
    content: fields.content ?? '',
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    attachments: fields.attachments ?? [],
    flags: fields.flags ?? 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    mention_channels: [],
    pinned: false,
    ...fields.extra,
  };
  if (fields.guildId !== undefined) message.guild_id = fields.guildId;
  return message;
}
