import type { Corpus, GlossaryEntry, Passage } from '../content/types.js';
import { Analyzer, Vocabulary, type Span } from './analyzer.js';
import { Corrector, type WordEntry } from './corrector.js';
import { plainIdioms } from './idioms.js';
import { compileShard, createPassageSearch, mergeShards, type IndexedPassage, type ShardPostings } from './minisearch-index.js';
import { PassageIndex } from './passage-index.js';

/**
 * Everything the engine derives from the corpus, the costly part of building it: the passage index,
 * the content's words as written (for typo correction), and which passages use each glossary term.
 * Built once per content revision; a snapshot of it is what the index cache stores.
 */
export interface EngineIndex {
  readonly passages: PassageIndex;
  /** Typo correction over the surface words of the passages' texts and titles. */
  readonly corrector: Corrector;
  /** For each glossary entry (in glossary order), the ids of the passages that name it. */
  readonly glossaryUses: readonly (readonly number[])[];
}

/** What indexing reads of a passage. */
export type IndexedFields = Pick<Passage, 'text' | 'sectionTitle' | 'keywords'>;
/** What indexing reads of a glossary entry: its names (the analyzer's) and its definition (context). */
export type GlossaryNames = Pick<GlossaryEntry, 'term' | 'aliases' | 'definition'>;

/** The analyzer of a corpus with this glossary, as the Engine makes it. */
export const analyzerFor = (glossary: readonly GlossaryNames[]): Analyzer => new Analyzer(glossary.map((e) => ({ names: [e.term, ...e.aliases], keepWords: true })));

/**
 * What indexing a run of consecutive passages gives: its postings, and its surface words, a word's
 * last use in the run deciding its terms. Plain data (see ShardPostings): a worker thread indexes a
 * run and hands it over; mergeEngineIndex joins the runs.
 */
export interface IndexShard {
  readonly postings: ShardPostings;
  /** Words of the passages' texts and their terms, in code-unit order (sorted in the run's thread, for the merge). */
  readonly textWords: WordTerms;
  /** Words of the passages' section titles → their terms. */
  readonly titleWords: Map<string, readonly string[]>;
  /** For each glossary entry, the ids of the run's passages that name it. */
  readonly glossaryUses: number[][];
}

/**
 * Analyses passages `first` to `first + passages.length - 1` (section titles and glossary context
 * once per distinct text) and indexes them with MiniSearch: every passage analysed first, then all
 * added, so that each step keeps its own tables in the processor's caches (a passage analysed then
 * added, in turn, took a seventh longer on a large library).
 */
export const indexShard = (glossary: readonly GlossaryNames[], passages: readonly IndexedFields[], first: number, analyzer: Analyzer): IndexShard => {
  const entriesOf = new Map<string, number[]>();
  glossary.forEach((e, i) => {
    const concept = analyzer.conceptOf(e.term);
    if (concept !== undefined) entriesOf.set(concept, [...(entriesOf.get(concept) ?? []), i]);
  });
  const glossaryUses: number[][] = glossary.map(() => []);
  // Each word of the texts and its terms, at its last use.
  const vocabulary = new Vocabulary();
  const titles = new Map<string, { spans: Span[]; terms: readonly string[] }>();
  // The glossary context of each distinct set of named entries, indexed once (see ShardContexts).
  const contexts = new Map<string, number>();
  const contextSearch = createPassageSearch();
  const contextOf = new Uint32Array(passages.length);
  const named = new Set<number>();
  const analysed: IndexedPassage[] = [];

  passages.forEach((passage, i) => {
    const id = first + i;
    const text: string[] = [];
    named.clear();
    for (const span of analyzer.analyze(passage.text, vocabulary)) {
      for (const t of span.terms) {
        text.push(t);
        if (span.named) for (const e of entriesOf.get(t) ?? []) named.add(e);
      }
    }
    const used = named.size === 0 ? [] : [...named].sort((a, b) => a - b);
    for (const e of used) glossaryUses[e]?.push(id);
    // Keyed by the entries, not their joined definitions: a short key to hash for each passage.
    const usedKey = used.join(',');
    let context = contexts.get(usedKey);
    if (context === undefined) {
      contexts.set(usedKey, (context = contexts.size));
      contextSearch.add({ id: context, text: [], title: [], context: analyzer.terms(used.map((e) => glossary[e]?.definition ?? '').join(' ')) });
    }
    contextOf[i] = context;
    let title = titles.get(passage.sectionTitle);
    if (!title) {
      const spans = analyzer.analyze(passage.sectionTitle);
      titles.set(passage.sectionTitle, (title = { spans, terms: spans.flatMap((s) => s.terms) }));
    }
    // Keywords count as the section title does: words for what the paragraph is about, not its text.
    analysed.push({ id, text, title: passage.keywords ? [...title.terms, ...analyzer.terms(plainIdioms(passage.keywords))] : title.terms, context: [] });
  });
  const search = createPassageSearch();
  search.addAll(analysed);
  const titleWords = new Map<string, readonly string[]>();
  for (const passage of passages) {
    for (const span of titles.get(passage.sectionTitle)?.spans ?? []) if (!span.named && span.terms.length > 0) titleWords.set(span.word, span.terms);
  }
  return { postings: compileShard(search, { search: contextSearch, of: contextOf }), textWords: sortedWords(vocabulary.words), titleWords, glossaryUses };
};

