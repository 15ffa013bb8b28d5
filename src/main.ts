import 'dotenv/config';
import { Library } from './app/library.js';
import { runConsole } from './cli/console.js';
import { quietOnClosedPipe } from './cli/run-cli.js';
import { terminalStyle } from './cli/format-terminal.js';
import { ConfigError, loadConfig } from './config.js';
import { ContentError } from './content/load-content.js';
import { createLogger } from './logger.js';

/** The one place that wires everything: config, logger, content, engine; then the bot or the console. */
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
  const { startBot } = await import('./discord/bot.js');
  await startBot({ config, discord: config.discord, logger, library });
};

main().catch((err: unknown) => {
  if (err instanceof ConfigError) process.stderr.write(`Configuration problem:\n${err.message}\n`);
  else if (err instanceof ContentError) process.stderr.write(`Content problem:\n${err.message}\n`);
  else process.stderr.write(`article-qa stopped: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
