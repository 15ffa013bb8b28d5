import path from 'node:path';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface DiscordConfig {
  readonly token: string;
  /** The application (client) id; needed to register commands. */
  readonly clientId?: string;
  /** Register commands to this guild only (instant, for development). */
  readonly guildId?: string;
  /** REST base URL instead of Discord's (a REST proxy, or the tests' loopback server). */
  readonly apiUrl?: string;
  /** The application's Ed25519 public key (hex), to verify HTTP interactions. */
  readonly publicKey?: string;
}

export interface Config {
  /** Absent when DISCORD_TOKEN is not set: the terminal runs instead of the bot. */
  readonly discord?: DiscordConfig;
  readonly contentDir: string;
  /** Where derived data (the WordNet lexicon, the index) is cached between runs. */
  readonly cacheDir: string;
  /** Where the bot keeps what it must not lose (the unanswered questions). */
  readonly dataDir: string;
  readonly logLevel: LogLevel;
  /** Seconds a user waits between two questions (0 turns the cooldown off). */
  readonly askCooldownSeconds: number;
  /** Reindex by itself when files in the content folder change. */
  readonly contentWatch: boolean;
  /** How Discord reaches the bot: the gateway WebSocket, or HTTP POSTs to an Interactions Endpoint URL. */
  readonly transport: 'gateway' | 'http';
  /** The HTTP port for TRANSPORT=http. */
  readonly port: number;
  /** BOT_SHARDS: run the gateway bot under discord.js's ShardingManager, one process per shard. */
  readonly shards?: number | 'auto';
  /** Set in a shard process that the ShardingManager started (it passes SHARDING_MANAGER, SHARDS, SHARD_COUNT). */
  readonly shardProcess?: { readonly id: number; readonly count: number };
  /** HEALTH_PORT: serve GET /healthz on this port (gateway bot; the sharding manager when sharded). */
  readonly healthPort?: number;
  /** Seconds between two `health` log lines (0: none). */
  readonly healthLogSeconds: number;
}

/** Thrown when the environment is wrong; the message names every bad variable, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

const SNOWFLAKE = /^\d{17,20}$/;
const TOKEN = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;

/**
 * Reads and checks the configuration from `env` (process.env in the entry scripts).
 * Gathers every problem and throws one ConfigError naming each variable.
 */
