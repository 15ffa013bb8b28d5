import MiniSearch from 'minisearch';
import { FIELDS, PassageIndex, type PassageIndexData } from './passage-index.js';

/** A passage as MiniSearch indexes it: each field's index terms, from the Analyzer. */
export interface IndexedPassage {
  readonly id: number;
  readonly text: readonly string[];
  readonly title: readonly string[];
  readonly context: readonly string[];
}

/**
 * MiniSearch's own index, read in place: the same data `toJSON()` serialises (term → field → passage
 * → frequency, field lengths), without building that object. Pinned by the lockfile;
 * tests/search/passage-index.test.ts checks the compiled scores against MiniSearch's.
 */
interface MiniSearchInternals {
  readonly _documentCount: number;
  readonly _documentIds: ReadonlyMap<number, number>;
  readonly _fieldIds: Readonly<Record<string, number>>;
  readonly _fieldLength: ReadonlyMap<number, readonly number[]>;
  readonly _index: Iterable<readonly [string, ReadonlyMap<number, ReadonlyMap<number, number>>]>;
}

/**
 * MiniSearch keeps its terms in a radix tree (SearchableMap), which its own search() walks for prefix
 * and fuzzy matches. The engine never calls MiniSearch's search(): it compiles the index's postings
 * and ranks from them (its typo correction has a trie of its own). So the passages' MiniSearch keeps
 * its terms in a hash map instead, with the calls MiniSearch's add, remove and toJSON make of its
 * tree (`fetch`, `get`, `has`, `delete`, `size`, iteration): a radix tree look-up per word was two
 * fifths of indexing a large library. tests/search/passage-index.test.ts checks the compiled scores
 * against a stock MiniSearch's.
 */
class TermStore<V> extends Map<string, V> {
  /** The value of `key`, made by `initial` when there is none: SearchableMap's `fetch`. */
  fetch(key: string, initial: () => V): V {
    let value = this.get(key);
    if (value === undefined) this.set(key, (value = initial()));
    return value;
  }
}

/**
 * The MiniSearch index of the passages. Tokenising, stemming, stop words and names are the
 * Analyzer's (one definition for passages and questions), so MiniSearch gets each field's terms
 * ready-made, as an array it neither joins nor splits; it keeps the postings and field lengths that
 * BM25 needs, its terms in a TermStore.
 */
export const createPassageSearch = (): MiniSearch<IndexedPassage> => {
  const search = new MiniSearch<IndexedPassage>({
    fields: [...FIELDS],
    idField: 'id',
    stringifyField: (terms) => terms,
    tokenize: (terms) => terms as unknown as string[],
    processTerm: (term) => term || null,
  });
  (search as unknown as { _index: TermStore<unknown> })._index = new TermStore();
  return search;
};

/**
 * The postings of one MiniSearch index over a run of consecutive passages, `first` to
 * `first + size - 1`, in typed arrays with its terms sorted: what mergeShards joins into one
 * PassageIndex. Plain data, so a worker thread can hand it over (the arrays' buffers move).
 */
export interface ShardPostings {
  readonly first: number;
  readonly size: number;
  /** The terms, ascending in code-unit order. */
  readonly terms: readonly string[];
  /** As PassageIndexData's, over this run's passages. */
  readonly df: Uint32Array;
  readonly offsets: Uint32Array;
  readonly docs: Uint32Array;
  readonly freqs: Uint16Array;
  /** Distinct terms of passage `first + i` in field `f` at `i·3+f`, as MiniSearch counts them (not capped). */
  readonly lengths: Uint32Array;
}

const F = FIELDS.length;
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The glossary context of a run of passages, indexed once per distinct context rather than once per
 * passage: most passages share a few contexts (some 500 in 20,000 passages), and indexing each
 * passage's copy was a third of MiniSearch's work. compileShard gives each passage its context's
 * postings, as if MiniSearch had indexed the context with the passage.
 */
export interface ShardContexts {
  /** A MiniSearch index of the distinct contexts, ids 0…, each one's terms in the context field. */
  readonly search: MiniSearch<IndexedPassage>;
  /** The context of passage `first + i`: its id in `search`. */
  readonly of: Uint32Array;
}

type Fields = ReadonlyMap<number, ReadonlyMap<number, number>>;

/**
 * Reads a MiniSearch index of consecutive passages into compact postings. With `contexts`, the
 * passages were indexed with empty contexts and take theirs from it.
 */
