import 'dotenv/config';
import path from 'node:path';
import { Library } from './app/library.js';
import { UNANSWERED_FILE } from './app/paths.js';
import { UnansweredStore } from './app/unanswered.js';
import { reindexAndLog, reindexOnSighup, watchContent } from './app/reload.js';
import { runConsole } from './cli/console.js';
import { quietOnClosedPipe } from './cli/run-cli.js';
import { terminalStyle } from './cli/format-terminal.js';
import { ConfigError, loadConfig } from './config.js';
import { ContentError } from './content/load-content.js';
import { DiscordLoginError } from './discord/errors.js';
import { createLogger } from './logger.js';

/** The one place that wires everything: config, logger, content, engine; then the bot (gateway or HTTP) or the console. */
const main = async () => {
  const config = loadConfig(process.env);
  const logger = createLogger(config);
  const library = await Library.fromConfig(config, (message) => logger.warn(message));
  logger.debug({ ...library.engine.stats }, 'content indexed');
  if (!config.discord) {
    quietOnClosedPipe();
    await runConsole(library, { input: process.stdin, output: process.stdout, style: terminalStyle(process.stdout, process.env), interactive: !!process.stdin.isTTY });
    return;
  }
  // A failed reply must not take the bot down: log what slipped through instead of crashing.
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
  const unanswered = await UnansweredStore.open(path.join(config.dataDir, UNANSWERED_FILE), (message) => logger.warn(message));
  const { discord } = config;
  const bot =
    config.transport === 'http' && discord.publicKey
      ? await (await import('./http/http-bot.js')).startHttpBot({ config, discord: { ...discord, publicKey: discord.publicKey }, logger, library, unanswered })
      : await (await import('./discord/bot.js')).startBot({ config, discord, logger, library, unanswered });
  const stopHup = reindexOnSighup(library, logger);
  const stopWatch = config.contentWatch
    ? watchContent(config.contentDir, () => void reindexAndLog(library, logger, 'watch'), 500, (err) => logger.warn({ err }, 'cannot watch the content folder'))
    : () => {};
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopping');
    stopHup();
    stopWatch();
    Promise.all([bot.stop(), unanswered.flush()]).then(
      // Anything still holding the event loop (a keep-alive socket) gets a moment, then the process ends.
      () => setTimeout(() => process.exit(), 2000).unref(),
      (err: unknown) => {
        logger.error({ err }, 'could not close the gateway cleanly');
        process.exitCode = 1;
        setTimeout(() => process.exit(), 500).unref();
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

/** One line per problem, no stack: what is wrong and what to do. */
const problemLines = (err: unknown): string[] => {
  if (err instanceof ConfigError) return err.problems.map((p) => `Configuration problem: ${p}`);
  if (err instanceof ContentError) return err.message.split('\n').map((line) => `Content problem: ${line}`);
  if (err instanceof DiscordLoginError) return [`Discord login failed: ${err.message}`];
  return [`article-qa stopped: ${err instanceof Error ? (err.message.split('\n')[0] ?? err.name) : String(err)}`];
};

main().catch((err: unknown) => {
  process.stderr.write(`${problemLines(err).join('\n')}\n`);
  process.exitCode = 1;
});
