import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactLexicon, lexiconFromCompact } from '../../src/lexicon/compact-lexicon.js';
import type { LexiconData } from '../../src/lexicon/wordnet.js';

const DATA: LexiconData = {
  version: 4,
  words: {
    nuke: [2, 'atom bomb|nuclear weapon', 12, 2],
    submarine: [0, 'sub|undersea', 7, 2],
    found: [0, 'establish|set up', 40],
    stop: [0, 'halt|block', 300],
    constraint: [1, 'restraint|constrain', 9],
    'u.s.': [2, 'united states|america', 80],
    zebra: [2, '', 1],
  },
};

describe('the compact lexicon', () => {
  const lexicon = lexiconFromCompact(compactLexicon(DATA));

  it('GIVEN words it holds THEN kind, related words and frequency are those of the WordNet data', () => {
    for (const [word, [kind, related, frequency]] of Object.entries(DATA.words)) {
      expect(lexicon.knows(word)).toBe(true);
      expect(lexicon.kindOf(word)).toBe(['other', 'idea', 'thing'][kind]);
      expect(lexicon.related(word)).toEqual(related ? related.split('|') : []);
      expect(lexicon.frequency(word)).toBe(frequency);
    }
  });

  it('GIVEN any set of words THEN each is known, and so is no other string (the Bloom filter rules out only what no binary search finds)', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 300 }), fc.array(word, { maxLength: 50 }), (words, others) => {
        const data: LexiconData = { version: 4, words: Object.fromEntries(words.map((w) => [w, [0, '', 1]])) };
        const lex = lexiconFromCompact(compactLexicon(data));
        for (const w of words) expect(lex.knows(w)).toBe(true);
        // isWord answers as knows does, remembering nothing.
        for (const w of [...words, ...others]) expect(lex.isWord?.(w)).toBe(lex.knows(w));
        // Another string is known only as an inflection of a word held ("stops" of "stop").
        const held = new Set(words);
        for (const o of others) if (!held.has(o) && lex.knows(o)) expect(words.some((w) => o.startsWith(w.slice(0, Math.max(1, w.length - 2))))).toBe(true);
      }),
    );
  });

  it('GIVEN an inflected form THEN it is found through its base form, which leads its related words', () => {
    expect(lexicon.related('nukes')).toEqual(['nuke', 'atom bomb', 'nuclear weapon']);
    expect(lexicon.kindOf('constraints')).toBe('idea');
    expect(lexicon.frequency('stopped')).toBe(300); // doubled consonant
    expect(lexicon.knows('founded')).toBe(true);
  });

  it('GIVEN each inflection rule THEN the inflected form is known through its base form, by knows and isWord alike', () => {
    const base = ['city', 'bus', 'box', 'buzz', 'church', 'wish', 'woman', 'bake', 'tall', 'plan', 'hope'];
    const lex = lexiconFromCompact(compactLexicon({ version: 4, words: Object.fromEntries(base.map((w) => [w, [0, '', 5]])) }));
    const inflected = ['cities', 'buses', 'boxes', 'buzzes', 'churches', 'wishes', 'women', 'bakes', 'baked', 'baking', 'baker', 'taller', 'tallest', 'planned', 'planning', 'hoped', 'hopes', 'tallness'];
    for (const w of inflected) {
      expect(lex.isWord?.(w), w).toBe(w !== 'tallness');
      expect(lex.knows(w), w).toBe(w !== 'tallness');
    }
    expect(lex.related('women')).toEqual(['woman']);
    expect(lex.related('planning')).toEqual(['plan']);
  });

  it('GIVEN a plural of a word mostly used otherwise THEN its kind is its noun kind', () => {
    expect(lexicon.kindOf('submarine')).toBe('other');
    expect(lexicon.kindOf('submarines')).toBe('thing');
    expect(lexicon.kindOf('stops')).toBe('other'); // no noun sense recorded
    expect(lexicon.nounKindOf('submarine')).toBe('thing');
    expect(lexicon.nounKindOf('stop')).toBeUndefined();
  });

  it('GIVEN words it does not hold THEN it knows nothing of them', () => {
    for (const word of ['', 'a', 'zebras-x', 'aardvark', 'zzz', 'nuk', 'nukee']) {
      expect(lexicon.knows(word)).toBe(false);
      expect(lexicon.isWord?.(word)).toBe(false);
      expect(lexicon.related(word)).toEqual([]);
      expect(lexicon.kindOf(word)).toBeUndefined();
      expect(lexicon.frequency(word)).toBe(0);
    }
  });
});
