import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

const REDACTED = '[redacted]';

/**
 * Interaction and webhook tokens in Discord URLs (`/interactions/:id/:token/…`,
 * `/webhooks/:id/:token/…`): each lets its holder answer as the bot for 15 minutes.
 */
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[^/?\s"']+/g;

/**
 * Replaces every occurrence of the secrets, and any interaction or webhook token in a URL, in a
 * string. Every string of every log line comes through here, and almost none holds either: a
 * look for them first costs less than splitting and rebuilding each.
 */
const scrub = (text: string, secrets: readonly string[]) => {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out.includes('/interactions/') || out.includes('/webhooks/') ? out.replace(URL_TOKEN, `$1${REDACTED}`) : out;
};

/** An object literal's own data and nothing more: the same JSON whether it is copied or not. */
const isPlainObject = (value: object): value is Record<string, unknown> => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && !('toJSON' in value);
};

/** The secrets of a configuration: what must never be written anywhere. */
export const secretsOf = (config: Pick<Config, 'discord'>): string[] =>
  [config.discord?.token].filter((s): s is string => typeof s === 'string' && s.length >= 8);

/** `text` with the configuration's secrets replaced, for lines that do not go through the logger (stderr). */
export const redact = (text: string, config: Pick<Config, 'discord'>): string => scrub(text, secretsOf(config));

/**
 * Fields whose value is a secret whatever it holds, at any depth: a `token` (the bot's, or an
 * interaction's, which answers as the bot for 15 minutes) and an `authorization` header.
 */
const SECRET_KEYS = new Set(['token', 'authorization']);

/** The value of `key` in a log line, scrubbed; an Error under `err` is kept for the `err` serializer when `keepErr`. */
const scrubField = (key: string, value: unknown, secrets: readonly string[], depth: number, keepErr: boolean): unknown =>
  SECRET_KEYS.has(key) && value !== undefined ? REDACTED : scrubDeep(value, secrets, depth + 1, keepErr && depth === 0 && key === 'err');

/**
 * `value` with every string scrubbed and every secret field replaced. Errors become
 * `{ type, message, stack }`, unless `keepErrors` and the Error is the line's own (passed alone, or
 * as `err`): then it is left for the `err` serializer, which keeps its code and status.
 */
const scrubDeep = (value: unknown, secrets: readonly string[], depth = 0, keepErrors = false): unknown => {
  if (typeof value === 'string') return scrub(value, secrets);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error && keepErrors) return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrub(value.message, secrets), stack: value.stack ? scrub(value.stack, secrets) : undefined };
  }
  // A request body discord.js attaches to its errors: the whole reply, of no use in a log line.
  if (depth === 0 && 'requestBody' in value) {
    const { requestBody: _dropped, ...rest } = value as Record<string, unknown>;
    return scrubDeep(rest, secrets, depth);
  }
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, secrets, depth + 1));
  if (isPlainObject(value)) {
    // Most lines (one per interaction) have nothing to scrub: the object is logged as it is, uncopied.
    let copy: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(value)) {
      const scrubbed = scrubField(k, v, secrets, depth, keepErrors);
      if (copy) copy[k] = scrubbed;
      else if (scrubbed !== v) copy = { ...value, [k]: scrubbed };
    }
    return copy ?? value;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubField(k, v, secrets, depth, keepErrors)]));
};

/**
 * Log lines are written to stdout in batches of this many bytes at least (a busy bot's lines,
 * one per interaction, cost a write each otherwise), and at least every LOG_FLUSH_MS: a line
 * waits at most that long. pino writes what is left when the process exits.
 */
const LOG_BUFFER = 4096;
const LOG_FLUSH_MS = 250;

/**
 * The one logger: JSON lines (pino) on stdout, or `destination` in tests. The Discord token is
 * removed wherever it appears: known fields by pino's `redact` (a child's bindings too), any
 * string in a log line, and `token` and `authorization` fields at any depth (the logMethod hook,
 * which walks every line anyway: pino's own `*.token` paths would run its redactor on every
 * field of every line); interaction and webhook tokens in URLs too.
 */
export const createLogger = (config: Pick<Config, 'logLevel' | 'discord'>, destination?: DestinationStream): Logger => {
  const secrets = secretsOf(config);
  return pino(
    {
      level: config.logLevel,
      base: undefined,
      redact: { paths: ['token', 'config.discord.token', 'headers.authorization'], censor: REDACTED },
      serializers: { err: (err: unknown) => scrubDeep(pino.stdSerializers.err(err as Error), secrets) },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => scrubDeep(a, secrets, 0, true)) as Parameters<typeof method>);
        },
      },
    },
    destination ?? pino.destination({ dest: 1, sync: false, minLength: LOG_BUFFER, periodicFlush: LOG_FLUSH_MS }),
  );
};
