import { setTimeout as sleep } from 'node:timers/promises';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import type { Config, DiscordConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { describeDiscordError, DiscordLoginError } from './errors.js';
import { askShards, type ShardSummary } from './shard-state.js';

export interface ShardManagerDeps {
  readonly config: Config & { readonly shards: number | 'auto' };
  readonly discord: DiscordConfig;
  readonly logger: Logger;
  /** The entry script each shard process runs (src/main.ts), and the Node flags to run it with (the tsx loader). */
  readonly file: string;
  readonly execArgv: readonly string[];
  /** Called once when the shards cannot be kept running (a crash loop): the process should exit. */
  readonly onFatal?: (message: string) => void;
}

export interface ShardManagerHandle {
  readonly count: number;
  /** Every shard's summary; `ready` when all answered and are connected. */
  health(): Promise<{ ready: boolean; body: unknown }>;
  /** Tells every shard to reindex (SIGHUP to each process). */
  reindexAll(): void;
  /** Stops every shard process cleanly (SIGTERM, then SIGKILL after a while). */
  stop(): Promise<void>;
}

/** Shards with the same `id % max_concurrency` may IDENTIFY once per 5 s; a little margin. */
const IDENTIFY_SPACING_MS = 5500;
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
/** More deaths than this within a minute is a crash loop: stop and let the supervisor take over. */
const MAX_DEATHS_PER_MINUTE = 5;

/**
 * Runs the gateway bot under discord.js's ShardingManager: asks Discord (through DISCORD_API_URL
 * when set) how many shards it recommends and how many may start at once, then starts one
 * process per shard — `file` again, which sees SHARDING_MANAGER and serves only its shard —
 * in waves of max_concurrency, restarting a shard whose process dies. Resolves once every
 * shard is ready; rejects with a one-line DiscordLoginError if Discord refuses the token.
 */
export const startShardManager = async (deps: ShardManagerDeps): Promise<ShardManagerHandle> => {
  const { config, discord, logger } = deps;
  let gateway: RESTGetAPIGatewayBotResult;
  try {
    // discord.js's own 'auto' asks discord.com directly; this honours DISCORD_API_URL.
    gateway = (await new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token).get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (err) {
    throw new DiscordLoginError(describeDiscordError(err, discord.apiUrl));
  }
  const count = config.shards === 'auto' ? Math.max(1, gateway.shards) : config.shards;
  const concurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
  const ids = Array.from({ length: count }, (_, id) => id);
  const manager = new ShardingManager(deps.file, {
    totalShards: count,
    shardList: ids,
    mode: 'process',
    // Off while starting: a shard that cannot start should stop the manager, not loop.
    respawn: false,
    token: discord.token,
    execArgv: [...deps.execArgv],
  });
  logger.info({ shards: count, recommended: gateway.shards, maxConcurrency: concurrency }, 'starting shards');

  let stopping = false;
  const deaths: number[] = [];
  const watch = (shard: Shard) => {
    shard.on('spawn', (child) => logger.info({ shard: shard.id, pid: 'pid' in child ? child.pid : undefined }, 'shard process started'));
    shard.on('ready', () => logger.info({ shard: shard.id }, 'shard ready'));
    shard.on('error', (err: Error) => logger.error({ shard: shard.id, err }, 'shard process error'));
    shard.on('death', (child) => {
      if (stopping) return;
      const exitCode = 'exitCode' in child ? child.exitCode : null;
      logger.warn({ shard: shard.id, exitCode, respawn: manager.respawn }, manager.respawn ? 'shard process exited; starting it again' : 'shard process exited');
      const now = Date.now();
      deaths.push(now);
      while ((deaths[0] ?? now) < now - 60_000) deaths.shift();
      if (deaths.length > MAX_DEATHS_PER_MINUTE) {
        manager.respawn = false;
        deps.onFatal?.(`shard processes exited ${deaths.length} times within a minute — stopping; see the shards' log lines above`);
      }
    });
  };

  try {
    for (let first = 0; first < count; first += concurrency) {
      const started = Date.now();
      await Promise.all(
        ids.slice(first, first + concurrency).map((id) => {
          const shard = manager.createShard(id);
          watch(shard);
          return shard.spawn(READY_TIMEOUT_MS);
        }),
      );
      if (first + concurrency < count) await sleep(Math.max(0, IDENTIFY_SPACING_MS - (Date.now() - started)));
    }
  } catch (err) {
    stopping = true;
    for (const shard of manager.shards.values()) shard.process?.kill('SIGTERM');
    const code = (err as { code?: unknown }).code;
    throw new Error(code === 'ShardingReadyDied' ? 'a shard process exited before it was ready — see its lines above' : `a shard did not start: ${(err as Error).message}`);
  }
  manager.respawn = true;
  logger.info({ shards: count }, 'all shards ready');

  return {
    count,
    async health() {
      const { values, missing } = await askShards(manager as never, ids, 'summary');
      const shards = [...values].sort((a: ShardSummary, b: ShardSummary) => a.shard - b.shard);
      const ready = missing === 0 && shards.every((s) => s.ready);
      return { ready, body: { status: ready ? 'ready' : 'degraded', shards: count, missing, guilds: shards.reduce((n, s) => n + s.guilds, 0), perShard: shards } };
    },
    reindexAll() {
      for (const shard of manager.shards.values()) shard.process?.kill('SIGHUP');
    },
    async stop() {
      stopping = true;
      manager.respawn = false;
      await Promise.all(
        [...manager.shards.values()].map(async (shard) => {
          const child = shard.process;
          if (!child || child.exitCode !== null || child.signalCode !== null) return;
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
          await exited;
          clearTimeout(timer);
        }),
      );
      logger.info('all shards stopped');
    },
  };
};
