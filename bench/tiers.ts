import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import MiniSearch from 'minisearch';
import { engineFromFiles } from '../src/app/build.js';
import { cacheBytes, indexKey, writeIndexCache } from '../src/app/index-cache.js';
import { Library } from '../src/app/library.js';
import type { ContentFile } from '../src/content/load-content.js';
import type { Lexicon } from '../src/lexicon/lexicon.js';
import type { Engine } from '../src/search/engine.js';
import { snapshotOf } from '../src/search/snapshot.js';
import { memoryInUse, percentiles, turn, watchEventLoop, type Percentiles } from './measure.js';
import type { BenchQuestion } from './questions.js';

export interface TierResult {
  readonly name: string;
  readonly passages: number;
  readonly documents: number;
  readonly terms: number;
  /** Ours: content files (in memory) → checked engine: parse, analysis, index. */
  readonly build: { readonly ms: number; readonly heapMB: number; readonly buffersMB: number };
  /** The stored index: its size, and a fresh process opening it (lexicon apart). */
  readonly stored: { readonly MB: number; readonly openMs: number; readonly lexiconMs: number; readonly readyMs: number; readonly fromCache: boolean };
  readonly answer: Percentiles;
  /** Raw MiniSearch, default options (fields text and title), the same passages and questions. */
  readonly raw: { readonly buildMs: number; readonly heapMB: number; readonly jsonMB: number; readonly loadMs: number; readonly answer: Percentiles };
  /** A reindex (one document added) while a question arrives every 5 ms. */
  readonly reindex: { readonly ms: number; readonly longestStallMs: number; readonly questions: number; readonly failed: number; readonly answerDuring: Percentiles };
}

export interface TierOptions {
  readonly name: string;
  readonly files: readonly ContentFile[];
  readonly questions: readonly BenchQuestion[];
  readonly lexicon: Lexicon;
  readonly lexiconDir: string;
  readonly root: string;
  readonly progress: (step: string) => void;
}

/** Passes over the question mix: enough samples for a p99, within seconds at every size. */
const passes = (passages: number, raw: boolean) => (passages <= 2000 ? 12 : passages <= 20_000 ? (raw ? 2 : 6) : raw ? 1 : 3);

const timeEach = (questions: readonly BenchQuestion[], rounds: number, ask: (q: string) => unknown, progress: (pass: number) => void): number[] => {
  const samples: number[] = [];
  for (const q of questions) ask(q.question); // warm-up, not counted
  for (let r = 0; r < rounds; r++) {
    progress(r + 1);
    for (const q of questions) {
      const started = performance.now();
      ask(q.question);
      samples.push(performance.now() - started);
    }
  }
  return samples;
};

/** Measures one corpus: build, memory, stored index, answers against raw MiniSearch, a reindex under questions. */
export const measureTier = async (o: TierOptions): Promise<TierResult> => {
  const work = await mkdtemp(path.join(tmpdir(), 'article-qa-bench-'));
  try {
    const contentDir = path.join(work, 'content');
    const cacheDir = path.join(work, 'cache');
    await mkdir(contentDir);
    o.progress('writing content');
    for (const f of o.files) await writeFile(path.join(contentDir, path.basename(f.name)), f.text);

    o.progress('building the index');
    const before = memoryInUse();
    let started = performance.now();
    let engine: Engine | undefined = engineFromFiles(o.files, o.lexicon);
    const buildMs = performance.now() - started;
    const after = memoryInUse();
    const stats = engine.stats;

    o.progress('storing the index');
    const bytes = cacheBytes(snapshotOf(engine), indexKey(o.files));
    await writeIndexCache(cacheDir, bytes, (m) => {
      throw new Error(m);
    });
    o.progress('starting a process from the stored index');
    const probe = JSON.parse(
      (await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(o.root, 'bench/startup-probe.ts'), contentDir, cacheDir, o.lexiconDir], { cwd: o.root, maxBuffer: 1 << 20 })).stdout,
    ) as { openMs: number; lexiconMs: number; readyMs: number; fromCache: boolean };

    const ours = engine;
    const answer = percentiles(timeEach(o.questions, passes(stats.passages, false), (q) => ours.answer(q), (p) => o.progress(`answering (pass ${p}/${passes(stats.passages, false)})`)));
    engine = undefined;

    o.progress('raw MiniSearch: indexing');
    const docs = ours.passages.map((p, id) => ({ id, text: p.text, title: p.sectionTitle }));
    const rawBefore = memoryInUse();
    started = performance.now();
    const raw = new MiniSearch({ fields: ['text', 'title'] });
    raw.addAll(docs);
    const rawBuildMs = performance.now() - started;
    const rawAfter = memoryInUse();
    o.progress('raw MiniSearch: serialising');
    const json = JSON.stringify(raw);
    started = performance.now();
    MiniSearch.loadJSON(json, { fields: ['text', 'title'] });
    const loadMs = performance.now() - started;
    const rawRounds = passes(stats.passages, true);
    const rawAnswer = percentiles(timeEach(o.questions, rawRounds, (q) => raw.search(q), (p) => o.progress(`raw MiniSearch: answering (pass ${p}/${rawRounds})`)));

    o.progress('reindexing while questions arrive');
    const reindex = await reindexUnderLoad(contentDir, cacheDir, o);
    return {
      name: o.name,
      passages: stats.passages,
      documents: stats.documents,
      terms: stats.terms,
      build: { ms: buildMs, heapMB: after.heap - before.heap, buffersMB: after.buffers - before.buffers },
      stored: { MB: bytes.reduce((n, b) => n + b.byteLength, 0) / 2 ** 20, ...probe },
      answer,
      raw: { buildMs: rawBuildMs, heapMB: rawAfter.heap - rawBefore.heap, jsonMB: Buffer.byteLength(json) / 2 ** 20, loadMs, answer: rawAnswer },
      reindex,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};

/** Opens the library from the stored index, adds a document, reindexes while a question arrives every 5 ms. */
const reindexUnderLoad = async (contentDir: string, cacheDir: string, o: TierOptions): Promise<TierResult['reindex']> => {
  const library = await Library.open(contentDir, o.lexicon, { cacheDir });
  await writeFile(path.join(contentDir, 'zz-added.md'), '---\ntitle: Added\n---\n\n## 1. New\n\nEmperor penguins breed in the Antarctic winter.\n');
  await turn();
  const during: number[] = [];
  let failed = 0;
  let next = 0;
  const asking = setInterval(() => {
    const q = o.questions[next++ % o.questions.length]?.question ?? '';
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
  if (!result.ok) throw new Error(`bench reindex failed: ${result.problems.map((p) => p.message).join('; ')}`);
  return { ms, longestStallMs, questions: during.length, failed, answerDuring: percentiles(during) };
};
