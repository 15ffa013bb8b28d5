import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { promisify } from 'node:util';
import { runInNewContext } from 'node:vm';

export interface Percentiles {
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentiles of samples (ms). */
export const percentiles = (samples: readonly number[]): Percentiles => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 };
};

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Memory in use after a full garbage collection, in MiB: the JS heap, and array buffers outside it. */
export const memoryInUse = (): { heap: number; buffers: number; rss: number } => {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed / 2 ** 20, buffers: m.arrayBuffers / 2 ** 20, rss: m.rss / 2 ** 20 };
};

/**
 * Watches the event loop: a 1 ms timer that notes how late it fires. `busy(ms)` reports time spent
 * on the measured work's own tasks (answering questions), so `stop()` can give both the longest
 * stall of any cause and the longest one left when that work is taken out (what something else,
 * a reindex, held the loop for), in ms.
 */
export const watchEventLoop = () => {
  let last = performance.now();
  let longest = 0;
  let longestOther = 0;
  let busy = 0;
  let timer: NodeJS.Timeout | undefined;
  const note = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    longestOther = Math.max(longestOther, now - last - 1 - busy);
    last = now;
    busy = 0;
  };
  const tick = () => {
    note();
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  return {
    busy: (ms: number) => {
      busy += ms;
    },
    stop: () => {
      clearTimeout(timer);
      note();
      return { longest: Math.max(0, longest), longestOther: Math.max(0, longestOther) };
    },
  };
};

/** Lets pending I/O and timers run. */
export const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The start script of package.json: `node --flag … dist/src/main.js`. */
const startScript = async (root: string): Promise<string> =>
  (JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { scripts?: { start?: string } }).scripts?.start ?? '';

/** The node flags of `npm start` (`node --flag … dist/src/main.js`): both bots run as the bot is deployed. */
export const startFlags = async (root: string): Promise<string[]> => {
  const words = (await startScript(root)).split(/\s+/);
  const flags: string[] = [];
  for (const word of words.slice(words.indexOf('node') + 1)) {
    if (!word.startsWith('--')) break;
    flags.push(word);
  }
  return flags;
};

/**
 * Compiles the sources as `npm start` does before it runs them (`npm run build`: src/, commands/ and
 * bench/ to JavaScript in dist/), so that what the bench runs as a process runs as the deployed bot does.
 */
export const buildAsStartDoes = async (root: string): Promise<void> => {
  await promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: root });
};

/** The compiled module of a source file (`src/main.ts` → `<root>/dist/src/main.js`), made by buildAsStartDoes. */
export const compiledModule = (root: string, source: string): string => path.join(root, 'dist', source.replace(/\.ts$/, '.js'));
