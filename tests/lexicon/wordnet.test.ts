import { beforeAll, describe, expect, it } from 'vitest';
import { compactLexicon, lexiconFromCompact } from '../../src/lexicon/compact-lexicon.js';
import type { Lexicon } from '../../src/lexicon/lexicon.js';
import { buildLexiconData } from '../../src/lexicon/wordnet.js';

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
});
