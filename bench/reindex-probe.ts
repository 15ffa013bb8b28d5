import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Library } from '../src/app/library.js';
import { loadLexicon } from '../src/lexicon/load-lexicon.js';
import { percentiles, turn, watchEventLoop } from './measure.js';

/**
 * Run as a fresh process by the bench, with the node flags of `npm start`: opens the library over
 * argv[2] from the index stored in argv[3], adds a document, and reindexes while a question from
 * argv[5] (a JSON list) arrives every 5 ms; prints, as JSON, the reindex time, the longest event-loop
 * stall meanwhile, and the questions answered (none may fail).
 */
const [contentDir, cacheDir, lexiconDir, questionsFile] = process.argv.slice(2);
if (!contentDir || !cacheDir || !lexiconDir || !questionsFile) throw new Error('usage: reindex-probe <contentDir> <cacheDir> <lexiconCacheDir> <questions.json>');
const questions = JSON.parse(await readFile(questionsFile, 'utf8')) as string[];
const library = await Library.open(contentDir, await loadLexicon(lexiconDir), { cacheDir });
await writeFile(path.join(contentDir, 'zz-added.md'), '---\ntitle: Added\n---\n\n## 1. New\n\nEmperor penguins breed in the Antarctic winter.\n');
await turn();
const during: number[] = [];
let failed = 0;
let next = 0;
const asking = setInterval(() => {
  const q = questions[next++ % questions.length] ?? '';
  const started = performance.now();
  try {
    library.engine.answer(q);
  } catch {
    failed += 1;
  }
  during.push(performance.now() - started);
}, 5);
const loop = watchEventLoop();
const started = performance.now();
const result = await library.reindex();
const ms = performance.now() - started;
const longestStallMs = loop.stop();
clearInterval(asking);
if (!result.ok) throw new Error(`reindex failed: ${result.problems.map((p) => p.message).join('; ')}`);
process.stdout.write(`${JSON.stringify({ ms, longestStallMs, questions: during.length, failed, answerDuring: percentiles(during), added: result.report.added })}\n`);
process.exit(0);
