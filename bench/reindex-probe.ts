import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Library } from '../src/app/library.js';
import { loadLexicon } from '../src/lexicon/load-lexicon.js';
import { percentiles, turn, watchEventLoop } from './measure.js';

/**
 * Run as a fresh process by the bench, with the node flags of `npm start`: opens the library over
 * argv[2] from the index stored in argv[3], adds a document, and reindexes while a question from
 * argv[5] (a JSON list) arrives every argv[6] ms; prints, as JSON, the reindex time, the longest
 * event-loop stall meanwhile (of any cause, and with answering taken out: what the reindex held the
 * loop for), and the questions answered (none may fail).
 */
const [contentDir, cacheDir, lexiconDir, questionsFile, every = '5'] = process.argv.slice(2);
if (!contentDir || !cacheDir || !lexiconDir || !questionsFile) throw new Error('usage: reindex-probe <contentDir> <cacheDir> <lexiconCacheDir> <questions.json> [ms between questions]');
const questions = JSON.parse(await readFile(questionsFile, 'utf8')) as string[];
const library = await Library.open(contentDir, await loadLexicon(lexiconDir), { cacheDir });
await writeFile(path.join(contentDir, 'zz-added.md'), '---\ntitle: Added\n---\n\n## 1. New\n\nEmperor penguins breed in the Antarctic winter.\n');
await turn();
const during: number[] = [];
let failed = 0;
let next = 0;
const loop = watchEventLoop();
const asking = setInterval(() => {
  const q = questions[next++ % questions.length] ?? '';
  const started = performance.now();
  try {
    library.engine.answer(q);
  } catch {
    failed += 1;
  }
  const took = performance.now() - started;
  during.push(took);
  loop.busy(took);
}, Number(every));
const started = performance.now();
const result = await library.reindex();
const ms = performance.now() - started;
const { longest, longestOther } = loop.stop();
clearInterval(asking);
if (!result.ok) throw new Error(`reindex failed: ${result.problems.map((p) => p.message).join('; ')}`);
process.stdout.write(
  `${JSON.stringify({ ms, longestStallMs: longest, longestReindexStallMs: longestOther, everyMs: Number(every), questions: during.length, failed, answerDuring: percentiles(during), added: result.report.added })}\n`,
);
process.exit(0);
