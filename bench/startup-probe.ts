import { Library } from '../src/app/library.js';
import { loadLexicon } from '../src/lexicon/load-lexicon.js';

/**
 * Run as a fresh process by the bench: opens the library over argv[2] with the index stored in
 * argv[3] and prints, as JSON, how long the lexicon and the index took, and when the process was
 * ready counting from its own start (module loading included).
 */
const [contentDir, cacheDir, lexiconDir] = process.argv.slice(2);
if (!contentDir || !cacheDir || !lexiconDir) throw new Error('usage: startup-probe <contentDir> <cacheDir> <lexiconCacheDir>');
const t0 = performance.now();
const lexicon = await loadLexicon(lexiconDir);
const t1 = performance.now();
const warnings: string[] = [];
const library = await Library.open(contentDir, lexicon, { cacheDir, warn: (m) => warnings.push(m) });
const t2 = performance.now();
library.engine.answer('what constraints does the mechanism face?');
const t3 = performance.now();
process.stdout.write(
  `${JSON.stringify({ lexiconMs: t1 - t0, openMs: t2 - t1, firstAnswerMs: t3 - t2, readyMs: t3, fromCache: library.openedFromCache, passages: library.engine.stats.passages, warnings, rssMB: process.memoryUsage().rss / 2 ** 20 })}\n`,
);
