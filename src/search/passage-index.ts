/** A query term and how much it counts (1 for the question's own words, less for related words). */
export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

/** The fields of a passage, in scoring order: its own words, its section title, context (glossary definitions). */
export const FIELDS = ['text', 'title', 'context'] as const;
export type Field = (typeof FIELDS)[number];
/** Field weights: a passage's own words count most; its section title locates it; context only nudges. */
export const FIELD_BOOST = { text: 1, title: 0.6, context: 0.15 } as const;
/** Bits of a match's field mask. */
export const IN_TEXT = 1;
export const IN_TITLE = 2;
export const IN_CONTEXT = 4;

const F = FIELDS.length;
const BOOSTS = FIELDS.map((f) => FIELD_BOOST[f]);
/** BM25+ as MiniSearch 7 scores it (its defaults), so scores match those of a MiniSearch index term for term. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/**
 * Everything the index holds, as strings and typed arrays: what a snapshot stores on disk and what a
 * worker thread hands over without copying. Postings of term `t` in field `f` are
 * `docs[offsets[t·3+f] … offsets[t·3+f+1])`, passage ids ascending, with their term frequencies in `freqs`.
 */
export interface PassageIndexData {
  /** How many passages. */
  readonly size: number;
  /** Every term of every field, in ascending code-unit order, each followed by "\n". */
  readonly terms: string;
  /** Where each term starts in `terms`, and one more: the end. */
  readonly termStarts: Uint32Array;
  /** Passages whose text or title has the term (0: the term is only in context). */
  readonly df: Uint32Array;
  readonly offsets: Uint32Array;
  readonly docs: Uint32Array;
  readonly freqs: Uint16Array;
  /** Distinct terms of passage `p` in field `f` at `p·3+f`. */
  readonly lengths: Uint16Array;
  /** Average of `lengths` per field. */
  readonly averageLengths: readonly number[];
}

/** What the question side reads of the index: how many passages use a term. */
export interface Vocabulary {
  has(term: string): boolean;
  /** Passages whose text or title has the term; undefined if none. */
  get(term: string): number | undefined;
}

/** How many looked-up terms PassageIndex remembers before it starts again. */
const REMEMBERED_TERMS = 20_000;

/**
 * The inverted index of the passages: BM25+ scores per term, as MiniSearch computes them, over
 * compact postings. Terms come from the Analyzer, for documents and questions alike. Immutable once
 * built: a reindex builds a new one and swaps the reference.
 */
export class PassageIndex {
  readonly size: number;
  readonly vocabulary: Vocabulary;
  readonly termCount: number;

  /** Terms looked up lately, and their ids (-1: no passage has it). */
  private readonly ids = new Map<string, number>();

  /**
   * BM25's length normalisation, k·(1 − b + b·length/average), field by field (field f's of passage p at
   * f·size + p): a term's postings in a field read it in ascending passage order, from one run of memory.
   */
  private readonly norms: Float64Array;

  constructor(readonly data: PassageIndexData) {
    this.size = data.size;
    this.termCount = data.termStarts.length - 1;
    const { k, b } = BM25;
    this.norms = new Float64Array(data.lengths.length);
    for (let i = 0; i < data.lengths.length; i++) {
      const f = i % F;
      this.norms[f * data.size + (i - f) / F] = k * (1 - b + (b * (data.lengths[i] as number)) / (data.averageLengths[f] as number));
    }
    this.vocabulary = {
      has: (term) => (data.df[this.termId(term)] ?? 0) > 0,
      get: (term) => data.df[this.termId(term)] || undefined,
    };
  }

  /** The id of `term`, or -1 if no passage has it. */
  termId(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      // Questions ask for the same few hundred terms again and again: remembered, up to a bound.
      if (this.ids.size >= REMEMBERED_TERMS) this.ids.clear();
      id = this.findTerm(term);
      this.ids.set(term, id);
    }
    return id;
  }

  /** Binary search over the sorted terms, compared in place. */
  private findTerm(term: string): number {
    const { terms, termStarts } = this.data;
    let lo = 0;
    let hi = this.termCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const from = termStarts[mid] as number;
      const length = (termStarts[mid + 1] as number) - 1 - from;
      let order = 0;
      for (let i = 0, n = Math.min(length, term.length); order === 0 && i < n; i++) order = terms.charCodeAt(from + i) - term.charCodeAt(i);
      if (order === 0) order = length - term.length;
      if (order < 0) lo = mid + 1;
      else if (order > 0) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** The term with id `id`. */
  termAt(id: number): string {
    const { terms, termStarts } = this.data;
    return terms.slice(termStarts[id], (termStarts[id + 1] as number) - 1);
  }

  /**
   * Adds term `id`'s BM25+ score (field-boosted, summed over fields) to `scores[p]` and its fields to
   * `fields[p]` for each passage p that has it, and lists those passages in `touched`. Returns how many.
   * The caller resets `scores` and `fields` for the touched passages after use. Fields whose bits
   * are set in `skip` (IN_TEXT, IN_TITLE, IN_CONTEXT) are left out. `boosts`: a weight per field (FIELD_BOOST's by default).
   */
  accumulate(id: number, scores: Float64Array, fields: Uint8Array, touched: Uint32Array, skip = 0, boosts: readonly number[] = BOOSTS): number {
    const { offsets, docs, freqs, size } = this.data;
    const { norms } = this;
    const { k, d } = BM25;
    let count = 0;
    for (let f = 0; f < F; f++) {
      if (skip & (1 << f)) continue;
      const from = offsets[id * F + f] as number;
      const to = offsets[id * F + f + 1] as number;
      if (from === to) continue;
      const matching = to - from;
      const idf = Math.log(1 + (size - matching + 0.5) / (matching + 0.5));
      const boost = boosts[f] as number;
      const bit = 1 << f;
      const normsFrom = f * size;
      for (let i = from; i < to; i++) {
        const p = docs[i] as number;
        const tf = freqs[i] as number;
        const score = boost * (idf * (d + (tf * (k + 1)) / (tf + (norms[normsFrom + p] as number))));
        if (fields[p] === 0) touched[count++] = p;
        scores[p] = (scores[p] as number) + score;
        fields[p] = (fields[p] as number) | bit;
      }
    }
    return count;
  }

  /** How many passages have term `id` in field `f` (0 text, 1 title, 2 context). */
  postings(id: number, f: number): number {
    const { offsets } = this.data;
    return (offsets[id * F + f + 1] as number) - (offsets[id * F + f] as number);
  }

  /** True when passage `p`'s own text has term `id`. */
  inText(id: number, p: number): boolean {
    return this.inField(id, p, 0);
  }

  /** Whether term `id` is in field `f` (0 text, 1 title, 2 context) of passage `p`: a binary search of its postings. */
  inField(id: number, p: number, f: number): boolean {
    const { offsets, docs } = this.data;
    let lo = offsets[id * F + f] as number;
    let hi = (offsets[id * F + f + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const q = docs[mid] as number;
      if (q < p) lo = mid + 1;
      else if (q > p) hi = mid - 1;
      else return true;
    }
    return false;
  }
}
