import MiniSearch from 'minisearch';
import { FIELDS, PassageIndex } from './passage-index.js';

/** A passage as MiniSearch indexes it: each field's index terms, from the Analyzer, space-separated. */
export interface IndexedPassage {
  readonly id: number;
  readonly text: string;
  readonly title: string;
  readonly context: string;
}

/**
 * MiniSearch's own index, read in place: the same data `toJSON()` serialises (term → field → passage
 * → frequency, field lengths and their averages), without building that object. Pinned by the
 * lockfile; tests/search/passage-index.test.ts checks the compiled scores against MiniSearch's.
 */
interface MiniSearchInternals {
  readonly _documentCount: number;
  readonly _documentIds: ReadonlyMap<number, number>;
  readonly _fieldIds: Readonly<Record<string, number>>;
  readonly _fieldLength: ReadonlyMap<number, readonly number[]>;
  readonly _avgFieldLength: readonly number[];
  readonly _index: Iterable<readonly [string, ReadonlyMap<number, ReadonlyMap<number, number>>]>;
}

/**
 * The MiniSearch index of the passages. Tokenising, stemming, stop words and names are the
 * Analyzer's (one definition for passages and questions), so MiniSearch gets each field's terms
 * ready-made; it keeps the postings, field lengths and averages that BM25 needs.
 */
export const createPassageSearch = (): MiniSearch<IndexedPassage> =>
  new MiniSearch<IndexedPassage>({
    fields: [...FIELDS],
    idField: 'id',
    tokenize: (text) => (text ? text.split(' ') : []),
    processTerm: (term) => term || null,
  });

/**
 * Compiles a MiniSearch index into compact postings (typed arrays, terms sorted) that the ranker
 * walks without allocating, scoring exactly as MiniSearch does (BM25+, the same field lengths).
 */
export const compileSearch = (search: MiniSearch<IndexedPassage>): PassageIndex => {
  const ms = search as unknown as MiniSearchInternals;
  const F = FIELDS.length;
  const size = ms._documentCount;
  const fieldOf = FIELDS.map((f) => ms._fieldIds[f] as number);
  const entries = [...ms._index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const offsets = new Uint32Array(entries.length * F + 1);
  const df = new Uint32Array(entries.length);
  const termStarts = new Uint32Array(entries.length + 1);
  let postings = 0;
  entries.forEach(([term, fields], t) => {
    termStarts[t + 1] = (termStarts[t] as number) + term.length + 1;
    for (const docs of fields.values()) postings += docs.size;
  });
  const docs = new Uint32Array(postings);
  const freqs = new Uint16Array(postings);
  const seen = new Uint32Array(size);
  let at = 0;
  entries.forEach(([, fields], t) => {
    let count = 0;
    for (let f = 0; f < F; f++) {
      offsets[t * F + f] = at;
      const from = at;
      for (const [short, tf] of fields.get(fieldOf[f] as number) ?? []) {
        const p = ms._documentIds.get(short) as number;
        docs[at] = p;
        freqs[at] = Math.min(tf, 0xffff);
        at += 1;
        // Passages with the term in text or title, each counted once (stamped with the term's number).
        if (f < 2 && seen[p] !== t + 1) {
          seen[p] = t + 1;
          count += 1;
        }
      }
      if (!isAscending(docs, from, at)) sortPostings(docs, freqs, from, at);
    }
    df[t] = count;
  });
  offsets[entries.length * F] = at;
  const lengths = new Uint16Array(size * F);
  for (const [short, fieldLengths] of ms._fieldLength) {
    const p = ms._documentIds.get(short) as number;
    for (let f = 0; f < F; f++) lengths[p * F + f] = Math.min(fieldLengths[fieldOf[f] as number] ?? 0, 0xffff);
  }
  return new PassageIndex({
    size,
    terms: entries.map(([term]) => `${term}\n`).join(''),
    termStarts,
    df,
    offsets,
    docs,
    freqs,
    lengths,
    averageLengths: fieldOf.map((id) => ms._avgFieldLength[id] ?? 0),
  });
};

const isAscending = (docs: Uint32Array, from: number, to: number) => {
  for (let i = from + 1; i < to; i++) if ((docs[i] as number) < (docs[i - 1] as number)) return false;
  return true;
};

/** Postings come in insertion order, which is passage order unless passages were replaced: sort then. */
const sortPostings = (docs: Uint32Array, freqs: Uint16Array, from: number, to: number) => {
  const pairs = Array.from({ length: to - from }, (_, i) => [docs[from + i] as number, freqs[from + i] as number] as const).sort((a, b) => a[0] - b[0]);
  pairs.forEach(([p, tf], i) => {
    docs[from + i] = p;
    freqs[from + i] = tf;
  });
};
