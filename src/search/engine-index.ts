import type { Corpus, Passage } from '../content/types.js';
import type { Analyzer, Span } from './analyzer.js';
import { Corrector } from './corrector.js';
import { compileSearch, createPassageSearch } from './minisearch-index.js';
import type { PassageIndex } from './passage-index.js';

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

/**
 * Analyses every passage once (section titles and glossary context once per distinct text),
 * indexes the passages with MiniSearch and builds the EngineIndex from it. `passages` are the corpus's passages in document order.
 */
export const buildEngineIndex = (corpus: Corpus, passages: readonly Passage[], analyzer: Analyzer): EngineIndex => {
  const conceptOf = corpus.glossary.map((e) => analyzer.conceptOf(e.term));
  const entriesOf = new Map<string, number[]>();
  conceptOf.forEach((concept, i) => {
    if (concept !== undefined) entriesOf.set(concept, [...(entriesOf.get(concept) ?? []), i]);
  });
  const glossaryUses: number[][] = corpus.glossary.map(() => []);
  const surface = new Map<string, readonly string[]>();
  const titles = new Map<string, { spans: Span[]; terms: readonly string[] }>();
  const contexts = new Map<string, readonly string[]>();
  const search = createPassageSearch();
  const textTerms: string[] = [];

  passages.forEach((passage, id) => {
    const spans = analyzer.analyze(passage.text);
    textTerms.length = 0;
    const named = new Set<number>();
    for (const span of spans) {
      for (const t of span.terms) textTerms.push(t);
      if (!span.named) {
        if (span.terms.length > 0) surface.set(span.word, span.terms);
        continue;
      }
      for (const t of span.terms) for (const e of entriesOf.get(t) ?? []) named.add(e);
    }
    const used = [...named].sort((a, b) => a - b);
    for (const e of used) glossaryUses[e]?.push(id);
    const context = used.map((e) => corpus.glossary[e]?.definition ?? '').join(' ');
    let contextTerms = contexts.get(context);
    if (!contextTerms) contexts.set(context, (contextTerms = analyzer.terms(context)));
    let title = titles.get(passage.sectionTitle);
    if (!title) {
      const titleSpans = analyzer.analyze(passage.sectionTitle);
      titles.set(passage.sectionTitle, (title = { spans: titleSpans, terms: titleSpans.flatMap((s) => s.terms) }));
    }
    // Keywords count as the section title does: words for what the paragraph is about, not its text.
    const titleTerms = passage.keywords ? [...title.terms, ...analyzer.terms(passage.keywords)] : title.terms;
    search.add({ id, text: textTerms.join(' '), title: titleTerms.join(' '), context: contextTerms.join(' ') });
  });
  // Titles after texts: a word's last use decides its terms ("risk" alone, or in "de-risking").
  for (const passage of passages) {
    for (const span of titles.get(passage.sectionTitle)?.spans ?? []) if (!span.named && span.terms.length > 0) surface.set(span.word, span.terms);
  }
  // Names too ("japn" → Japan, "pyongyan" → the DPRK), whether the content writes them or an alias.
  for (const [word, concept] of analyzer.oneWordNames) if (!surface.has(word)) surface.set(word, [concept]);
  const index = compileSearch(search);
  return { passages: index, corrector: Corrector.build(surface, index), glossaryUses };
};
