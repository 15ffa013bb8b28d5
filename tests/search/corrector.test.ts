import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Corrector } from '../../src/search/corrector.js';

const levenshtein = (a: string, b: string): number => {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] ?? 0;
};

/** Each word's terms: its upper-cased self, and for words ending in "s" the word without it. */
const termsOf = (w: string) => (w.endsWith('s') ? [w.toUpperCase(), w.slice(0, -1).toUpperCase()] : [w.toUpperCase()]);
const build = (words: readonly string[]) => {
  const terms = [...new Set(words.flatMap(termsOf))].sort();
  return Corrector.build(words.map((w) => [w, termsOf(w)] as const), { termId: (t) => terms.indexOf(t), termAt: (id) => terms[id] ?? '' });
};
const byWord = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'r', 's', 't'), minLength: 1, maxLength: 9 });

describe('Corrector', () => {
  it('GIVEN any words THEN corrections are the terms of the closest words within 1 edit (2 from 8 letters), alphabetically', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, (words, query) => {
        const kept = words.filter((w) => w.length >= 3);
        const max = query.length >= 8 ? 2 : 1;
        const close = kept.map((w) => ({ w, d: levenshtein(query, w) })).filter((x) => x.d <= max);
        const best = Math.min(...close.map((x) => x.d));
        const expected = query.length < 4 || kept.includes(query) ? [] : [...new Set(close.filter((x) => x.d === best).sort((a, b) => byWord(a.w, b.w)).flatMap((x) => termsOf(x.w)))].slice(0, 4);
        expect(build(words).correct(query)).toEqual(expected);
      }),
    );
  });

  it('GIVEN any words THEN completions are the terms of longer words with the prefix, shortest first, until three', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, (words, prefix) => {
        const longer = words.filter((w) => w.length >= 3 && w.startsWith(prefix) && w !== prefix).sort((a, b) => a.length - b.length || byWord(a, b));
        const expected = new Set<string>();
        for (const w of prefix.length < 4 ? [] : longer) {
          if (expected.size >= 3) break;
          for (const t of termsOf(w)) expected.add(t);
        }
        expect(build(words).complete(prefix)).toEqual([...expected]);
      }),
    );
  });

  it('GIVEN the article words THEN a typo finds the word and a word being typed is completed', () => {
    const corrector = build(['trilateral', 'washington', 'dialogue', 'dialogues', 'economically']);
    expect(corrector.correct('trilaterl')).toEqual(['TRILATERAL']);
    expect(corrector.correct('economicaly')).toEqual(['ECONOMICALLY']);
    expect(corrector.correct('washington')).toEqual([]);
    expect(corrector.complete('dial')).toEqual(['DIALOGUE', 'DIALOGUES']);
  });
});
