import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/app/library.js';
import type { EvalQuestion } from '../../src/search/evaluate.js';
import { loadLexicon } from '../../src/lexicon/load-lexicon.js';
import { CACHE_DIR, CONTENT_DIR, ROOT } from '../helpers/engine.js';

describe('what the engine remembers between questions', () => {
  it('GIVEN the question sets asked twice, in two orders THEN every answer is the same as on a fresh engine', async () => {
    const questions = (await Promise.all(['questions-dev.json', 'questions-check.json'].map(async (f) => JSON.parse(await readFile(path.join(ROOT, 'tests/fixtures', f), 'utf8')) as EvalQuestion[])))
      .flat()
      .map((q) => q.question);
    const lexicon = await loadLexicon(CACHE_DIR);
    const fresh = () => Library.open(CONTENT_DIR, lexicon).then((l) => l.engine);
    const used = await fresh();
    for (const q of [...questions].reverse()) used.answer(q);
    for (const q of questions) {
      const answer = used.answer(q);
      expect(answer, q).toEqual((await fresh()).answer(q));
    }
  });
});
