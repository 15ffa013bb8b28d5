import type { ContentProblem } from '../content/types.js';
import { replyOf, siblingModule, startWorker } from './worker-script.js';

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
 * Builds the index of `contentDir` in a worker thread, so the event loop stays free for questions
 * however large the content: resolves with the snapshot bytes (see decodeSnapshot), or the content's
 * problems. Rejects if the worker itself fails.
 */
export const buildInWorker = async (request: BuildRequest): Promise<Exclude<BuildReply, { kind: 'failed' }>> => {
  const worker = startWorker(siblingModule('build-worker', import.meta.url), request);
  const reply = await replyOf<BuildReply>(worker, 'index build worker');
  // Resolved once the worker has stopped: its teardown frees a heap of a gigabyte or so, which held up
  // this thread up (stalls of 40 ms at 100,000 passages) when it overlapped the restore that follows.
  await worker.terminate();
  if (reply.kind === 'failed') throw new Error(`index build failed: ${reply.message}`);
  return reply;
};
