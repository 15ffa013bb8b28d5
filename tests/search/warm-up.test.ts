import { describe, expect, it } from 'vitest';
import { Library } from '../../src/app/library.js';
import { warmUp, warmUpQuestions } from '../../src/search/warm-up.js';
import { CACHE_DIR, CONTENT_DIR, realEngine } from '../helpers/engine.js';

describe('warming an engine up', () => {
  it('GIVEN the content THEN the warm-up asks about its own section titles and glossary terms, misspelt too, and every word start', async () => {
    const engine = await realEngine();
    const questions = warmUpQuestions(engine);
    const title = engine.passages[0]?.sectionTitle as string;
    const term = engine.glossary[0]?.term as string;
    expect(questions.some((q) => q.includes(title))).toBe(true);
    expect(questions.some((q) => q.includes(term))).toBe(true);
    // A typo of each topic, for the corrector.
    expect(questions.filter((q) => q.startsWith('what does it say about ')).length).toBeGreaterThan(0);
    expect(questions.some((q) => /\ba b c d e f g h i j k l m n o p q r s t u v w x y z\b/.test(q) && q.includes('—'))).toBe(true);
  });

  it('GIVEN an engine warmed up THEN it answers every question as one that was not', async () => {
    const warmed = await realEngine();
    const { questions, ms } = warmUp(warmed);
    expect(questions).toBe(warmUpQuestions(warmed).length);
    expect(ms).toBeGreaterThan(0);
    const cold = (await Library.fromConfig({ contentDir: CONTENT_DIR, cacheDir: CACHE_DIR })).engine;
    for (const q of ['What is AUKUS?', 'why did Biden rebuild alliances', 'best sushi in tokyo', 'Is the Quad in charge of it?', 'who is in charge — the US?']) {
      expect(JSON.stringify(warmed.answer(q)), q).toBe(JSON.stringify(cold.answer(q)));
    }
  });
});
