import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Library } from './app/library.js';
import { UNANSWERED_FILE } from './app/paths.js';
import { UnansweredStore } from './app/unanswered.js';
import { reindexAndLog, reindexOnSighup, watchContent } from './app/reload.js';
import { runConsole } from './cli/console.js';
import { quietOnClosedPipe } from './cli/run-cli.js';
import { terminalStyle } from './cli/format-terminal.js';
import { ConfigError, loadConfig, type Config, type DiscordConfig } from './config.js';
import { ContentError } from './content/load-content.js';
import { DiscordLoginError } from './discord/errors.js';
import type { HealthServer } from './discord/health.js';
import { createLogger, redact, type Logger } from './logger.js';
import { guardProcess } from './process-guards.js';
import { warmUp } from './search/warm-up.js';

/** Stops on SIGINT and SIGTERM: `stop` closes what is open, then the process ends. */
const onStopSignals = (logger: Logger, stop: () => Promise<unknown>) => {
  const handle = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopping');
    stop().then(
      () => {
        // A shard's IPC channel to its manager must not keep it alive; anything else still holding
        // the event loop (a keep-alive socket) gets a moment, then the process ends.
        process.channel?.unref();
        setTimeout(() => process.exit(), 2000).unref();
      },
      (err: unknown) => {
        logger.error({ err }, 'could not close the gateway cleanly');
        process.exitCode = 1;
        setTimeout(() => process.exit(), 500).unref();
      },
    );
  };
  process.once('SIGINT', handle);
  process.once('SIGTERM', handle);
};

/** HEALTH_PORT: GET /healthz, when configured. */
const startHealth = async (config: Config, logger: Logger, health: () => Promise<{ ready: boolean; body: unknown }>): Promise<HealthServer | undefined> => {
  if (config.healthPort === undefined) return undefined;
  const { serveHealth } = await import('./discord/health.js');
  const server = await serveHealth(config.healthPort, '0.0.0.0', health, logger);
  logger.info({ port: server.port }, 'serving GET /healthz');
  return server;
};

/** BOT_SHARDS: this process only supervises one process per shard, each running this file again. */
const runShardManager = async (config: Config & { shards: number | 'auto' }, discord: DiscordConfig, logger: Logger, fatal: (message: string) => void) => {
  const { startShardManager } = await import('./discord/shard-manager.js');
  const manager = await startShardManager({ config, discord, logger, file: fileURLToPath(import.meta.url), execArgv: process.execArgv, onFatal: fatal });
  const health = await startHealth(config, logger, () => manager.health());
  const onHup = () => {
    logger.info('reindexing every shard (SIGHUP)');
    manager.reindexAll();
  };
  process.on('SIGHUP', onHup);
  onStopSignals(logger, async () => {
    process.off('SIGHUP', onHup);
    await health?.close();
    await manager.stop();
  });
};

/** The one place that wires everything: config, logger, content, engine; then the bot (gateway, sharded or HTTP) or the console. */
const main = async () => {
  const config = loadConfig(process.env);
  const root = createLogger(config);
  // A shard process's lines say which shard they come from.
  const logger = config.shardProcess ? root.child({ shard: config.shardProcess.id }) : root;
  const { discord } = config;
  const guards = discord ? guardProcess({ logger, redact: (text) => redact(text, config) }) : undefined;
  const fatal = (message: string) => guards?.fatal(message);
  if (discord && config.shards !== undefined && !config.shardProcess) return runShardManager({ ...config, shards: config.shards }, discord, logger, fatal);

  const library = await Library.fromConfig(config, (message) => logger.warn(message));
  logger.debug({ ...library.engine.stats }, 'content indexed');
  if (!discord) {
    quietOnClosedPipe();
    await runConsole(library, { input: process.stdin, output: process.stdout, style: terminalStyle(process.stdout, process.env), interactive: !!process.stdin.isTTY });
    return undefined;
  }
  // A bot answers many people: the patterns and code their first questions need are compiled now.
  logger.info(warmUp(library.engine), 'warmed up');
  // Each shard keeps its own unanswered questions (npm run unanswered and /unanswered merge them).
  const file = config.shardProcess && config.shardProcess.id > 0 ? `unanswered.shard-${config.shardProcess.id}.json` : UNANSWERED_FILE;
  const unanswered = await UnansweredStore.open(path.join(config.dataDir, file), (message) => logger.warn(message));
  let health: HealthServer | undefined;
  let bot: { stop(): Promise<void> };
  if (config.transport === 'http' && discord.publicKey) {
    bot = await (await import('./http/http-bot.js')).startHttpBot({ config, discord: { ...discord, publicKey: discord.publicKey }, logger, library, unanswered });
  } else {
    const gateway = await (await import('./discord/bot.js')).startBot({ config, discord, logger, library, unanswered, onFatal: fatal });
    bot = gateway;
    // A shard's health is reported by the manager, which owns HEALTH_PORT.
    if (!config.shardProcess) health = await startHealth(config, logger, async () => ({ ready: gateway.health().status === 'ready', body: gateway.health() }));
  }
  const stopHup = reindexOnSighup(library, logger);
  const stopWatch = config.contentWatch
    ? watchContent(config.contentDir, () => void reindexAndLog(library, logger, 'watch'), 500, (err) => logger.warn({ err }, 'cannot watch the content folder'))
    : () => {};
  onStopSignals(logger, async () => {
    stopHup();
    stopWatch();
    await health?.close();
    await Promise.all([bot.stop(), unanswered.flush()]);
  });
  return undefined;
};

/** One line per problem, no stack: what is wrong and what to do. */
const problemLines = (err: unknown): string[] => {
  if (err instanceof ConfigError) return err.problems.map((p) => `Configuration problem: ${p}`);
  if (err instanceof ContentError) return err.message.split('\n').map((line) => `Content problem: ${line}`);
  if (err instanceof DiscordLoginError) return [`Discord login failed: ${err.message}`];
  return [`article-qa stopped: ${err instanceof Error ? (err.message.split('\n')[0] ?? err.name) : String(err)}`];
};

main().catch((err: unknown) => {
  // The configuration may not have loaded: redact with whatever token the environment holds.
  const token = process.env.DISCORD_TOKEN?.trim();
  const lines = problemLines(err).map((line) => redact(line, token ? { discord: { token } } : {}));
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exitCode = 1;
});
