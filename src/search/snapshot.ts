import type { ArticleDocument, Corpus, Passage, Section } from '../content/types.js';
import { Corrector } from './corrector.js';
import { Engine, type EngineOptions } from './engine.js';
import type { EngineIndex } from './engine-index.js';
import { PassageIndex } from './passage-index.js';
import { decodeSnapshot as decodeBytes, getStrings, putStrings, SnapshotError, StringReader, typed, type Arrays, type Snapshot } from './snapshot-format.js';

export { encodeSnapshot, SnapshotError } from './snapshot-format.js';

/**
 * The version of everything a snapshot depends on: the analyzer, the index layout, the scoring and
 * this format. Bump it with any change to them (the analyzer's word lists and the idioms are keyed apart, see
 * indexKey); a stored index of another version is rebuilt.
 */
export const ENGINE_VERSION = 12;

/** How a passage field is stored: strings, strings from a small set (by index), numbers, or anything else as JSON. */
type Column = { readonly key: string; readonly kind: 'string' | 'shared' | 'number' | 'json'; readonly values?: unknown[] };
type StoredSection = Omit<Section, 'passages'> & { readonly passages: number };
type StoredDocument = Omit<ArticleDocument, 'sections'> & { readonly sections: readonly StoredSection[] };

/** The plain part of a snapshot (JSON); the documents are stored apart, one JSON string each. */
export interface SnapshotHeader {
  readonly version: number;
  /** Set by whoever stores it: what the snapshot was built from (content hash and settings). */
  readonly key?: string;
  readonly corpus: Omit<Corpus, 'documents'>;
  readonly documents: number;
  readonly passageColumns: readonly Column[];
  readonly index: { readonly size: number; readonly averageLengths: readonly number[] };
}

/**
 * An engine as data: a small JSON header and typed arrays, strings as UTF-8. What the index cache
 * stores, and what a worker thread hands over without copying (the arrays' buffers move). Restoring
 * it makes few objects: the postings, terms and typo-correction trie are used as they are.
 */
export type EngineSnapshot = Snapshot<SnapshotHeader>;

/** The engine as a snapshot. */
export const snapshotOf = (engine: Engine): EngineSnapshot => {
  const { corpus, built, passages } = engine;
  const arrays: Record<string, Arrays> = {};
  const keys = [...new Set(passages.flatMap((p) => Object.keys(p)))];
  const passageColumns: Column[] = keys.map((key) => {
    const values = passages.map((p) => (p as unknown as Record<string, unknown>)[key]);
    if (values.every((v) => typeof v === 'string')) {
      const distinct = [...new Set(values as string[])];
      // Section titles, document ids and files repeat: stored once each, by index.
      if (distinct.length * 4 <= values.length) {
        const at = new Map(distinct.map((v, i) => [v, i]));
        putStrings(arrays, `passage.${key}`, distinct);
        arrays[`passage.${key}.index`] = Uint32Array.from(values as string[], (v) => at.get(v) ?? 0);
        return { key, kind: 'shared' };
      }
      putStrings(arrays, `passage.${key}`, values as string[]);
      return { key, kind: 'string' };
    }
    if (values.every((v) => typeof v === 'number')) {
      arrays[`passage.${key}`] = Float64Array.from(values as number[]);
      return { key, kind: 'number' };
    }
    return { key, kind: 'json', values: values.map((v) => v ?? null) };
  });
  const { documents, ...rest } = corpus;
  putStrings(arrays, 'documents', documents.map((d) => JSON.stringify({ ...d, sections: d.sections.map((s) => ({ ...s, passages: s.passages.length })) } satisfies StoredDocument)));
  putStrings(arrays, 'fingerprints', documents.map((d) => engine.fingerprints.get(d.id) ?? ''));
  const data = built.passages.data;
  putStrings(arrays, 'terms', [data.terms]);
  Object.assign(arrays, { termStarts: data.termStarts, df: data.df, offsets: data.offsets, docs: data.docs, freqs: data.freqs, lengths: data.lengths });
  const trie = built.corrector.data;
  Object.assign(arrays, { 'trie.first': trie.first, 'trie.char': trie.char, 'trie.word': trie.word, 'trie.termStarts': trie.termStarts, 'trie.termIds': trie.termIds });
  arrays.uses = Uint32Array.from(built.glossaryUses.flat());
  arrays.useCounts = Uint32Array.from(built.glossaryUses, (u) => u.length);
  return {
    header: { version: ENGINE_VERSION, corpus: rest, documents: documents.length, passageColumns, index: { size: data.size, averageLengths: data.averageLengths } },
    arrays,
  };
};