export const compileShard = (search: MiniSearch<IndexedPassage>, contexts?: ShardContexts): ShardPostings => {
  const ms = search as unknown as MiniSearchInternals;
  const size = ms._documentCount;
  const fieldOf = FIELDS.map((f) => ms._fieldIds[f] as number);
  // Short ids → passage ids, in an array: a Map look-up per posting is most of the compiling otherwise.
  let first = Infinity;
  let shorts = 0;
  for (const [short, id] of ms._documentIds) {
    first = Math.min(first, id);
    shorts = Math.max(shorts, short + 1);
  }
  if (size === 0) first = 0;
  const idOf = new Uint32Array(shorts);
  for (const [short, id] of ms._documentIds) {
    if (id < first || id >= first + size || !Number.isInteger(id)) throw new Error(`compileShard: passage ids are not ${first} to ${first + size - 1}`);
    idOf[short] = id;
  }
  const shared = contexts === undefined ? undefined : sharedContexts(contexts, size);
  // Each term's fields in the passages' index, and the contexts that have it.
  const byTerm = new Map<string, [Fields | undefined, ContextUses | undefined]>();
  for (const [term, fields] of ms._index) byTerm.set(term, [fields, undefined]);
  for (const [term, uses] of shared?.uses ?? []) {
    const both = byTerm.get(term);
    if (both) both[1] = uses;
    else byTerm.set(term, [undefined, uses]);
  }
  const entries = [...byTerm];
  const terms = entries.map(([term]) => term);
  const order = Array.from(terms.keys()).sort((a, b) => byCodeUnits(terms[a] as string, terms[b] as string));
  const offsets = new Uint32Array(entries.length * F + 1);
  const df = new Uint32Array(entries.length);
  let postings = 0;
  for (const [, [own, context]] of entries) {
    for (const docs of own?.values() ?? []) postings += docs.size;
    if (shared) for (const [c] of context ?? []) postings += shared.passagesOf(c);
  }
  const docs = new Uint32Array(postings);
  const freqs = new Uint16Array(postings);
  const seen = new Uint32Array(size);
  // Per term number: where its context postings start, then the next free slot.
  const next = new Uint32Array(shared ? entries.length : 0);
  let at = 0;
  order.forEach((e, t) => {
    const [own, context] = (entries[e] as (typeof entries)[number])[1];
    let count = 0;
    for (let f = 0; f < F; f++) {
      offsets[t * F + f] = at;
      if (shared && f === CONTEXT) {
        // Filled below, passage by passage: each context's terms are written for every passage that has it.
        for (const [c, tf] of context ?? []) {
          at += shared.passagesOf(c);
          shared.termsOf[c]?.push(t, tf);
        }
        next[t] = offsets[t * F + f] as number;
        continue;
      }
      const from = at;
      // forEach, not for…of: no [key, value] array made per posting.
      own?.get(fieldOf[f] as number)?.forEach((tf, short) => {
        const p = idOf[short] as number;
        docs[at] = p;
        freqs[at] = Math.min(tf, 0xffff);
        at += 1;
        // Passages with the term in text or title, each counted once (stamped with the term's number).
        if (f < 2 && seen[p - first] !== t + 1) {
          seen[p - first] = t + 1;
          count += 1;
        }
      });
      if (!isAscending(docs, from, at)) sortPostings(docs, freqs, from, at);
    }
    df[t] = count;
  });
  offsets[entries.length * F] = at;
  if (shared) {
    // Passage by passage, so each term's context postings come in ascending order.
    for (let i = 0; i < size; i++) {
      const own = shared.termsOf[shared.of[i] as number] as number[];
      for (let j = 0; j < own.length; j += 2) {
        const t = own[j] as number;
        const slot = next[t] as number;
        docs[slot] = first + i;
        freqs[slot] = Math.min(own[j + 1] as number, 0xffff);
        next[t] = slot + 1;
      }
    }
  }
  const lengths = new Uint32Array(size * F);
  for (const [short, fieldLengths] of ms._fieldLength) {
    const i = (idOf[short] as number) - first;
    for (let f = 0; f < F; f++) lengths[i * F + f] = fieldLengths[fieldOf[f] as number] ?? 0;
    if (shared) lengths[i * F + CONTEXT] = shared.lengthOf(shared.of[i] as number);
  }
  return { first, size, terms: order.map((e) => terms[e] as string), df, offsets, docs, freqs, lengths };
};

const CONTEXT = FIELDS.indexOf('context');

/** A term's uses in the contexts: context id and the term's frequency in it. */
type ContextUses = readonly (readonly [number, number])[];

/** What compileShard reads of ShardContexts: each term's contexts, and each context's passages and length. */
const sharedContexts = ({ search, of }: ShardContexts, size: number) => {
  const cs = search as unknown as MiniSearchInternals;
  if (of.length !== size) throw new Error(`compileShard: ${of.length} passages' contexts for ${size} passages`);
  const field = cs._fieldIds.context as number;
  // Context short ids → context ids.
  const idOf = new Map(cs._documentIds);
  const counts = new Uint32Array(cs._documentCount);
  for (const c of of) counts[c] = (counts[c] as number) + 1;
  const lengths = new Uint32Array(cs._documentCount);
  for (const [short, fieldLengths] of cs._fieldLength) lengths[idOf.get(short) as number] = fieldLengths[field] ?? 0;
  const uses: [string, ContextUses][] = [];
  for (const [term, fields] of cs._index) {
    const docs = fields.get(field);
    if (docs) uses.push([term, Array.from(docs, ([short, tf]) => [idOf.get(short) as number, tf] as const)]);
  }
  return {
    of,
    uses,
    passagesOf: (c: number) => counts[c] as number,
    lengthOf: (c: number) => lengths[c] as number,
    /** Per context id: its terms' numbers and frequencies, in pairs. */
    termsOf: Array.from({ length: cs._documentCount }, (): number[] => []),
  };
};

