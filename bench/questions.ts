import { readFile } from 'node:fs/promises';
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
