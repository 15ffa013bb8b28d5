import { describe, expect, it } from 'vitest';
import { ANALYZER_TABLES } from '../../src/search/analyzer.js';
import { americanSpelling, SPELLING_TABLES } from '../../src/search/spelling.js';

describe('British spellings in their American form', () => {
  it.each([
    ['defence', 'defense'],
    ['organise', 'organize'],
    ['securitisation', 'securitization'],
    ['regionalisation', 'regionalization'],
    ['neighbourhood', 'neighborhood'],
    ['manoeuvre', 'maneuver'],
    // Words that only look British are left alone.
    ['promise', 'promise'],
    ['advise', 'advise'],
  ])('GIVEN "%s" THEN it reads "%s"', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });

  it('GIVEN the spelling tables THEN the stored index is keyed by them', () => {
    expect(JSON.parse(ANALYZER_TABLES) as unknown[]).toContain(SPELLING_TABLES);
  });
});
