/** FNV-1a over UTF-16 code units: the hash a WordTable keys words by, which a scanner computes as it reads. */
export const HASH_START = 0x811c9dc5 | 0;
/** The hash of a word so far (`HASH_START` for none), with one more code unit. */
export const hashWith = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

/** The hash of `text.slice(start, end)`. */
export const hashOf = (text: string, start = 0, end = text.length): number => {
  let hash = HASH_START;
  for (let i = start; i < end; i++) hash = hashWith(hash, text.charCodeAt(i));
  return hash;
};

/**
 * Values keyed by their words, looked up by a word's place in a text and its hash (`find`), so that a word read from
 * a text needs no string of its own to be found. A `Map` hashes a string made by a regular expression
 * or a `slice` anew on every look-up, and for a large library's words that look-up was a third of
 * analysing its texts. Open addressing, linear probing, at most half full.
 */
export class WordTable<V extends { readonly word: string }> {
  private hashes: Int32Array;
  private values: (V | undefined)[];
  private count = 0;
  /** The number of slots it starts with, and starts again with once cleared. */
  private readonly initial: number;

  constructor(capacity = 1024) {
    this.initial = 2 ** Math.ceil(Math.log2(Math.max(capacity, 2) * 2));
    this.hashes = new Int32Array(this.initial);
    this.values = new Array<V | undefined>(this.initial).fill(undefined);
  }

  get size(): number {
    return this.count;
  }

  /** The value of the word `text.slice(start, end)`, whose hash (`hashOf`) is `hash`. */
  find(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.values.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const value = this.values[slot];
      if (value === undefined) return undefined;
      if (this.hashes[slot] === hash && value.word.length === length && sameCodes(value.word, text, start)) return value;
    }
  }

  get(word: string): V | undefined {
    return this.find(word, 0, word.length, hashOf(word));
  }

  /** Adds `value` under its word, in place of the value the word had (`hash`: the word's hashOf, if known). */
  set(value: V, hash = hashOf(value.word)): void {
    const mask = this.values.length - 1;
    let slot = hash & mask;
    for (let other = this.values[slot]; other !== undefined; other = this.values[slot]) {
      if (this.hashes[slot] === hash && other.word === value.word) {
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.hashes[slot] = hash;
    this.values[slot] = value;
    if (++this.count * 2 > this.values.length) this.grow();
  }

  /** Empties the table, and gives back the slots it grew to (a memo cleared at half a million words held some 24 MB). */
  clear(): void {
    this.hashes = new Int32Array(this.initial);
    this.values = new Array<V | undefined>(this.initial).fill(undefined);
    this.count = 0;
  }

  private grow(): void {
    const { hashes, values } = this;
    const mask = values.length * 2 - 1;
    this.hashes = new Int32Array(values.length * 2);
    this.values = new Array<V | undefined>(values.length * 2).fill(undefined);
    values.forEach((value, i) => {
      if (value === undefined) return;
      const hash = hashes[i] as number;
      let slot = hash & mask;
      while (this.values[slot] !== undefined) slot = (slot + 1) & mask;
      this.hashes[slot] = hash;
      this.values[slot] = value;
    });
  }
}

/** Whether `text` at `start` has the code units of `word`. */
const sameCodes = (word: string, text: string, start: number): boolean => {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
};
