import MiniSearch from 'minisearch';
import { FIELDS, PassageIndex } from './passage-index.js';

/** A passage as MiniSearch indexes it: each field's index terms, from the Analyzer, space-separated. */
export interface IndexedPassage {
  readonly id: number;
  readonly text: string;
  readonly title: string;
  readonly context: string;
}

/** MiniSearch's serialised index (`toJSON()`), the parts read here. */
interface MiniSearchJson {
  readonly documentCount: number;
  readonly documentIds: Record<string, number>;
  readonly fieldIds: Record<string, number>;
  readonly fieldLength: Record<string, readonly number[]>;
  readonly averageFieldLength: readonly number[];
  readonly index: readonly (readonly [string, Record<string, Record<string, number>>])[];
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
  const json = search.toJSON() as unknown as MiniSearchJson;
  const F = FIELDS.length;
  const size = json.documentCount;
  const passageOf = new Map(Object.entries(json.documentIds).map(([short, id]) => [Number(short), id]));
  const fieldOf = FIELDS.map((f) => json.fieldIds[f] as number);
  const entries = [...json.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const offsets = new Uint32Array(entries.length * F + 1);
  const df = new Uint32Array(entries.length);
  const termStarts = new Uint32Array(entries.length + 1);
  let postings = 0;
  entries.forEach(([term, fields], t) => {
    termStarts[t + 1] = (termStarts[t] as number) + term.length + 1;
    for (let f = 0; f < F; f++) postings += Object.keys(fields[String(fieldOf[f])] ?? {}).length;
  });
  const docs = new Uint32Array(postings);
  const freqs = new Uint16Array(postings);
  let at = 0;
  entries.forEach(([, fields], t) => {
    const seen = new Set<number>();
    for (let f = 0; f < F; f++) {
      offsets[t * F + f] = at;
      const list = Object.entries(fields[String(fieldOf[f])] ?? {})
        .map(([short, tf]) => [passageOf.get(Number(short)) as number, tf] as const)
        .sort((a, b) => a[0] - b[0]);
      for (const [p, tf] of list) {
        docs[at] = p;
        freqs[at] = Math.min(tf, 0xffff);
        at += 1;
        if (f < 2) seen.add(p);
      }
    }
    df[t] = seen.size;
  });
  offsets[entries.length * F] = at;
  const lengths = new Uint16Array(size * F);
  for (const [short, fieldLengths] of Object.entries(json.fieldLength)) {
    const p = passageOf.get(Number(short)) as number;
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
    averageLengths: fieldOf.map((id) => json.averageFieldLength[id] ?? 0),
  });
};
