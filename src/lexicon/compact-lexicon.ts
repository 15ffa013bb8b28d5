import type { Lexicon } from './lexicon.js';
import type { LexiconData } from './wordnet.js';

/**
 * LexiconData in a few long strings and one array instead of an object per word: what the cache
 * file holds. Parsing it makes a handful of objects rather than 150,000, so it loads in a few ms
 * and keeps the bot's memory small (about 7 MB instead of 35).
 */
export interface CompactLexiconData {
  readonly version: 5;
  /** Every word, sorted (code-unit order), each followed by "\n". */
  readonly words: string;
  /**
   * One digit per word: its kind (2 mostly a concrete noun, 1 mostly an abstract noun, 0 another
   * word) plus 3 × the kind of its noun senses (2 concrete, 1 abstract, 0 none).
   */
  readonly kinds: string;
  /** Per word, its related words joined by "|", each followed by "\n". */
  readonly related: string;
  /** Per word, how often its senses occur in the SemCor corpus. */
  readonly frequencies: readonly number[];
}

export const compactLexicon = (data: LexiconData): CompactLexiconData => {
  const words = Object.keys(data.words).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const entry = (w: string) => data.words[w] ?? [0, '', 0];
  return {
    version: 5,
    words: words.map((w) => `${w}\n`).join(''),
    kinds: words.map((w) => String(entry(w)[0] + 3 * (entry(w)[3] ?? 0))).join(''),
    related: words.map((w) => `${entry(w)[1]}\n`).join(''),
    frequencies: words.map((w) => entry(w)[2]),
  };
};

/** Where each "\n"-terminated item of `text` starts (one more offset: the end). */
const starts = (text: string, count: number): Uint32Array => {
  const at = new Uint32Array(count + 1);
  let n = 0;
  for (let i = 0; i < text.length && n < count; i++) if (text.charCodeAt(i) === 10) at[++n] = i + 1;
  if (n !== count) throw new Error(`lexicon: ${n} items where ${count} were expected`);
  return at;
};

/** Inflection rules (WordNet's "morphy") to find a word's base form: "nukes" → "nuke", "founded" → "found". */
const DETACH: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'],
  ['es', 'e'], ['es', ''], ['s', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
];
/** DETACH's rules by the last letter of their suffix, in DETACH's order: most words end in a letter no suffix ends in. */
const DETACH_BY_LAST: ReadonlyMap<number, readonly (readonly [string, string])[]> = new Map(
  [...new Set(DETACH.map(([suffix]) => suffix.charCodeAt(suffix.length - 1)))].map((last) => [last, DETACH.filter(([suffix]) => suffix.charCodeAt(suffix.length - 1) === last)]),
);
const BASE_MEMO = 20_000;
/**
 * How many letters at the end of a word finding its base form can change (the longest suffix taken
 * off, "ches", and a doubled consonant): the base form starts with all the word's other letters.
 */
const REACH = Math.max(...DETACH.map(([suffix]) => suffix.length)) + 1;

/** The Bloom filter's size in bits (a power of two: 128 KB for some 83,000 words, about 1% let through wrongly) and its hashes. */
const BLOOM_BITS = 1 << 20;
const BLOOM_HASHES = 3;
const FNV_OFFSET = 0x811c9dc5;
const SECOND_OFFSET = 0x9747b28c;

/**
 * The Bloom filter's bits for `text`'s code units `from` to `to - 1`: two FNV-1a hashes (from two
 * offsets) in one pass, combined into BLOOM_HASHES bit positions, passed to `each` until it says stop.
 */
const bloomBits = (text: string, from: number, to: number, each: (bit: number) => boolean): boolean => {
  let h1 = FNV_OFFSET;
  let h2 = SECOND_OFFSET;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
  }
  h2 |= 1;
  for (let k = 0; k < BLOOM_HASHES; k++) if (!each((h1 + k * h2) & (BLOOM_BITS - 1))) return false;
  return true;
};

/**
 * A Lexicon over the compact form: words found by binary search in the sorted word string
 * (comparing in place, no copies); base forms of the words asked about are remembered.
 */
