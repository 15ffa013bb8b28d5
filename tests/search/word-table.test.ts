import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HASH_START, hashOf, hashWith, WordTable } from '../../src/search/word-table.js';

const entry = (word: string, n = 0) => ({ word, n });

describe('WordTable', () => {
  it('GIVEN a word added THEN it is found by its place in any text, and no other word is', () => {
    const table = new WordTable<{ word: string; n: number }>();
    table.set(entry('risk', 1));
    const text = 'de-risking the risk, risks';
    expect(table.find(text, 15, 19, hashOf(text, 15, 19))).toEqual(entry('risk', 1));
    expect(table.find(text, 3, 7, hashOf(text, 3, 7))).toEqual(entry('risk', 1));
    expect(table.find(text, 3, 10, hashOf(text, 3, 10))).toBeUndefined();
    expect(table.find(text, 21, 26, hashOf(text, 21, 26))).toBeUndefined();
    expect(table.get('risk')).toEqual(entry('risk', 1));
    expect(table.get('ris')).toBeUndefined();
  });

  it('GIVEN a hash built code unit by code unit THEN it is the hash of the word', () => {
    let hash = HASH_START;
    for (const c of 'alliance') hash = hashWith(hash, c.charCodeAt(0));
    expect(hash).toBe(hashOf('alliance'));
    expect(hashOf('the alliance', 4)).toBe(hash);
    expect(hashOf('alliances')).not.toBe(hash);
  });

  it('GIVEN a word added again THEN its new value replaces the old, and the size counts it once', () => {
    const table = new WordTable<{ word: string; n: number }>();
    table.set(entry('quad', 1));
    table.set(entry('quad', 2));
    expect(table.get('quad')).toEqual(entry('quad', 2));
    expect(table.size).toBe(1);
    table.clear();
    expect(table.get('quad')).toBeUndefined();
    expect(table.size).toBe(0);
    // Grown again from its first size after being cleared.
    for (let i = 0; i < 5000; i++) table.set(entry(`w${i}`, i));
    expect(table.size).toBe(5000);
    expect(table.get('w4999')).toEqual(entry('w4999', 4999));
    expect(table.get('quad')).toBeUndefined();
  });

  it('GIVEN words whose hashes share their low bits THEN each is found (probing)', () => {
    const table = new WordTable<{ word: string; n: number }>(2);
    // Words whose slots collide in a table of 4: found by brute force over short words.
    const words: string[] = [];
    for (let i = 0; words.length < 6; i++) if ((hashOf(`w${i}`) & 3) === 1) words.push(`w${i}`);
    words.forEach((w, i) => table.set(entry(w, i)));
    words.forEach((w, i) => expect(table.get(w)).toEqual(entry(w, i)));
    expect(table.size).toBe(6);
  });

  it('GIVEN any words added and replaced THEN the table answers as a Map does', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', "'", 'é'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.integer()), { maxLength: 200 }), fc.array(word, { maxLength: 50 }), (added, asked) => {
        const table = new WordTable<{ word: string; n: number }>(1);
        const map = new Map<string, number>();
        for (const [w, n] of added) {
          table.set(entry(w, n));
          map.set(w, n);
        }
        expect(table.size).toBe(map.size);
        for (const w of [...asked, ...map.keys()]) {
          expect(table.get(w)?.n).toBe(map.get(w));
          const text = `x ${w} y`;
          expect(table.find(text, 2, 2 + w.length, hashOf(w))?.n).toBe(map.get(w));
        }
      }),
    );
  });
});