/**
 * Joins the postings of consecutive runs of passages (in passage order, together all of them) into
 * the index one MiniSearch index over them all would compile to: the same postings, passage
 * frequencies and lengths, and the averages of the lengths worked out as MiniSearch does, a passage at a time.
 */
export const mergeShards = (shards: readonly ShardPostings[]): PassageIndexData => {
  let size = 0;
  for (const s of shards) {
    if (s.size > 0 && s.first !== size) throw new Error(`mergeShards: a run starts at passage ${s.first}, expected ${size}`);
    size += s.size;
  }
  // The terms of all runs, merged in order; each run's term number → the merged one.
  const terms: string[] = [];
  const mergedOf = shards.map((s) => new Uint32Array(s.terms.length));
  const next = shards.map(() => 0);
  for (;;) {
    let least: string | undefined;
    for (let i = 0; i < shards.length; i++) {
      const term = (shards[i] as ShardPostings).terms[next[i] as number];
      if (term !== undefined && (least === undefined || term < least)) least = term;
    }
    if (least === undefined) break;
    for (let i = 0; i < shards.length; i++) {
      const n = next[i] as number;
      if ((shards[i] as ShardPostings).terms[n] !== least) continue;
      (mergedOf[i] as Uint32Array)[n] = terms.length;
      next[i] = n + 1;
    }
    terms.push(least);
  }
  const T = terms.length;
  const offsets = new Uint32Array(T * F + 1);
  const df = new Uint32Array(T);
  shards.forEach((s, i) => {
    const merged = mergedOf[i] as Uint32Array;
    for (let t = 0; t < s.terms.length; t++) {
      const m = merged[t] as number;
      df[m] = (df[m] as number) + (s.df[t] as number);
      for (let f = 0; f < F; f++) offsets[m * F + f + 1] = (offsets[m * F + f + 1] as number) + (s.offsets[t * F + f + 1] as number) - (s.offsets[t * F + f] as number);
    }
  });
  for (let j = 1; j <= T * F; j++) offsets[j] = (offsets[j] as number) + (offsets[j - 1] as number);
  const total = offsets[T * F] as number;
  const docs = shards.length === 1 ? (shards[0] as ShardPostings).docs : new Uint32Array(total);
  const freqs = shards.length === 1 ? (shards[0] as ShardPostings).freqs : new Uint16Array(total);
  if (shards.length > 1) {
    // Runs in passage order: each term's postings stay ascending when appended run after run.
    const end = offsets.slice(0, T * F);
    shards.forEach((s, i) => {
      const merged = mergedOf[i] as Uint32Array;
      for (let t = 0; t < s.terms.length; t++) {
        const m = merged[t] as number;
        for (let f = 0; f < F; f++) {
          const from = s.offsets[t * F + f] as number;
          const to = s.offsets[t * F + f + 1] as number;
          const at = end[m * F + f] as number;
          for (let j = from; j < to; j++) {
            docs[at + j - from] = s.docs[j] as number;
            freqs[at + j - from] = s.freqs[j] as number;
          }
          end[m * F + f] = at + to - from;
        }
      }
    });
  }
  const lengths = new Uint16Array(size * F);
  // MiniSearch's running average, updated as each passage is added: the same arithmetic, so the same doubles.
  const averages = FIELDS.map(() => 0);
  let p = 0;
  for (const s of shards) {
    for (let i = 0; i < s.size; i++, p++) {
      for (let f = 0; f < F; f++) {
        const length = s.lengths[i * F + f] as number;
        lengths[p * F + f] = Math.min(length, 0xffff);
        averages[f] = ((averages[f] as number) * p + length) / (p + 1);
      }
    }
  }
  const termStarts = new Uint32Array(T + 1);
  for (let t = 0; t < T; t++) termStarts[t + 1] = (termStarts[t] as number) + (terms[t] as string).length + 1;
  // One join, a flat string (a template literal around it would make a rope that every look-up walks).
  return { size, terms: T === 0 ? '' : [...terms, ''].join('\n'), termStarts, df, offsets, docs, freqs, lengths, averageLengths: averages };
};

/**
 * Compiles a MiniSearch index into compact postings (typed arrays, terms sorted) that the ranker
 * walks without allocating, scoring exactly as MiniSearch does (BM25+, the same field lengths).
 */
export const compileSearch = (search: MiniSearch<IndexedPassage>): PassageIndex => new PassageIndex(mergeShards([compileShard(search)]));

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