/** A passage column read a document at a time: the values of passages [from, to). */
type ColumnReader = (from: number, to: number) => readonly unknown[];

const columnReader = (arrays: Readonly<Record<string, Arrays>>, column: Column, count: number): ColumnReader => {
  const wrongLength = () => new SnapshotError(`passage column "${column.key}" has the wrong length`);
  if (column.kind === 'string') {
    const reader = new StringReader(arrays, `passage.${column.key}`);
    if (reader.length !== count) throw wrongLength();
    return (from, to) => reader.range(from, to);
  }
  if (column.kind === 'shared') {
    const reader = new StringReader(arrays, `passage.${column.key}`);
    const distinct = reader.range(0, reader.length);
    const index = typed(arrays, `passage.${column.key}.index`, Uint32Array);
    if (index.length !== count) throw wrongLength();
    return (from, to) =>
      Array.from(index.subarray(from, to), (i) => {
        const v = distinct[i];
        if (v === undefined) throw new SnapshotError(`passage column "${column.key}" refers to a missing value`);
        return v;
      });
  }
  if (column.kind === 'number') {
    const values = typed(arrays, `passage.${column.key}`, Float64Array);
    if (values.length !== count) throw wrongLength();
    return (from, to) => Array.from(values.subarray(from, to));
  }
  const values = column.values ?? [];
  if (values.length !== count) throw wrongLength();
  return (from, to) => values.slice(from, to);
};

/** Passages made from their columns at a time. */
const RUN = 2048;

/**
 * A function making a passage from column values, with the columns' keys in order. Generated, so
 * each passage is one object literal of a fixed shape: several times faster than keyed stores.
 */
const passageMaker = (columns: readonly Column[]): ((values: readonly (readonly unknown[])[], i: number) => Passage) => {
  if (columns.some((c) => c.key === '__proto__')) throw new SnapshotError('a passage column has a reserved name');
  const plain = columns.map((c, j) => (c.kind === 'json' ? '' : `${JSON.stringify(c.key)}: v[${j}][i]`)).filter(Boolean);
  const optional = columns.map((c, j) => (c.kind === 'json' ? `if (v[${j}][i] != null) p[${JSON.stringify(c.key)}] = v[${j}][i];` : '')).filter(Boolean);
  return new Function('v', 'i', `const p = { ${plain.join(', ')} }; ${optional.join(' ')} return p;`) as (values: readonly (readonly unknown[])[], i: number) => Passage;
};

/**
 * Rebuilds the engine from a snapshot, as steps: a caller that must stay responsive runs a few at a
 * time (see restoreEngineAsync). Documents unchanged since `previous` (same fingerprint) are taken
 * from it as they are. Throws a SnapshotError if the snapshot is not one it can read.
 */
