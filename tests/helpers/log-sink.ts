import { Writable } from 'node:stream';

/**
 * A real stream for pino that keeps each JSON log line parsed, as pino's own tests do with `sink()`.
 * `keep: 'alarms'` keeps only warnings and worse (long load runs), counting the rest.
 */
export const logSink = ({ keep = 'all' }: { keep?: 'all' | 'alarms' } = {}) => {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const counts = { lines: 0 };
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        counts.lines += 1;
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (keep === 'alarms' && Number(parsed.level) < 40) continue;
        raw.push(line);
        lines.push(parsed);
      }
      done();
    },
  });
  return { stream, lines, raw, counts };
};
