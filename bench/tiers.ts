import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import MiniSearch from 'minisearch';
import { engineFromFiles } from '../src/app/build.js';
import { cacheBytes, indexKey, writeIndexCache } from '../src/app/index-cache.js';
import { readContentFiles, type ContentFile } from '../src/content/load-content.js';
import type { Lexicon } from '../src/lexicon/lexicon.js';
import type { Engine } from '../src/search/engine.js';
import { snapshotOf } from '../src/search/snapshot.js';
import { warmUp } from '../src/search/warm-up.js';
import { compiledModule, memoryInUse, percentiles, startFlags, type Percentiles } from './measure.js';
import type { BenchQuestion } from './questions.js';

export interface TierResult {
  readonly name: string;
  readonly passages: number;
  readonly documents: number;
  readonly terms: number;
  /** Ours: content files → checked engine: reading the files, parse, analysis, index. */
  readonly build: { readonly ms: number; readonly heapMB: number; readonly buffersMB: number };
  /** The stored index: its size, and a fresh process opening it (lexicon apart). */
  readonly stored: { readonly MB: number; readonly openMs: number; readonly lexiconMs: number; readonly readyMs: number; readonly fromCache: boolean };
  /** answer() over the fixed mix, asked again and again (after a warm-up). */
  readonly answer: Percentiles;
  /** answer() over questions new to the engine, each asked once (after the mix and as many other new ones). */
  readonly firstAsk: Percentiles;
  /** Raw MiniSearch, default options (fields text and title), the same passages and questions. */
  readonly raw: { readonly buildMs: number; readonly heapMB: number; readonly jsonMB: number; readonly loadMs: number; readonly answer: Percentiles };
  /**
   * A reindex (one document added) in a fresh process run like the bot, while questions arrive every
   * `everyMs` (5 ms, or twice the median answer time where that is longer, so answering alone does
   * not fill the thread). The longest stall of any cause, and the longest with answering taken out.
   */
  readonly reindex: {
    readonly ms: number;
    readonly everyMs: number;
    readonly longestStallMs: number;
    readonly longestReindexStallMs: number;
    readonly questions: number;
    readonly failed: number;
    readonly answerDuring: Percentiles;
  };
}

export interface TierOptions {
  readonly name: string;
  readonly files: readonly ContentFile[];
  readonly questions: readonly BenchQuestion[];
  /** Questions not in the mix, each asked once: `before` untimed, then `timed` (see firstAskQuestions). */
  readonly firstAsk: { readonly before: readonly string[]; readonly timed: readonly string[] };
  readonly lexicon: Lexicon;
  readonly lexiconDir: string;
  readonly root: string;
  readonly progress: (step: string) => void;
}

/** Passes over the question mix: enough samples for a p99, within seconds at every size. */
const passes = (passages: number, raw: boolean) => (passages <= 2000 ? 12 : passages <= 20_000 ? (raw ? 2 : 6) : raw ? 1 : 3);

/** How long the questions are asked before the timing starts (at least one pass). */
const WARM_UP_MS = 1000;

