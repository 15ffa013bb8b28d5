import type { Logger } from './logger.js';

export interface ProcessGuardDeps {
  readonly logger: Logger;
  /** Makes a line safe for stderr (the token removed). */
  readonly redact: (text: string) => string;
  /** Ends the process; `process.exit` outside tests. */
  readonly exit?: (code: number) => void;
  readonly stderr?: NodeJS.WritableStream;
}

/** How long a fatal exit waits for the last log lines to be written. */
const FLUSH_MS = 500;

/**
 * What the long-running bot does with errors nothing else caught:
 * - an unhandled promise rejection (a reply that failed where nobody awaited it) is logged as an
 *   error and the bot keeps serving: it concerns one request, never the process's state;
 * - an uncaught exception is logged as fatal, one line goes to stderr, and the process exits
 *   with status 1, as Node's documentation advises (the state may be corrupt): a supervisor
 *   (systemd `Restart=on-failure`, pm2, Docker `restart: unless-stopped`) starts it again.
 * `fatal` is the same exit for conditions the bot cannot recover from (the gateway closed for good).
 */
export const guardProcess = ({ logger, redact, exit = (code) => process.exit(code), stderr = process.stderr }: ProcessGuardDeps) => {
  let exiting = false;
  const fatal = (message: string, err?: unknown) => {
    if (exiting) return;
    exiting = true;
    logger.fatal({ ...(err === undefined ? {} : { err }) }, `${message}; exiting so that the supervisor restarts the bot`);
    stderr.write(`${redact(`article-qa stopped: ${message}`)} — exiting with status 1 (a supervisor restarts it)\n`);
    process.exitCode = 1;
    let ended = false;
    const end = () => {
      if (!ended) exit(1);
      ended = true;
    };
    setTimeout(end, FLUSH_MS).unref();
    logger.flush(end);
  };
  const onRejection = (err: unknown) => logger.error({ err }, 'unhandled rejection; still serving');
  const onException = (err: Error) => fatal(`uncaught exception: ${err.message.split('\n')[0] ?? err.name}`, err);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    fatal,
    remove() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
};
