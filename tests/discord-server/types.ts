import type { IncomingHttpHeaders } from 'node:http';

/** A JSON object as it travels over REST or the gateway. */
export type JsonObject = Record<string, unknown>;

/** A Discord user object (the fields discord.js reads; anything else may be added). */
export interface UserObject {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
  public_flags?: number;
  [key: string]: unknown;
}

/** A Discord message object as the server stores and returns it. */
export interface MessageObject {
  id: string;
  channel_id: string;
  author: UserObject;
  content: string;
  embeds: JsonObject[];
  components: JsonObject[];
  attachments: JsonObject[];
  flags: number;
  type: number;
  timestamp: string;
  edited_timestamp: string | null;
  guild_id?: string;
  message_reference?: { message_id?: string; channel_id?: string; guild_id?: string; type?: number };
  [key: string]: unknown;
}

/** A Discord channel object (guild channel or DM). */
export interface ChannelObject {
  id: string;
  type: number;
  guild_id?: string;
  name?: string;
  recipients?: UserObject[];
  [key: string]: unknown;
}

/** Who a test user or the bot is; unset fields get defaults. */
export interface UserOptions {
  id?: string;
  username?: string;
  globalName?: string | null;
  bot?: boolean;
}

/** A guild channel to report in GUILD_CREATE (type 0 text, 2 voice, 4 category, 5 announcement, 15 forum). */
export interface ChannelOptions {
  id?: string;
  name: string;
  type?: number;
  parentId?: string | null;
  topic?: string | null;
}

/** A guild role besides @everyone and the bot's managed role. */
export interface RoleOptions {
  id?: string;
  name: string;
  permissions?: string | bigint;
  color?: number;
}

/** A guild the bot is in. Without `channels` it gets a category, `#general` and a voice channel. */
export interface GuildOptions {
  id?: string;
  name?: string;
  ownerId?: string;
  channels?: ChannelOptions[];
  roles?: RoleOptions[];
  /** Permissions of @everyone (a bitfield). */
  everyonePermissions?: string | bigint;
  /** Permissions of the bot's managed role, reported as `app_permissions` too. */
  botPermissions?: string | bigint;
}

/** Options of {@link startDiscordServer}. */
export interface DiscordServerOptions {
  applicationId?: string;
  /** The bot user; `bot: true` is forced. */
  bot?: UserOptions;
  /** The only token accepted (`Authorization: Bot <token>`, IDENTIFY, RESUME). */
  token?: string;
  /** Guilds reported in READY and GUILD_CREATE; defaults to one guild. */
  guilds?: GuildOptions[];
  /** Shard count reported by GET /gateway/bot; default 1. */
  shards?: number;
  /**
   * session_start_limit.max_concurrency; default `shards`. discord.js spaces IDENTIFYs of shards
   * sharing a bucket (and any re-IDENTIFY) at least 5 s apart.
   */
  maxConcurrency?: number;
  /** HELLO's heartbeat_interval; default 41 250 ms. */
  heartbeatIntervalMs?: number;
  /** Default timeout of every `waitFor…`; default 5 000 ms. */
  waitTimeoutMs?: number;
  /** Like Discord, a callback later than this after dispatch gets 404 Unknown interaction; 0 disables; default 3 000 ms. */
  interactionDeadlineMs?: number;
  /** The user who runs commands and writes messages when a call does not say. */
  defaultUser?: UserOptions;
}

/** One REST request as received; `status` is 0 while it is pending (or hung). */
export interface RecordedRequest {
  method: string;
  /** The path below `/api/v10`, each segment decoded (`/webhooks/1/tok/messages/@original`). */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or the `payload_json` part of a multipart body. */
  body: unknown;
  files: UploadedFile[];
  time: number;
  status: number;
  /** True when failNext/hangNext produced the response. */
  injected: boolean;
}

/** A file part of a multipart request. */
export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

/** A request Discord would have rejected because of what the bot sent. */
export interface Violation {
  method: string;
  path: string;
  status: number;
  code: number;
  message: string;
  errors?: JsonObject;
  body: unknown;
  time: number;
}

/** A rule of {@link DiscordServer.failNext}. A string `pathPattern` matches as a substring of the decoded path. */
export interface FaultRule {
  method?: string;
  pathPattern: RegExp | string;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** For 429: seconds in `retry-after` and `retry_after`; default 0.05. */
  retryAfter?: number;
  /** For 429: a global rate limit. */
  global?: boolean;
}

/** A rule of {@link DiscordServer.hangNext}: matching requests get no answer for `ms` (forever when unset). */
export interface HangRule {
  method?: string;
  pathPattern: RegExp | string;
  times?: number;
  ms?: number;
}

/** An IDENTIFY received on the gateway. */
export interface IdentifyRecord {
  token: string;
  intents: number;
  shard: [number, number] | null;
  properties: unknown;
  accepted: boolean;
  sessionId: string | null;
  time: number;
}

/** A RESUME received on the gateway. */
export interface ResumeRecord {
  sessionId: string;
  seq: number;
  accepted: boolean;
  replayed: number;
  time: number;
}

/** The bot's interaction callback (POST /interactions/:id/:token/callback). */
export interface CallbackRecord {
  type: number;
  data: JsonObject | undefined;
  withResponse: boolean;
  time: number;
}

/** A registered application command as Discord returns it. */
export interface CommandObject extends JsonObject {
  id: string;
  name: string;
  type: number;
  guild_id?: string;
}

/** Options shared by the interaction helpers. */
export interface InteractionOptions {
  user?: UserOptions;
  /** The invoking member's permissions (bitfield); default those of @everyone. */
  permissions?: string | bigint;
  /** Guild id; default the first guild. */
  guild?: string;
  /** Channel id; default the guild's first text channel (or the user's DM channel). */
  channelId?: string;
  /** Run the interaction in the bot's DM with the user. */
  dm?: boolean;
  locale?: string;
  roles?: string[];
}

/** A command option as Discord sends it (3 string, 4 integer, 5 boolean, 10 number). */
export interface CommandOptionInput {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: CommandOptionInput[];
}

/** Option values by name (types inferred, or taken from the registered command), or explicit options. */
export type CommandOptionValues = Record<string, string | number | boolean> | CommandOptionInput[];

/** Everything {@link DiscordServer.sendInteraction} needs; the rest is filled in. */
export interface InteractionInput extends InteractionOptions {
  /** 2 application command, 3 message component, 4 autocomplete, 5 modal submit. */
  type: number;
  data: JsonObject;
  /** For components: the message carrying the component. */
  message?: MessageObject;
}

/** Input of {@link DiscordServer.sendMessage}. */
export interface MessageInput {
  content: string;
  channelId?: string;
  guildId?: string;
  /** A DM from `author` to the bot. */
  dm?: boolean;
  author?: UserOptions;
  /** Mentioned user ids; by default parsed from `<@id>` in content. */
  mentions?: string[];
}
