import { Events, WebSocketShardEvents, type Client } from 'discord.js';
import { commands } from '../../commands/index.js';
import type { Library } from '../app/library.js';
import { reindexAndLog } from '../app/reload.js';
import type { UnansweredStore } from '../app/unanswered.js';
import type { Config, DiscordConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { BotContext } from './command.js';
import { createClient } from './client.js';
import { createContext } from './context.js';
import { createDispatcher } from './dispatcher.js';
import { describeDiscordError, describeGatewayClose, DiscordLoginError } from './errors.js';
import { gatewayReady, healthOf, logHealthEvery, type Health } from './health.js';
import { createMessageHandler } from './mentions.js';
import { logRestTrouble } from './rest-logging.js';
import { attachShardLocal, shardPeers } from './shard-state.js';

export interface BotDeps {
  readonly config: Config;
  readonly discord: DiscordConfig;
  readonly logger: Logger;
  readonly library: Library;
  /** Counts the questions the content could not answer (for /unanswered). */
  readonly unanswered?: UnansweredStore;
  /** Replaces parts of the handlers' context (tests). */
  readonly context?: Partial<BotContext>;
  /**
   * Called once if the gateway closes for good (a revoked token, disallowed intents): the bot can
   * no longer serve, and the process should exit so that its supervisor restarts it.
   */
  readonly onFatal?: (message: string) => void;
}

/** A running bot. */
export interface BotHandle {
  readonly client: Client<true>;
  /** The handlers' context (its tables and counters). */
  readonly context: BotContext;
  /** How the bot is doing now (the `health` log line, GET /healthz). */
  health(): Health;
  /** Closes the gateway connection cleanly; safe to call more than once. */
  stop(): Promise<void>;
}

/** What a gateway close code means, for the log line that reports it. */
const CLOSE_MEANINGS: Readonly<Record<number, string>> = {
  1000: 'closed normally (new session needed, e.g. after an invalid session)',
  1001: 'going away',
  1006: 'connection lost without a close frame (network)',
  4000: 'unknown error on Discord’s side',
  4007: 'invalid sequence on resume',
  4008: 'rate limited by the gateway',
  4009: 'session timed out',
  4200: 'reconnecting to resume (Discord asked, or heartbeats went unacknowledged)',
};

/**
 * Logs what the gateway does, one line per event: a lost connection (with its close code), a
 * resume, a new session, or a close it will not recover from (then `onFatal`). Under the
 * ShardingManager the logger already names the shard. Closes during `stopping()` are not news.
 */
const logGateway = (client: Client, logger: Logger, sharded: boolean, stopping: () => boolean, onFatal: (message: string) => void) => {
  const at = (shard: number) => (sharded ? {} : { shard });
  let firstReady = true;
  const watched = new WeakSet<object>();
  const watchShards = () => {
    for (const shard of client.ws.shards.values()) {
      if (watched.has(shard)) continue;
      watched.add(shard);
      shard.on(WebSocketShardEvents.Close, (event: { code: number }) => {
        if (stopping()) return;
        logger.warn({ ...at(shard.id), code: event.code, meaning: CLOSE_MEANINGS[event.code] ?? 'unexpected close' }, 'gateway connection lost; reconnecting');
      });
    }
  };
  client.on(Events.ShardReady, (shard) => {
    watchShards();
    if (!firstReady) logger.warn(at(shard), 'gateway reconnected with a new session (events sent meanwhile were not replayed)');
    firstReady = false;
  });
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ ...at(shard), replayed }, 'gateway resumed'));
  client.on(Events.ShardError, (err, shard) => logger.warn({ ...at(shard), err }, 'gateway connection error'));
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (stopping()) return;
    logger.error({ ...at(shard), code: event.code }, 'gateway closed and will not reconnect');
    onFatal(describeGatewayClose(event.code));
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord.js error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord.js warning'));
};

/**
 * Logs in to Discord and serves commands, mentions and DMs until stopped. Resolves once the
 * gateway is ready; rejects with a one-line DiscordLoginError if the token is refused or Discord
 * cannot be reached. Under the ShardingManager it serves its own shard and answers the others'
 * broadcastEval requests (see shard-state.ts).
 */
export const startBot = async (deps: BotDeps): Promise<BotHandle> => {
  const { discord, logger, library } = deps;
  const startedAt = Date.now();
  const client = createClient(discord);
  const shards = shardPeers(client);
  const ctx = createContext({ ...deps, commands, shards }, deps.context);
  const dispatch = createDispatcher(ctx);
  const onMessage = createMessageHandler(ctx, () => client.user?.id);
  // The handlers never reject; the catches only guard against a bug there taking the process down.
  client.on(Events.InteractionCreate, (interaction) => void dispatch(interaction).catch((err: unknown) => logger.error({ err }, 'dispatcher failed')));
  client.on(Events.MessageCreate, (message) => void onMessage(message).catch((err: unknown) => logger.error({ err }, 'message handler failed')));
  let fatal = false;
  let stopping: Promise<void> | undefined;
  logGateway(client, logger, shards !== undefined, () => stopping !== undefined, (message) => {
    if (fatal) return;
    fatal = true;
    deps.onFatal?.(message);
  });
  logRestTrouble(client.rest, logger);

  const health = () => healthOf(client, ctx, startedAt);
  if (shards) {
    attachShardLocal(client, {
      summary: () => ({ shard: shards.id, guilds: client.guilds.cache.size, ping: Math.round(client.ws.ping), ready: gatewayReady(client), interactions: ctx.stats.interactions, revision: library.revision }),
      unanswered: () => ctx.unanswered?.top(ctx.unanswered.size) ?? [],
      clearUnanswered: () => ctx.unanswered?.clear() ?? Promise.resolve(0),
      reindex: async () => {
        const result = await reindexAndLog(library, logger, 'command');
        return { ok: result.ok, revision: library.revision };
      },
    });
  }

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(discord.token);
  } catch (err) {
    await client.destroy();
    throw new DiscordLoginError(describeDiscordError(err, discord.apiUrl));
  }
  const readyClient = await ready;
  logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, commands: commands.length, ...(shards ? { shards: shards.count } : {}) }, 'connected to Discord');
  const stopHealthLog = logHealthEvery(deps.config.healthLogSeconds, logger, health);

  return {
    client: readyClient,
    context: ctx,
    health,
    stop: () =>
      (stopping ??= (async () => {
        stopHealthLog();
        await client.destroy();
        logger.info('disconnected from Discord');
      })()),
  };
};