export const lexiconFromCompact = (data: CompactLexiconData): Lexicon => {
  const count = data.kinds.length;
  if (data.frequencies.length !== count) throw new Error('lexicon: frequencies and words differ in number');
  const wordAt = starts(data.words, count);
  const relatedAt = starts(data.related, count);
  const { words } = data;

  // A Bloom filter of the words: most strings tried as a word (a misspelling's edits, a suffix taken
  // off) are none, and it rules them out without a binary search; what it lets through is looked up.
  const bloom = new Uint32Array(BLOOM_BITS >>> 5);
  const set = (bit: number) => {
    bloom[bit >>> 5] = (bloom[bit >>> 5] as number) | (1 << (bit & 31));
    return true;
  };
  for (let i = 0; i < count; i++) bloomBits(words, wordAt[i] as number, (wordAt[i + 1] as number) - 1, set);
  const isSet = (bit: number) => ((bloom[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  /** False when `word` is surely no word of the lexicon. */
  const mayHave = (word: string): boolean => bloomBits(word, 0, word.length, isSet);

  /** The index of `word`, or -1 (a binary search, comparing in place). */
  const search = (word: string): number => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const from = wordAt[mid] as number;
      const length = (wordAt[mid + 1] as number) - 1 - from;
      let order = 0;
      for (let i = 0; order === 0 && i < Math.min(length, word.length); i++) order = words.charCodeAt(from + i) - word.charCodeAt(i);
      if (order === 0) order = length - word.length;
      if (order < 0) lo = mid + 1;
      else if (order > 0) hi = mid - 1;
      else return mid;
    }
    return -1;
  };

  /** The index of `word`, or -1: most strings the Bloom filter rules out without a search. */
  const find = (word: string): number => (mayHave(word) ? search(word) : -1);

  /** Whether some word starts with the first `length` letters of `word` (a binary search, comparing in place). */
  const hasPrefix = (word: string, length: number): boolean => {
    // The first word not below the prefix: it starts with the prefix if any does.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const from = wordAt[mid] as number;
      const size = (wordAt[mid + 1] as number) - 1 - from;
      let order = 0;
      for (let i = 0; order === 0 && i < Math.min(size, length); i++) order = words.charCodeAt(from + i) - word.charCodeAt(i);
      if (order < 0 || (order === 0 && size < length)) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= count) return false;
    const from = wordAt[lo] as number;
    if ((wordAt[lo + 1] as number) - 1 - from < length) return false;
    for (let i = 0; i < length; i++) if (words.charCodeAt(from + i) !== word.charCodeAt(i)) return false;
    return true;
  };

  /** How many of the first letters of `word` some word starts with. */
  const knownStart = (word: string): number => {
    let n = 0;
    while (n < word.length && hasPrefix(word, n + 1)) n++;
    return n;
  };

  /** The word's base form in the lexicon and its index ("founded" → "found"), or null. */
  const lookUp = (word: string): { word: string; index: number } | null => {
    const exact = find(word);
    if (exact >= 0) return { word, index: exact };
    for (const [suffix, replacement] of DETACH_BY_LAST.get(word.charCodeAt(word.length - 1)) ?? []) {
      if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
      const candidate = word.slice(0, -suffix.length) + replacement;
      const at = find(candidate);
      if (at >= 0) return { word: candidate, index: at };
      // Doubled consonant: "stopped" → "stop".
      const single = candidate.slice(0, -1);
      if (/([b-df-hj-np-tv-z])\1$/.test(candidate)) {
        const index = find(single);
        if (index >= 0) return { word: single, index };
      }
    }
    return null;
  };

  const memo = new Map<string, { word: string; index: number } | null>();
  /** lookUp, remembered: the words of questions recur. */
  const base = (word: string): { word: string; index: number } | null => {
    let found = memo.get(word);
    if (found === undefined) {
      found = lookUp(word);
      if (memo.size >= BASE_MEMO) memo.clear();
      memo.set(word, found);
    }
    return found;
  };

  return {
    related: (word) => {
      const b = base(word);
      if (!b) return [];
      const list = data.related.slice(relatedAt[b.index], (relatedAt[b.index + 1] as number) - 1);
      return [...(b.word !== word ? [b.word] : []), ...(list ? list.split('|') : [])];
    },
    kindOf: (word) => {
      const b = base(word);
      if (b === null) return undefined;
      const digit = data.kinds.charCodeAt(b.index) - 48;
      // A plural is a noun ("submarines", "officials"), whatever the base form mostly is.
      const plural = b.word !== word && word.endsWith('s') && digit >= 3;
      const kind = plural ? Math.floor(digit / 3) : digit % 3;
      return kind === 2 ? 'thing' : kind === 1 ? 'idea' : 'other';
    },
    nounKindOf: (word) => {
      const b = base(word);
      const noun = b === null ? 0 : Math.floor((data.kinds.charCodeAt(b.index) - 48) / 3);
      return noun === 2 ? 'thing' : noun === 1 ? 'idea' : undefined;
    },
    knows: (word) => base(word) !== null,
    isWord: (word) => lookUp(word) !== null,
    mayKnow: (word) => word.length <= REACH || hasPrefix(word, word.length - REACH),
    editsMayKnow: (word) => {
      // An edit after the first `known` letters leaves a start no word has, and so does its base
      // form, unless the edited word is short enough for finding its base form to reach into it.
      const known = knownStart(word);
      return (at, length) => at <= known || length - REACH <= known;
    },
    frequency: (word) => {
      const b = base(word);
      return b === null ? 0 : (data.frequencies[b.index] ?? 0);
    },
  };
};