export function* restoreSteps(snapshot: EngineSnapshot, options: Omit<EngineOptions, 'index' | 'fingerprints'> = {}, previous?: Engine): Generator<void, Engine> {
  const { header, arrays } = snapshot;
  if (header.version !== ENGINE_VERSION) throw new SnapshotError(`version ${String(header.version)}, expected ${ENGINE_VERSION}`);
  const docs = new StringReader(arrays, 'documents');
  const prints: string[] = [];
  yield* getStrings(arrays, 'fingerprints', prints);
  if (docs.length !== header.documents || prints.length !== header.documents) throw new SnapshotError('wrong number of documents');
  // A document with a fingerprint of the serving engine's (a hash of its file and text) is that
  // document: taken as it is, its JSON never decoded, so a one-file edit decodes one document.
  const serving = new Map<string, ArticleDocument>();
  for (const d of previous?.documents ?? []) {
    const print = previous?.fingerprints.get(d.id);
    if (print) serving.set(print, d);
  }
  const reused = prints.map((print) => (print ? serving.get(print) : undefined));
  const stored: (StoredDocument | undefined)[] = [];
  for (let i = 0; i < reused.length; ) {
    if (reused[i]) {
      stored.push(undefined);
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < reused.length && !reused[end] && end - i < 128) end++;
    for (const text of docs.range(i, end)) {
      try {
        stored.push(JSON.parse(text) as StoredDocument);
      } catch {
        throw new SnapshotError('a document is not JSON');
      }
    }
    i = end;
    yield;
  }
  const countOf = (i: number) => {
    const d = reused[i];
    return d ? d.sections.reduce((n, s) => n + s.passages.length, 0) : (stored[i] as StoredDocument).sections.reduce((n, s) => n + s.passages, 0);
  };
  let passageCount = 0;
  for (let i = 0; i < stored.length; i++) passageCount += countOf(i);
  const columns = header.passageColumns.map((column) => [column.key, columnReader(arrays, column, passageCount)] as const);
  yield;
  const fingerprints = new Map<string, string>();
  prints.forEach((print, i) => {
    if (print) fingerprints.set((reused[i] ?? (stored[i] as StoredDocument)).id, print);
  });
  const make = passageMaker(header.passageColumns);
  const documents: ArticleDocument[] = [];
  let next = 0;
  for (let i = 0; i < stored.length; ) {
    const same = reused[i];
    if (same) {
      documents.push(same);
      next += countOf(i);
      i += 1;
      continue;
    }
    // A run of documents to make, read a column at a time (a few thousand passages).
    let end = i;
    let count = 0;
    while (end < stored.length && !reused[end] && (end === i || count + countOf(end) <= RUN)) count += countOf(end++);
    const values = columns.map(([, read]) => read(next, next + count));
    let at = 0;
    for (; i < end; i++) {
      const d = stored[i] as StoredDocument;
      documents.push({ ...d, sections: d.sections.map((s): Section => ({ ...s, passages: Array.from({ length: s.passages }, () => make(values, at++)) })) });
    }
    next += count;
    yield;
  }
  const terms: string[] = [];
  yield* getStrings(arrays, 'terms', terms);
  const passages = new PassageIndex({
    size: header.index.size,
    terms: terms[0] ?? '',
    termStarts: typed(arrays, 'termStarts', Uint32Array),
    df: typed(arrays, 'df', Uint32Array),
    offsets: typed(arrays, 'offsets', Uint32Array),
    docs: typed(arrays, 'docs', Uint32Array),
    freqs: typed(arrays, 'freqs', Uint16Array),
    lengths: typed(arrays, 'lengths', Uint16Array),
    averageLengths: header.index.averageLengths,
  });
  const termCount = passages.termCount;
  if (passages.size !== passageCount || passages.data.offsets.length !== termCount * 3 + 1 || passages.data.lengths.length !== passageCount * 3 || passages.data.df.length !== termCount) {
    throw new SnapshotError('the index does not match its passages');
  }
  yield;
  const trie = {
    first: typed(arrays, 'trie.first', Uint32Array),
    char: typed(arrays, 'trie.char', Uint16Array),
    word: typed(arrays, 'trie.word', Int32Array),
    termStarts: typed(arrays, 'trie.termStarts', Uint32Array),
    termIds: typed(arrays, 'trie.termIds', Uint32Array),
  };
  if (trie.first.length !== trie.char.length + 1 || trie.word.length !== trie.char.length) throw new SnapshotError('the typo trie is malformed');
  const corrector = new Corrector(trie, passages);
  const uses = typed(arrays, 'uses', Uint32Array);
  const counts = typed(arrays, 'useCounts', Uint32Array);
  let at = 0;
  const glossaryUses = Array.from(counts, (n) => Array.from(uses.subarray(at, (at += n))));
  const index: EngineIndex = { passages, corrector, glossaryUses };
  yield;
  return new Engine({ ...header.corpus, documents }, { ...options, index, fingerprints });
}

/** Rebuilds the engine from a snapshot in one go (at start-up, before anything is served). */
export const restoreEngine = (snapshot: EngineSnapshot, options: Omit<EngineOptions, 'index' | 'fingerprints'> = {}): Engine => {
  const steps = restoreSteps(snapshot, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};

/**
 * Rebuilds the engine from a snapshot while the process keeps serving: steps run for at most
 * `sliceMs` at a time, then the event loop gets a turn. Documents unchanged since `previous` are reused.
 */
export const restoreEngineAsync = async (snapshot: EngineSnapshot, options: Omit<EngineOptions, 'index' | 'fingerprints'> = {}, { sliceMs = 4, previous }: { sliceMs?: number; previous?: Engine } = {}): Promise<Engine> => {
  const steps = restoreSteps(snapshot, options, previous);
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      started = performance.now();
    }
  }
};

/**
 * Reads bytes written by encodeSnapshot; the arrays view `bytes` (no copy). With `verify` (bytes
 * read from disk), damage anywhere is caught by the checksum. Throws a SnapshotError.
 */
export const decodeSnapshot = (bytes: Uint8Array, options: { verify?: boolean } = {}): EngineSnapshot => decodeBytes(bytes, options) as EngineSnapshot;