export const loadConfig = (env: Readonly<Record<string, string | undefined>>, cwd = process.cwd()): Config => {
  const problems: string[] = [];
  const value = (key: string) => {
    const v = env[key]?.trim();
    return v === '' ? undefined : v;
  };

  const token = value('DISCORD_TOKEN');
  if (token !== undefined && !TOKEN.test(token)) {
    problems.push('DISCORD_TOKEN - is not a bot token (three dot-separated parts); copy it from the Bot page of your application');
  }
  const snowflake = (key: string) => {
    const v = value(key);
    if (v !== undefined && !SNOWFLAKE.test(v)) problems.push(`${key} - must be a Discord id (17 to 20 digits); got "${v.slice(0, 30)}"`);
    return v;
  };
  const clientId = snowflake('DISCORD_CLIENT_ID');
  const guildId = snowflake('DISCORD_GUILD_ID');
  const apiUrl = value('DISCORD_API_URL');
  if (apiUrl !== undefined) {
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(apiUrl).protocol);
    } catch {
      ok = false;
    }
    if (!ok) problems.push(`DISCORD_API_URL - must be an http(s) URL such as https://discord.com/api; got "${apiUrl.slice(0, 60)}"`);
  }

  const logLevel = (value('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL - must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}"`);
  }
  const cooldown = value('ASK_COOLDOWN_SECONDS') ?? '5';
  const askCooldownSeconds = Number(cooldown);
  if (!/^\d+(\.\d+)?$/.test(cooldown) || askCooldownSeconds > 3600) {
    problems.push(`ASK_COOLDOWN_SECONDS - must be a number of seconds from 0 to 3600; got "${cooldown}"`);
  }

  const watchValue = (value('CONTENT_WATCH') ?? 'false').toLowerCase();
  if (!['true', 'false', '1', '0', 'yes', 'no'].includes(watchValue)) problems.push(`CONTENT_WATCH - must be true or false; got "${watchValue.slice(0, 20)}"`);
  const contentWatch = ['true', '1', 'yes'].includes(watchValue);

  const transport = (value('TRANSPORT') ?? 'gateway').toLowerCase();
  if (transport !== 'gateway' && transport !== 'http') problems.push(`TRANSPORT - must be gateway or http; got "${transport.slice(0, 20)}"`);
  const portText = value('PORT') ?? '8080';
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65535) problems.push(`PORT - must be a TCP port from 0 to 65535; got "${portText.slice(0, 20)}"`);
  const publicKey = value('DISCORD_PUBLIC_KEY');
  if (publicKey !== undefined && !/^[0-9a-f]{64}$/i.test(publicKey)) {
    problems.push('DISCORD_PUBLIC_KEY - must be the 64 hex characters of "Public Key" on the General Information page');
  }
  if (transport === 'http') {
    if (!token) problems.push('DISCORD_TOKEN - is needed with TRANSPORT=http too (edits, follow-ups and replies to messages use it)');
    if (!publicKey) problems.push('DISCORD_PUBLIC_KEY - is needed with TRANSPORT=http, to verify that requests come from Discord');
  }

  const shardsText = value('BOT_SHARDS')?.toLowerCase();
  let shards: number | 'auto' | undefined;
  if (shardsText === 'auto') shards = 'auto';
  else if (shardsText !== undefined) {
    shards = Number(shardsText);
    if (!/^\d{1,4}$/.test(shardsText) || shards < 1 || shards > 1000) problems.push(`BOT_SHARDS - must be auto or a number of shards from 1 to 1000; got "${shardsText.slice(0, 20)}"`);
  }
  if (shards !== undefined && transport === 'http') problems.push('BOT_SHARDS - sharding is for the gateway; with TRANSPORT=http run more replicas instead');
  // Set by discord.js's ShardingManager for the processes it starts, not by hand.
  const shardProcess =
    env['SHARDING_MANAGER'] === 'true' && /^\d+$/.test(env['SHARDS'] ?? '') && /^\d+$/.test(env['SHARD_COUNT'] ?? '')
      ? { id: Number(env['SHARDS']), count: Number(env['SHARD_COUNT']) }
      : undefined;
  const healthPortText = value('HEALTH_PORT');
  const healthPort = healthPortText === undefined ? undefined : Number(healthPortText);
  if (healthPortText !== undefined && (!/^\d{1,5}$/.test(healthPortText) || Number(healthPortText) > 65535)) {
    problems.push(`HEALTH_PORT - must be a TCP port from 0 to 65535; got "${healthPortText.slice(0, 20)}"`);
  }
  const healthLogText = value('HEALTH_LOG_SECONDS') ?? '300';
  const healthLogSeconds = Number(healthLogText);
  if (!/^\d{1,6}$/.test(healthLogText)) problems.push(`HEALTH_LOG_SECONDS - must be a whole number of seconds (0: no health lines); got "${healthLogText.slice(0, 20)}"`);

  if (problems.length > 0) throw new ConfigError(problems);
  const contentDir = path.resolve(cwd, value('CONTENT_DIR') ?? 'content');
  const cacheDir = path.resolve(cwd, value('CACHE_DIR') ?? '.cache');
  const dataDir = path.resolve(cwd, value('DATA_DIR') ?? 'data');
  const discord: DiscordConfig | undefined = token
    ? {
        token,
        ...(clientId ? { clientId } : {}),
        ...(guildId ? { guildId } : {}),
        ...(apiUrl ? { apiUrl: apiUrl.replace(/\/+$/, '') } : {}),
        ...(publicKey ? { publicKey: publicKey.toLowerCase() } : {}),
      }
    : undefined;
  return {
    ...(discord ? { discord } : {}),
    contentDir,
    cacheDir,
    dataDir,
    logLevel: logLevel as LogLevel,
    askCooldownSeconds,
    contentWatch,
    transport: transport as 'gateway' | 'http',
    port,
    ...(shards !== undefined ? { shards } : {}),
    ...(shardProcess ? { shardProcess } : {}),
    ...(healthPort !== undefined ? { healthPort } : {}),
    healthLogSeconds,
  };
};
