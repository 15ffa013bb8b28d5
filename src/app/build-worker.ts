import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { ContentError, readContentFiles } from '../content/load-content.js';
import { snapshotOf } from '../search/snapshot.js';
import { engineFromFiles } from './build.js';
import { cacheBytes, indexKey, writeIndexCache } from './index-cache.js';
import type { BuildReply, BuildRequest } from './build-in-worker.js';

/** The worker's nice value (Linux): lower priority than the main thread's 0. */
const BUILD_NICE = 5;

/**
 * A worker thread's whole job: read, check and index the content, store the index cache, and
 * hand the index back as one buffer (moved, not copied). The lexicon is not needed to build.
 */
const build = async ({ contentDir, cacheDir }: BuildRequest): Promise<{ reply: BuildReply; transfer: ArrayBuffer[] }> => {
  try {
    const files = await readContentFiles(contentDir);
    const key = indexKey(files);
    const parts = cacheBytes(snapshotOf(await engineFromFiles(files)), key);
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.byteLength;
    }
    const warnings: string[] = [];
    if (cacheDir) await writeIndexCache(cacheDir, [bytes], (m) => warnings.push(m));
    return { reply: { kind: 'built', bytes, key, warnings }, transfer: [bytes.buffer] };
  } catch (err) {
    if (err instanceof ContentError) return { reply: { kind: 'problems', problems: err.problems }, transfer: [] };
    return { reply: { kind: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) }, transfer: [] };
  }
};

// On Linux a thread has its own nice value: the build yields the CPU to the thread answering questions.
if (process.platform === 'linux') {
  try {
    setPriority(BUILD_NICE);
  } catch {
    // Not allowed here (a sandbox): build at the same priority.
  }
}
const { reply, transfer } = await build(workerData as BuildRequest);
parentPort?.postMessage(reply, transfer);
