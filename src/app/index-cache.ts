import { createHash } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentFile } from '../content/load-content.js';
import { ANALYZER_TABLES } from '../search/analyzer.js';
import { IDIOM_TABLE } from '../search/idioms.js';
import { decodeSnapshot, encodeSnapshot, ENGINE_VERSION, type EngineSnapshot } from '../search/snapshot.js';

/** The stored index, next to the lexicon cache. One file: a new content revision replaces it. */
export const INDEX_CACHE_FILE = 'passage-index.bin';

/** What a stored index must have been built from: the content files (names and texts), the engine version, the analyzer's word lists and the idioms (the keywords are read through them). */
export const indexKey = (files: readonly ContentFile[]): string => {
  const hash = createHash('sha256').update(`article-qa index v${ENGINE_VERSION}\0${ANALYZER_TABLES}\0${IDIOM_TABLE}\0`);
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) hash.update(`${path.basename(f.name)}\0${f.text}\0`);
  return hash.digest('hex');
};

/**
 * The stored index if it was built from content with this key, else undefined. A file that cannot
 * be read or decoded is not an error: `warn` says so and the caller rebuilds.
 */
export const readIndexCache = async (cacheDir: string, key: string, warn: (message: string) => void): Promise<EngineSnapshot | undefined> => {
  const file = path.join(cacheDir, INDEX_CACHE_FILE);
  let bytes: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      // Read into a buffer of its own (not Node's shared pool), so typed arrays can view it in place.
      const { size } = await handle.stat();
      bytes = Buffer.from(new ArrayBuffer(size));
      let at = 0;
      while (at < size) {
        const { bytesRead } = await handle.read(bytes, at, size - at, at);
        if (bytesRead === 0) break;
        at += bytesRead;
      }
      if (at !== size) throw new Error(`read ${at} of ${size} bytes`);
    } finally {
      await handle.close();
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warn(`${file}: unreadable index cache (${(err as Error).message.slice(0, 80)}) — rebuilding it`);
    return undefined;
  }
  try {
    const snapshot = decodeSnapshot(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return snapshot.header.key === key ? snapshot : undefined;
  } catch (err) {
    warn(`${file}: corrupt index cache (${(err as Error).message.slice(0, 120)}) — rebuilding it`);
    return undefined;
  }
};

/** The snapshot as the bytes of a cache file, marked as built from content with this key. */
export const cacheBytes = (snapshot: EngineSnapshot, key: string): Uint8Array[] => encodeSnapshot({ ...snapshot, header: { ...snapshot.header, key } });

/**
 * Stores cache bytes (see cacheBytes) atomically: a temporary file, then a rename, so a reader never
 * sees half a file. Failing to store is not an error: `warn` says so (the index is rebuilt next start).
 */
export const writeIndexCache = async (cacheDir: string, bytes: readonly Uint8Array[], warn: (message: string) => void): Promise<void> => {
  const file = path.join(cacheDir, INDEX_CACHE_FILE);
  const temporary = `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (err) {
    await rm(temporary, { force: true }).catch(() => {});
    warn(`${file}: cannot store the index cache (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}) — it is rebuilt at each start`);
  }
};
