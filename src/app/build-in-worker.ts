import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentProblem } from '../content/types.js';

export interface BuildRequest {
  readonly contentDir: string;
  /** Where to store the index cache; nothing is stored without it. */
  readonly cacheDir?: string;
}

export type BuildReply =
  | { readonly kind: 'built'; readonly bytes: Uint8Array; readonly key: string; readonly warnings: readonly string[] }
  | { readonly kind: 'problems'; readonly problems: readonly ContentProblem[] }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The worker's code. Run from TypeScript sources (tsx, vitest), it first registers tsx's loader in
 * the worker, which Node 20 does not take from `--import` for a worker's entry module.
 */
const workerScript = (entry: URL): { script: string | URL; eval: boolean } => {
  if (!entry.pathname.endsWith('.ts')) return { script: entry, eval: false };
  // tsx's ESM API ("tsx/esm/api", import condition), by path: the worker's eval'd code has no base for a bare specifier.
  const api = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return { script: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, eval: true };
};

/**
 * Builds the index of `contentDir` in a worker thread, so the event loop stays free for questions
 * however large the content: resolves with the snapshot bytes (see decodeSnapshot), or the content's
 * problems. Rejects if the worker itself fails.
 */
export const buildInWorker = (request: BuildRequest): Promise<Exclude<BuildReply, { kind: 'failed' }>> =>
  new Promise((resolve, reject) => {
    const entry = new URL(`./build-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
    const { script, eval: isCode } = workerScript(entry);
    const worker = new Worker(script, { workerData: request, eval: isCode });
    let replied = false;
    worker.once('message', (reply: BuildReply) => {
      replied = true;
      if (reply.kind === 'failed') reject(new Error(`index build failed: ${reply.message}`));
      else resolve(reply);
    });
    worker.once('error', (err) => {
      replied = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!replied) reject(new Error(`index build worker exited with code ${code} before replying`));
    });
  });
