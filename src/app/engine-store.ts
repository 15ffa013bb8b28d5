import { ContentError, readContentFiles } from '../content/load-content.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Engine } from '../search/engine.js';
import { decodeSnapshot, restoreEngine, restoreEngineAsync, snapshotOf } from '../search/snapshot.js';
import { engineFromFiles } from './build.js';
import { buildInWorker } from './build-in-worker.js';
import { cacheBytes, indexKey, INDEX_CACHE_FILE, readIndexCache, writeIndexCache } from './index-cache.js';

export interface EngineSource {
  readonly contentDir: string;
  /** Where the index is stored between runs (`.cache/` by default); none: always built. */
  readonly cacheDir?: string;
  readonly lexicon?: Lexicon;
  readonly warn?: (message: string) => void;
}

/**
 * The engine at start-up: from the stored index when it was built from this very content by this
 * engine version, else built here (nothing is served yet) and stored for the next start.
 * Throws a ContentError if the content is broken.
 */
export const openEngine = async ({ contentDir, cacheDir, lexicon, warn = () => {} }: EngineSource): Promise<{ engine: Engine; fromCache: boolean }> => {
  const files = await readContentFiles(contentDir);
  const key = indexKey(files);
  const options = lexicon ? { lexicon } : {};
  if (cacheDir) {
    const snapshot = await readIndexCache(cacheDir, key, warn);
    if (snapshot) {
      try {
        return { engine: restoreEngine(snapshot, options), fromCache: true };
      } catch (err) {
        warn(`${cacheDir}/${INDEX_CACHE_FILE}: corrupt index cache (${(err as Error).message.slice(0, 120)}) — rebuilding it`);
      }
    }
  }
  const engine = await engineFromFiles(files, lexicon);
  if (cacheDir) await writeIndexCache(cacheDir, cacheBytes(snapshotOf(engine), key), warn);
  return { engine, fromCache: false };
};

/**
 * A new engine for a reindex, built in a worker thread (which also stores it) and restored here a
 * slice at a time, documents unchanged since `previous` reused: questions keep being answered
 * meanwhile, the event loop never blocked for long.
 * Throws a ContentError if the content is broken.
 */
export const rebuildEngine = async ({ contentDir, cacheDir, lexicon, warn = () => {} }: EngineSource, previous?: Engine): Promise<Engine> => {
  const reply = await buildInWorker(cacheDir ? { contentDir, cacheDir } : { contentDir });
  if (reply.kind === 'problems') throw new ContentError(reply.problems);
  for (const w of reply.warnings) warn(w);
  // Handed over in memory, not read from disk: no checksum to verify.
  return restoreEngineAsync(decodeSnapshot(reply.bytes, { verify: false }), lexicon ? { lexicon } : {}, previous ? { previous } : {});
};
