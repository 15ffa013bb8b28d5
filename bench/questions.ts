import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvalQuestion } from '../src/search/evaluate.js';

export interface BenchQuestion {
  readonly question: string;
  /** words, paraphrase, abstract (the question sets' kinds), off-topic, or typo. */
  readonly kind: string;
}

/** "constraints" → "constarints": two letters swapped in the middle of the word. */
const swapped = (word: string) => {
  const i = Math.floor(word.length / 2) - 1;
  return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
};

/**
 * The fixed mix of natural questions every tier is asked: the question sets of tests/fixtures
 * (the article's own words, paraphrases, abstract questions, off-topic ones) and, for each question
 * in the article's words, the same with a typo in its longest word.
 */
export const benchQuestions = async (root: string): Promise<BenchQuestion[]> => {
  const sets = await Promise.all(['questions-dev.json', 'questions-check.json'].map(async (f) => JSON.parse(await readFile(path.join(root, 'tests/fixtures', f), 'utf8')) as EvalQuestion[]));
  const questions = sets.flat().map((q): BenchQuestion => ({ question: q.question, kind: q.expect ? q.kind : 'off-topic' }));
  const typos = questions
    .filter((q) => q.kind === 'words')
    .map((q): BenchQuestion => {
      const longest = [...q.question.matchAll(/\p{L}{6,}/gu)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0];
      return { question: longest ? q.question.replace(longest, swapped(longest)) : q.question, kind: 'typo' };
    });
  return [...questions, ...typos];
};

/** How many questions new to the engine each tier is timed on, once each (after as many others). */
export const FIRST_ASKS = 500;

/**
 * The question sets first-asked questions are drawn from: the held-out set and the unseen sets up to
 * this number, the ones there were when the pool was fixed (29 Nov 2026). Sets written later do not
 * join it, so that a new set does not change which questions are timed and the figure stays
 * comparable from one run (and one version of the engine) to the next.
 */
export const FIRST_ASK_LAST_SET = 87;

/** Whether a question set's file is in the first-asked pool (see FIRST_ASK_LAST_SET). */
export const inFirstAskPool = (file: string): boolean => {
  if (file === 'questions-holdout.json') return true;
  const unseen = /^questions-unseen-(\d+)\.json$/.exec(file);
  return unseen !== null && Number(unseen[1]) <= FIRST_ASK_LAST_SET;
};

/**
 * Questions to be asked once each, the `tier`-th run of 2 × `count` of them: the pool's question sets
 * of tests/fixtures (in file order, the mix's questions left out), so that no tier is asked another's.
 * The mix is asked again and again, and the engine remembers what it worked out about a question's
 * words; these time a question the first time it comes, as most questions in a server do. The first
 * half is asked untimed: a bot that has run a while has met every kind of question once (the first
 * of a kind compiles its patterns), if not these.
 */
export const firstAskQuestions = async (root: string, mix: readonly BenchQuestion[], tier: number, count = FIRST_ASKS): Promise<{ readonly before: string[]; readonly timed: string[] }> => {
  const dir = path.join(root, 'tests/fixtures');
  const files = (await readdir(dir)).filter(inFirstAskPool).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const seen = new Set(mix.map((q) => q.question));
  const all: string[] = [];
  for (const f of files) {
    for (const q of JSON.parse(await readFile(path.join(dir, f), 'utf8')) as EvalQuestion[]) {
      if (seen.has(q.question)) continue;
      seen.add(q.question);
      all.push(q.question);
    }
  }
  // Fewer questions than the tiers want: the runs wrap around (a later tier's are then not all new to the process).
  const size = Math.min(2 * count, all.length);
  const from = (tier * size) % Math.max(1, all.length);
  const run = [...all, ...all].slice(from, from + size);
  return { before: run.slice(0, Math.floor(size / 2)), timed: run.slice(Math.floor(size / 2)) };
};
