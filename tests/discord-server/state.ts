import { EventEmitter } from 'node:events';
import { buildDmChannel, buildGuild, buildUser, snowflake, type GuildFixture } from './fixtures.ts';
import type {
  CallbackRecord,
  ChannelObject,
  CommandObject,
  DiscordServerOptions,
  IdentifyRecord,
  JsonObject,
  MessageObject,
  RecordedRequest,
  ResumeRecord,
  UserObject,
  Violation,
} from './types.ts';

/** What the server remembers about one dispatched interaction. */
export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  payload: JsonObject;
  /** For timeout messages, e.g. `/ask` or `button "more"`. */
  label: string;
  channelId: string;
  guildId: string | null;
  user: UserObject;
  dispatchedAt: number;
  callback: CallbackRecord | null;
  originalId: string | null;
  /** `final` once a callback of type 4/7 or a PATCH of @original produced a visible message. */
  originalState: 'none' | 'deferred' | 'final';
  componentMessageId: string | null;
  followUpIds: string[];
}

/** Resolved server options. */
export interface ServerConfig {
  applicationId: string;
  token: string;
  bot: UserObject;
  defaultUser: UserObject;
  guilds: GuildFixture[];
  shards: number;
  maxConcurrency: number;
  heartbeatIntervalMs: number;
  waitTimeoutMs: number;
  interactionDeadlineMs: number;
}

/** The state shared by the REST routes, the gateway and the test handles. */
export class ServerState {
  readonly config: ServerConfig;
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  readonly unknownRoutes: RecordedRequest[] = [];
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  readonly messages = new Map<string, MessageObject>();
  readonly channels = new Map<string, ChannelObject>();
  readonly users = new Map<string, UserObject>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly globalCommands: CommandObject[] = [];
  readonly guildCommands = new Map<string, CommandObject[]>();
  readyCount = 0;
  closed = false;
  gatewayUrl = '';
  private readonly events = new EventEmitter().setMaxListeners(0);

  constructor(options: DiscordServerOptions) {
    const bot = buildUser({ username: 'Article QA', ...options.bot, bot: true }, 'Article QA');
    const guilds = (options.guilds ?? [{}]).map((guild, index) => buildGuild(guild, index, bot));
    this.config = {
      applicationId: options.applicationId ?? bot.id,
      token: options.token ?? 'test-token.discord-server.loopback',
      bot,
      defaultUser: buildUser({ username: 'tester', globalName: 'Tester', ...options.defaultUser }, 'tester'),
      guilds,
      shards: options.shards ?? 1,
      maxConcurrency: options.maxConcurrency ?? options.shards ?? 1,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      waitTimeoutMs: options.waitTimeoutMs ?? 5_000,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3_000,
    };
    this.rememberUser(bot);
    this.rememberUser(this.config.defaultUser);
    for (const guild of guilds) for (const channel of guild.channels) this.channels.set(channel.id, channel);
  }

  /** Adds or refreshes a known user (so mentions and DMs resolve). */
  rememberUser(user: UserObject): UserObject {
    this.users.set(user.id, user);
    return user;
  }

  /** The guild with `id`, or the first guild when `id` is undefined. */
  guild(id: string | undefined): GuildFixture | undefined {
    return id === undefined ? this.config.guilds[0] : this.config.guilds.find((guild) => guild.id === id);
  }

  /** The DM channel between the bot and `user`, created on first use. */
  dmChannel(user: UserObject): ChannelObject {
    for (const channel of this.channels.values()) {
      if (channel.type === 1 && channel.recipients?.some((recipient) => recipient.id === user.id)) return channel;
    }
    const channel = buildDmChannel(snowflake(), user);
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** The interaction whose webhook token is `token`. */
  interactionByToken(token: string): InteractionRecord | undefined {
    for (const record of this.interactions.values()) if (record.token === token) return record;
    return undefined;
  }

  /** Stores (or replaces) a message and updates its channel's last_message_id. */
  storeMessage(message: MessageObject): MessageObject {
    this.messages.set(message.id, message);
    const channel = this.channels.get(message.channel_id);
    if (channel && 'last_message_id' in channel) channel['last_message_id'] = message.id;
    return message;
  }

  /** Tells waiters that something changed. */
  notify(): void {
    this.events.emit('change');
  }

  /** Marks the server closed; pending waits reject. */
  close(): void {
    this.closed = true;
    this.events.emit('close');
  }

  /**
   * Resolves with `probe()` once it returns something other than undefined.
   * @param describe - says what was awaited, for the timeout error
   */
  waitFor<T>(probe: () => T | undefined, timeoutMs: number | undefined, describe: () => string): Promise<T> {
    const ms = timeoutMs ?? this.config.waitTimeoutMs;
    const now = probe();
    if (now !== undefined) return Promise.resolve(now);
    if (this.closed) return Promise.reject(new Error(`DiscordServer: closed before ${describe()}`));
    return new Promise<T>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        this.events.off('change', check);
        this.events.off('close', onClose);
      };
      const check = (): void => {
        let value: T | undefined;
        try {
          value = probe();
        } catch (error) {
          finish();
          reject(error as Error);
          return;
        }
        if (value !== undefined) {
          finish();
          resolve(value);
        }
      };
      const onClose = (): void => {
        finish();
        reject(new Error(`DiscordServer: closed while waiting for ${describe()}`));
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`DiscordServer: timed out after ${ms} ms waiting for ${describe()}`));
      }, ms);
      this.events.on('change', check);
      this.events.on('close', onClose);
    });
  }

  /** A short list of recent requests, for timeout messages. */
  describeRequests(filter: (request: RecordedRequest) => boolean, limit = 8): string {
    const seen = this.requests.filter(filter).slice(-limit);
    if (seen.length === 0) return 'no requests';
    return seen.map((request) => `${request.method} ${request.path} → ${request.status || 'pending'}`).join('; ');
  }
}
