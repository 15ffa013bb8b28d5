import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts a worker thread on `entry`, a module next to the caller (`.ts` when running from sources).
 * From TypeScript sources (tsx, vitest) the worker first registers tsx's loader, which Node 20 does
 * not take from `--import` for a worker's entry module.
 */
export const startWorker = (entry: URL, workerData: unknown, resourceLimits?: ResourceLimits): Worker => {
  const options = { workerData, ...(resourceLimits ? { resourceLimits } : {}) };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  // tsx's ESM API ("tsx/esm/api", import condition), by path: the worker's eval'd code has no base for a bare specifier.
  const api = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return new Worker(`import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, { ...options, eval: true });
};

/** The URL of module `name` (without extension) next to `base`, with the extension `base` has. */
export const siblingModule = (name: string, base: string): URL => new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);

/** The one message `worker` sends back. Rejects if the worker fails or exits before sending it. */
export const replyOf = <T>(worker: Worker, name: string): Promise<T> =>
  new Promise((resolve, reject) => {
    let replied = false;
    worker.once('message', (reply: T) => {
      replied = true;
      resolve(reply);
    });
    worker.once('error', (err) => {
      replied = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!replied) reject(new Error(`${name} exited with code ${code} before replying`));
    });
  });
