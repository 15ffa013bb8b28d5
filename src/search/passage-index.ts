import MiniSearch from 'minisearch';
import type { Analyzer } from './analyzer.js';

/** What the index holds for one passage: its text, its section title and context (glossary definitions). */
export interface IndexedPassage {
  readonly id: number;
  readonly text: string;
  readonly title: string;
  readonly context: string;
}

/** A query term and how much it counts (1 for the question's own words, less for related words). */
export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

/** Field weights: a passage's own words count most; its section title locates it; context only nudges. */
export const FIELD_BOOST = { text: 1, title: 0.6, context: 0.15 } as const;

/**
 * The one place MiniSearch is used. Terms are produced by the Analyzer (tokenising, stemming,
 * stop words, names) for documents and queries alike. The index is immutable once built:
 * a reindex builds a new one and swaps the reference.
 */
export class PassageIndex {
  private readonly search: MiniSearch<IndexedPassage>;
  /** Document frequency of every term in the `text` and `title` fields. */
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly size: number;

  constructor(analyzer: Analyzer, passages: readonly IndexedPassage[]) {
    this.search = new MiniSearch<IndexedPassage>({
      fields: ['text', 'title', 'context'],
      tokenize: (text) => analyzer.terms(text),
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => text.split(' ').filter(Boolean), processTerm: (term) => term },
    });
    this.search.addAll(passages);
    const vocabulary = new Map<string, number>();
    for (const p of passages) {
      for (const term of new Set([...analyzer.terms(p.text), ...analyzer.terms(p.title)])) {
        vocabulary.set(term, (vocabulary.get(term) ?? 0) + 1);
      }
    }
    this.vocabulary = vocabulary;
    this.size = passages.length;
  }

  get termCount(): number {
    return this.search.termCount;
  }

  /**
   * Each term's matches on its own: passage id → BM25 score (with the field boosts) and the fields
   * it matched. Scoring terms apart lets the engine take the best of a word's synonyms instead of their sum.
   */
  scoreTerms(terms: readonly string[]): Map<string, Map<number, TermMatch>> {
    const out = new Map<string, Map<number, TermMatch>>();
    for (const term of new Set(terms)) {
      const matches = new Map<number, TermMatch>();
      for (const r of this.search.search(term, { boost: FIELD_BOOST, fuzzy: false, prefix: false })) {
        matches.set(r.id as number, { score: r.score, fields: r.match[term] ?? [] });
      }
      out.set(term, matches);
    }
    return out;
  }
}

export interface TermMatch {
  readonly score: number;
  readonly fields: readonly string[];
}