/** Words and their terms, each word once, in code-unit order (as `<` compares). */
export type WordTerms = readonly WordEntry[];

/** A map's entries in its keys' code-unit order. */
const sortedWords = (words: ReadonlyMap<string, readonly string[]>): WordTerms =>
  // The keys sorted alone, without a comparator to call, then looked up: faster than sorting the entries.
  [...words.keys()].sort().map((w) => [w, words.get(w) as readonly string[]] as const);

/** The words of `a` and `b` in order; a word in both has the terms `pick` chooses of its two entries. */
const mergeWords = (a: WordTerms, b: WordTerms, pick: (inA: WordEntry, inB: WordEntry) => WordEntry): WordTerms => {
  const out: WordEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as WordEntry;
    const y = b[j] as WordEntry;
    if (x[0] < y[0]) {
      out.push(x);
      i += 1;
    } else if (y[0] < x[0]) {
      out.push(y);
      j += 1;
    } else {
      out.push(pick(x, y));
      i += 1;
      j += 1;
    }
  }
  for (; i < a.length; i++) out.push(a[i] as WordEntry);
  for (; j < b.length; j++) out.push(b[j] as WordEntry);
  return out;
};

/** The later of two entries of a word: its later use decides its terms. */
const later = (_: WordEntry, inB: WordEntry) => inB;

/** Joins the indexes of consecutive runs of passages (in passage order, together all of them) into the EngineIndex of them all. */
export const mergeEngineIndex = (shards: readonly IndexShard[], analyzer: Analyzer): EngineIndex => {
  const index = new PassageIndex(mergeShards(shards.map((s) => s.postings)));
  // The runs' words, each run's sorted in its own thread: merged in order, a later run's use of a word deciding its terms.
  let texts: WordTerms = shards[0]?.textWords ?? [];
  for (const shard of shards.slice(1)) texts = mergeWords(texts, shard.textWords, later);
  // Titles after texts: a word's last use decides its terms ("risk" alone, or in "de-risking").
  const titles = new Map<string, readonly string[]>();
  for (const shard of shards) for (const [word, terms] of shard.titleWords) titles.set(word, terms);
  // Names too ("japn" → Japan, "pyongyan" → the DPRK), whether the content writes them or an alias, where neither has the word.
  const names = sortedWords(new Map([...analyzer.oneWordNames].map(([word, concept]) => [word, [concept]])));
  const named = new Set(names);
  const others = mergeWords(sortedWords(titles), names, (title) => title);
  const surface = mergeWords(texts, others, (text, other) => (named.has(other) ? text : other));
  const glossaryUses = (shards[0]?.glossaryUses ?? []).map((_, e) => shards.flatMap((s) => s.glossaryUses[e] ?? []));
  return { passages: index, corrector: Corrector.build(surface, index), glossaryUses };
};

/**
 * Analyses every passage once, indexes the passages with MiniSearch and builds the EngineIndex from
 * it. `passages` are the corpus's passages in document order.
 */
export const buildEngineIndex = (corpus: Corpus, passages: readonly Passage[], analyzer: Analyzer): EngineIndex =>
  mergeEngineIndex([indexShard(corpus.glossary, passages, 0, analyzer)], analyzer);
