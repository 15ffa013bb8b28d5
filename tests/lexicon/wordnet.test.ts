import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactLexicon, lexiconFromCompact } from '../../src/lexicon/compact-lexicon.js';
import type { Lexicon } from '../../src/lexicon/lexicon.js';
import { buildLexiconData } from '../../src/lexicon/wordnet.js';
import { lexiconSpelling } from '../../src/search/query.js';

describe('the lexicon built from WordNet 3.1', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = lexiconFromCompact(compactLexicon(await buildLexiconData()));
  }, 60_000);

  it('GIVEN nouns for things one can point at THEN they are things', () => {
    for (const word of ['sushi', 'submarines', 'teacher', 'mountain']) expect(lexicon.kindOf(word), word).toBe('thing');
  });

  it('GIVEN words with more noun senses than others but used mostly otherwise THEN they are not nouns', () => {
    // "ordinary" has five noun senses (a judge, a heraldic charge …) and two adjective ones, the ones used.
    for (const word of ['ordinary', 'usual']) expect(lexicon.kindOf(word), word).toBe('other');
    expect(lexicon.nounKindOf('ordinary')).toBe('thing');
  });

  it('GIVEN words with as many noun senses as others THEN they are nouns only when the corpus uses them only as nouns', () => {
    // "tariff" (one noun sense, one verb sense) is used only as a noun; "top" and "protest" also otherwise.
    expect(lexicon.kindOf('tariff')).toBe('thing');
    for (const word of ['top', 'protest']) expect(lexicon.kindOf(word), word).toBe('other');
  });

  it('GIVEN typos and words no one spells THEN the spelling one edit away is the one every edit looked up would give', () => {
    // The same lexicon without the shortcuts that rule edits out unread.
    const plain: Lexicon = { related: lexicon.related, kindOf: lexicon.kindOf, nounKindOf: lexicon.nounKindOf, knows: lexicon.knows, frequency: lexicon.frequency };
    const known = ['economically', 'stopped', 'churches', 'happened', 'article', 'trilateral', 'cooperation', 'ladies', 'semiconductors', 'boxes', 'running', 'wolves'];
    const typo = fc.tuple(fc.constantFrom(...known), fc.nat(), fc.constantFrom('drop', 'double', 'swap', 'change')).map(([word, n, edit]) => {
      const i = n % (word.length - 1);
      if (edit === 'drop') return word.slice(0, i) + word.slice(i + 1);
      if (edit === 'double') return word.slice(0, i) + word.charAt(i) + word.slice(i);
      if (edit === 'swap') return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
      return word.slice(0, i) + 'q' + word.slice(i + 1);
    });
    const made = fc.string({ unit: fc.constantFrom(...'abcdeilnorstuyz'), minLength: 5, maxLength: 12 });
    fc.assert(
      fc.property(fc.oneof(typo, made), (word) => {
        expect(lexiconSpelling(word, lexicon)).toBe(lexiconSpelling(word, plain));
      }),
      { numRuns: 400 },
    );
    expect(lexiconSpelling('happend', lexicon)).toBe('happened');
  });
});
