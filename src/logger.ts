import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

const REDACTED = '[redacted]';

/** Replaces every occurrence of the secrets in a string. */
const scrub = (text: string, secrets: readonly string[]) => secrets.reduce((t, s) => t.split(s).join(REDACTED), text);

const scrubDeep = (value: unknown, secrets: readonly string[], depth = 0): unknown => {
  if (typeof value === 'string') return scrub(value, secrets);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrub(value.message, secrets), stack: value.stack ? scrub(value.stack, secrets) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, secrets, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, secrets, depth + 1)]));
};

/**
 * The one logger: JSON lines (pino) on stdout, or `destination` in tests. The Discord token is
 * removed wherever it appears: known fields by pino's `redact`, and any string in a log line.
 */
export const createLogger = (config: Pick<Config, 'logLevel' | 'discord'>, destination?: DestinationStream): Logger => {
  const secrets = [config.discord?.token].filter((s): s is string => typeof s === 'string' && s.length >= 8);
  return pino(
    {
      level: config.logLevel,
      base: undefined,
      redact: { paths: ['token', '*.token', 'config.discord.token', 'headers.authorization', '*.headers.authorization'], censor: REDACTED },
      serializers: { err: (err: unknown) => scrubDeep(pino.stdSerializers.err(err as Error), secrets) },
      hooks: {
        logMethod(args, method) {
          method.apply(this, (secrets.length ? args.map((a) => scrubDeep(a, secrets)) : args) as Parameters<typeof method>);
        },
      },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
};