export const timeEach = (questions: readonly BenchQuestion[], rounds: number, ask: (q: string) => unknown, progress: (pass: number) => void): number[] => {
  const samples: number[] = [];
  // Warm-up, not counted: at least one pass and a second, so that the JIT has settled (a bot that has
  // run for a while); over fewer, its compiling shows in the p99 (1–6 ms answers in the first passes).
  const until = performance.now() + WARM_UP_MS;
  do for (const q of questions) ask(q.question);
  while (performance.now() < until);
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

/** Each question asked once, timed. */
export const timeOnce = (questions: readonly string[], ask: (q: string) => unknown): number[] =>
  questions.map((q) => {
    const started = performance.now();
    ask(q);
    return performance.now() - started;
  });

/**
 * The engine of the content written to `contentDir`, read back as the bot reads its content (the generated strings,
 * built up piece by piece, took some 8% longer to parse and analyse than a file's), under the generated names, which
 * the stored index keeps (see the reindex probe). A function of its own, so that what it read is garbage once it returns
 * unless the engine keeps it (the memory after the build counts what the engine keeps).
 */
const buildFromFiles = async (contentDir: string, generated: readonly ContentFile[], lexicon: Lexicon): Promise<Engine> => {
  const read = new Map((await readContentFiles(contentDir)).map((f) => [path.basename(f.name), f.text]));
  const files = generated.map((f): ContentFile => {
    const text = read.get(path.basename(f.name));
    if (text === undefined) throw new Error(`bench: ${f.name} was not read back`);
    return { name: f.name, text };
  });
  return engineFromFiles(files, lexicon);
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
    let engine: Engine | undefined = await buildFromFiles(contentDir, o.files, o.lexicon);
    const buildMs = performance.now() - started;
    const after = memoryInUse();
    const stats = engine.stats;

    o.progress('storing the index');
    const bytes = cacheBytes(snapshotOf(engine), indexKey(o.files));
    await writeIndexCache(cacheDir, bytes, (m) => {
      throw new Error(m);
    });
    o.progress('starting a process from the stored index');
    const probe = (await runProbe(o.root, 'bench/startup-probe.ts', [contentDir, cacheDir, o.lexiconDir])) as { openMs: number; lexiconMs: number; readyMs: number; fromCache: boolean };

    const ours = engine;
    // As the bot does when it starts (src/main.ts): its patterns compiled before the first question.
    warmUp(ours);
    // Setting up (storing, the start-up probe) leaves garbage: collected first, not during the timing.
    memoryInUse();
    const answer = percentiles(timeEach(o.questions, passes(stats.passages, false), (q) => ours.answer(q), (p) => o.progress(`answering (pass ${p}/${passes(stats.passages, false)})`)));
    o.progress(`asking ${o.firstAsk.before.length + o.firstAsk.timed.length} questions for the first time`);
    for (const q of o.firstAsk.before) ours.answer(q);
    const firstAsk = percentiles(timeOnce(o.firstAsk.timed, (q) => ours.answer(q)));
    engine = undefined;
    const raw = measureRaw(ours.passages.map((p, id) => ({ id, text: p.text, title: p.sectionTitle })), o);

    o.progress('reindexing while questions arrive');
    const questionsFile = path.join(work, 'questions.json');
    await writeFile(questionsFile, JSON.stringify(o.questions.map((q) => q.question)));
    const every = Math.max(5, Math.ceil(2 * answer.p50));
    const reindex = (await runProbe(o.root, 'bench/reindex-probe.ts', [contentDir, cacheDir, o.lexiconDir, questionsFile, String(every)])) as TierResult['reindex'];
    return {
      name: o.name,
      passages: stats.passages,
      documents: stats.documents,
      terms: stats.terms,
      build: { ms: buildMs, heapMB: after.heap - before.heap, buffersMB: after.buffers - before.buffers },
      stored: { MB: bytes.reduce((n, b) => n + b.byteLength, 0) / 2 ** 20, ...probe },
      answer,
      firstAsk,
      raw,
      reindex,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};

/** Raw MiniSearch with default options over the same passages: build, heap, JSON, and the same questions. */
const measureRaw = (docs: readonly { id: number; text: string; title: string }[], o: TierOptions): TierResult['raw'] => {
  o.progress('raw MiniSearch: indexing');
  const before = memoryInUse();
  const started = performance.now();
  const raw = new MiniSearch({ fields: ['text', 'title'] });
  raw.addAll(docs);
  const buildMs = performance.now() - started;
  const after = memoryInUse();
  o.progress('raw MiniSearch: serialising');
  const json = JSON.stringify(raw);
  const loading = performance.now();
  MiniSearch.loadJSON(json, { fields: ['text', 'title'] });
  const loadMs = performance.now() - loading;
  memoryInUse();
  const rounds = passes(docs.length, true);
  const answer = percentiles(timeEach(o.questions, rounds, (q) => raw.search(q), (p) => o.progress(`raw MiniSearch: answering (pass ${p}/${rounds})`)));
  return { buildMs, heapMB: after.heap - before.heap, jsonMB: Buffer.byteLength(json) / 2 ** 20, loadMs, answer };
};

/** Runs a probe script (compiled) as a fresh process with `npm start`'s node flags; its one line of JSON. */
const runProbe = async (root: string, script: string, args: readonly string[]): Promise<unknown> => {
  const { stdout } = await promisify(execFile)(process.execPath, [...(await startFlags(root)), compiledModule(root, script), ...args], { cwd: root, maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as unknown;
};
