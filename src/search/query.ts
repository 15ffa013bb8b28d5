import type { Lexicon } from '../lexicon/lexicon.js';
import type { Analyzer, Span } from './analyzer.js';
import type { Corrector } from './corrector.js';
import type { PassageIndex, Vocabulary, WeightedTerm } from './passage-index.js';

/** One piece of information in a question (a word or a name) and the terms that can match it. */
export interface Concept {
  readonly span: Span;
  /** The concept's own terms (weight 1), typo corrections, then related words (lower weights). */
  readonly terms: readonly WeightedTerm[];
  /** How much the concept counts towards coverage: rare terms count more; 0 for words inside a name. */
  readonly weight: number;
  /** For a concept the content never uses: what kind of word it is (see UNKNOWN_SHARE). */
  readonly unknown?: UnknownKind;
}

export type UnknownKind = keyof typeof UNKNOWN_SHARE;

export const WEIGHT = {
  /** Words inside a glossary phrase also in the question ("supply" in "supply chain resilience"). */
  inside: 0.5,
  correction: 0.8,
  thesaurus: 0.5,
  lexicon: 0.45,
} as const;

/**
 * How much a word the content never uses counts against answering, by kind: a name ("Kishida") is
 * who or what the question is about, and the content names no such one; a concrete thing
 * ("sushi", "population", "weather") is what the question is about; an idea ("purpose", "election",
 * "earthquake") or a word no dictionary knows ("genshin") is the reader's own framing as often as what
 * the question is about; a verb or adjective ("kicked", "bigger") is a manner of asking.
 */
const UNKNOWN_SHARE = { name: 1.5, thing: 1, idea: 0.5, other: 0.25 } as const;

/** A concept the content never uses, read as another kind of word: its weight as that kind's. */
export const asKind = (c: Concept, kind: UnknownKind): Concept =>
  c.unknown === undefined || c.unknown === kind ? c : { ...c, unknown: kind, weight: (c.weight * UNKNOWN_SHARE[kind]) / UNKNOWN_SHARE[c.unknown] };

/**
 * Everyday words ("time", "good", "help") say little about which passage answers a question,
 * however rare they are in a small corpus: weight falls with their frequency in general English.
 */
const specificity = (frequency: number) => 1 / (1 + Math.max(0, Math.log10(1 + frequency) - 1) / 1.5);

export interface QueryContext {
  readonly analyzer: Analyzer;
  readonly index: PassageIndex;
  /** Query word stem → related stems from the thesaurus. */
  readonly related: ReadonlyMap<string, ReadonlySet<string>>;
  readonly lexicon: Lexicon;
  readonly corrector: Corrector;
  /**
   * What a span became before, by everything it depends on: questions reuse their words, and a
   * word's corrections, synonyms and weight depend only on the word and the engine.
   */
  readonly memo?: Map<string, Omit<Concept, 'span'>>;
}

/** Entries the concept memo keeps before starting again. */
const MEMO_SIZE = 20_000;

/**
 * Turns a question's spans into concepts: each word or name with what may match it, weighted by
 * how much it tells (inverse document frequency). A word the content never uses gets its typo
 * corrections, the thesaurus's related words and the lexicon's synonyms that the content does use.
 */
export const conceptsOf = (spans: readonly Span[], ctx: QueryContext): Concept[] => {
  const { index } = ctx;
  const vocabulary = index.vocabulary;
  const n = index.size;
  const idf = (df: number) => Math.log(1 + (n + 1) / (df + 0.5));
  const names = spans.filter((s) => s.named && s.terms.length > 0);
  // A word English does not know that is one letter from the content's ("Camp Davd") is a typo, not a name.
  const typo = (word: string) => !ctx.lexicon.knows(word) && ctx.corrector.correct(word).length > 0;
  const titled = inTitledNames(spans, (t) => vocabulary.has(t) || ctx.related.has(t), typo);
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  spans.forEach((span, i) => {
    if (span.terms.length === 0) return;
    const key = span.terms.join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    // A word, or a shorter name, inside a name the question also uses ("Taiwan" in "the Taiwan Strait") is counted with it.
    const inside = names.some((c) => c !== span && c.start <= span.start && c.end >= span.end && (!span.named || (c.end - c.start > span.end - span.start && c.terms.join(' ') !== key)));
    const last = i === spans.length - 1;
    if (titled.has(span)) {
      // A word of a proper name the content never uses ("the Special Measures Agreement"): who or what the question is about, not its dictionary sense.
      concepts.push({ span, terms: span.terms.map((term) => ({ term, weight: 1 })), weight: idf(0) * UNKNOWN_SHARE.name, unknown: 'name' });
      return;
    }
    const memoKey = `${span.named ? 1 : 0}${inside ? 1 : 0}${last ? 1 : 0}${span.capitalised ? 1 : 0}${span.word}\0${key}`;
    const remembered = ctx.memo?.get(memoKey);
    if (remembered) {
      concepts.push({ span, ...remembered });
      return;
    }
    const terms: WeightedTerm[] = span.terms.map((term) => ({ term, weight: inside ? WEIGHT.inside : 1 }));
    const add = (term: string, weight: number) => {
      if (vocabulary.has(term) && !terms.some((t) => t.term === term)) terms.push({ term, weight });
    };
    const known = span.terms.some((t) => vocabulary.has(t));
    /** The word as English spells it: the question's, or the lexicon's nearest when it is a typo of a word the content does not use. */
    let word = span.word;
    let ownTerms = span.terms;
    // Only a word that is not English is a typo to correct; "thanks" is not a misspelt "think", nor 2024 a misspelt 2022,
    // nor a word of the thesaurus ("govts") a misspelt English one ("goats").
    if (!known && !span.named && !/^\d/.test(span.word) && !ctx.lexicon.knows(span.word) && !span.terms.some((t) => ctx.related.has(t))) {
      for (const fix of ctx.corrector.correct(span.word)) add(fix, WEIGHT.correction);
      if (last) for (const c of ctx.corrector.complete(span.word)) add(c, WEIGHT.correction);
      const spelt = terms.length === span.terms.length ? lexiconSpelling(span.word, ctx.lexicon) : undefined;
      if (spelt) {
        word = spelt;
        ownTerms = ctx.analyzer.terms(spelt);
        for (const t of ownTerms) add(t, WEIGHT.correction);
      }
    }
    // An adverb the stemmer leaves whole ("militarily" is not "military") reads as its adjective, and so does a
    // comparative ("safer", "riskier"), unless the lexicon knows the word as a noun ("closer", "longer").
    const adjective = known || span.named ? undefined : (adjectiveOf(word, vocabulary, ctx.analyzer) ?? (ctx.lexicon.nounKindOf(word) === undefined ? positiveOf(word, vocabulary, ctx.analyzer) : undefined));
    if (adjective) {
      ownTerms = [...ownTerms, ...adjective];
      for (const t of adjective) add(t, WEIGHT.correction);
    }
    for (const t of ownTerms) for (const r of ctx.related.get(t) ?? []) add(r, WEIGHT.thesaurus);
    // A concrete thing's WordNet relatives are other things or verbs ("server" → "serve"), not the same thing;
    // a word the thesaurus knows is read in the domain's sense ("last" is to endure, not WordNet's "conclusion").
    if (!known && !span.named && ctx.lexicon.kindOf(word) !== 'thing' && !ownTerms.some((t) => ctx.related.has(t))) {
      // Not a relative that is a name ("best" → "trump", to beat, is not Trump).
      for (const w of ctx.lexicon.related(word)) for (const s of ctx.analyzer.analyze(w)) if (!s.named) for (const t of s.terms) add(t, WEIGHT.lexicon);
    }
    const matchable = terms.filter((t) => vocabulary.has(t.term));
    const df = Math.max(0, ...matchable.map((t) => vocabulary.get(t.term) ?? 0));
    let weight: number;
    let unknown: UnknownKind | undefined;
    if (inside) weight = 0;
    else if (matchable.length > 0) weight = idf(df);
    else if (span.named) {
      // A name the content never mentions weighs as an unknown capitalised word does: who the question is about.
      weight = idf(0) * UNKNOWN_SHARE.name;
      unknown = 'name';
    } else {
      // A respelling that the content does not use either ("ramen" → "amen") says nothing of what the word is.
      word = span.word;
      unknown = /^\d/.test(word) ? 'thing' : (ctx.lexicon.kindOf(word) ?? (span.capitalised ? 'name' : 'idea'));
      // In a question "picking", "overlapping" are acts (verbs, gerunds), whatever noun WordNet also lists.
      if (unknown === 'thing' && word.endsWith('ing') && word.length > 5) unknown = 'idea';
      // … and "hosted", "funded" are deeds, not the things WordNet files their stems under.
      else if (unknown === 'thing' && word.endsWith('ed') && word.length > 5) unknown = 'other';
      weight = idf(0) * UNKNOWN_SHARE[unknown];
    }
    const made = { terms, weight: span.named ? weight : weight * specificity(ctx.lexicon.frequency(word)), ...(unknown ? { unknown } : {}) };
    if (ctx.memo) {
      if (ctx.memo.size >= MEMO_SIZE) ctx.memo.clear();
      ctx.memo.set(memoKey, made);
    }
    concepts.push({ span, ...made });
  });
  return concepts;
};

/** Words that make a place of a known one ("East Asia", "Southeast Asia"), not a name of their own. */
const PLACE_WORDS = new Set(['east', 'west', 'north', 'south', 'central', 'eastern', 'western', 'northern', 'southern', 'northeast', 'northwest', 'southeast', 'southwest', 'greater', 'upper', 'lower', 'new', 'old']);

const NO_SPANS: ReadonlySet<Span> = new Set();

/** Small words inside a proper name ("Commitment to Consult", "Framework for Prosperity"). */
const NAME_LINKS = new Set(['of', 'for', 'to', 'and', 'on', 'the', 'de']);

/**
 * The words of a question's proper names that the content never uses: runs of two or more words
 * written with capitals ("the Special Measures Agreement", "the Nuclear Consultative Group"), small
 * words allowed between them, past the question's first word. A capitalised word neither the
 * content nor the thesaurus knows is then part of a name, whatever the dictionary says ("Declaration", "Measures").
 * Not in a question written in title case or all in capitals, where capitals say nothing.
 */
const inTitledNames = (spans: readonly Span[], known: (term: string) => boolean, typo: (word: string) => boolean): ReadonlySet<Span> => {
  // Most questions have no two capitalised words past the first: nothing to look at.
  let capitals = 0;
  for (const s of spans) if (s.capitalised) capitals += 1;
  if (capitals < 3) return NO_SPANS;
  const found = new Set<Span>();
  const ordered = spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start)).sort((a, b) => a.start - b.start);
  const first = ordered[0];
  // Title case ("What Did The …") capitalises small words too; capitals mark names only where they do not.
  const small = ordered.filter((s) => s !== first && s.terms.length === 0 && !s.named && /^\p{L}{2,}$/u.test(s.word));
  if (small.length > 0 && small.filter((s) => s.capitalised).length * 2 >= small.length) return found;
  let run: Span[] = [];
  const close = () => {
    // Two words of its own at least: "the Democratic White House" is a place described, not a name.
    const own = run.filter((s) => s.capitalised && !s.named && s.terms.length > 0);
    if (own.length >= 2) for (const s of own) if (!s.terms.some(known) && !typo(s.word) && !PLACE_WORDS.has(s.word)) found.add(s);
    run = [];
  };
  for (const span of ordered) {
    if (span.capitalised && span !== first) run.push(span);
    else if (run.length > 0 && NAME_LINKS.has(span.word)) run.push(span);
    else close();
  }
  close();
  return found;
};

/**
 * The terms of the adjective an adverb comes from, when the content uses them and the stemmer does
 * not already join the two: "militarily" → military, "directly" → direct; undefined otherwise.
 */
export const adjectiveOf = (word: string, vocabulary: Vocabulary, analyzer: Analyzer): readonly string[] | undefined => {
  if (word.length < 6 || !word.endsWith('ly')) return undefined;
  const bases = word.endsWith('ily') ? [`${word.slice(0, -3)}y`] : [word.slice(0, -2), `${word.slice(0, -2)}e`];
  for (const base of bases) {
    const terms = analyzer.terms(base);
    if (terms.length > 0 && terms.every((t) => vocabulary.has(t))) return terms;
  }
  return undefined;
};

/**
 * The terms of the adjective a comparative or superlative is made of ("safer" → safe, "riskier" →
 * risky, "biggest" → big), when the content uses it; the stemmer leaves those forms whole.
 */
export const positiveOf = (word: string, vocabulary: Vocabulary, analyzer: Analyzer): readonly string[] | undefined => {
  const m = /^([a-z]{2,}?)(er|est)$/.exec(word);
  if (!m || word.length < 5) return undefined;
  const stem = m[1] as string;
  const bases = [`${stem}e`, stem];
  if (stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`);
  if (stem.length > 3 && stem.at(-1) === stem.at(-2)) bases.push(stem.slice(0, -1));
  for (const base of bases) {
    const terms = analyzer.terms(base);
    if (terms.length > 0 && terms.every((t) => vocabulary.has(t))) return terms;
  }
  return undefined;
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The most common English word one edit away from `word` ("economicaly" → "economically"), for
 * typos of words the content itself does not use; undefined when none or `word` is short.
 */
export const lexiconSpelling = (word: string, lexicon: Lexicon): string | undefined => {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return undefined;
  let best: { word: string; frequency: number } | undefined;
  const may = lexicon.editsMayKnow?.(word) ?? (() => true);
  const consider = (candidate: string) => {
    if (candidate === word || lexicon.mayKnow?.(candidate) === false || !(lexicon.isWord?.(candidate) ?? lexicon.knows(candidate))) return;
    const frequency = lexicon.frequency(candidate);
    if (!best || frequency > best.frequency) best = { word: candidate, frequency };
  };
  const n = word.length;
  // Most edits of a word no one spells are no word either: the lexicon rules out whole runs of them unmade.
  for (let i = 0; i <= n; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (may(i, n + 1)) for (const c of LETTERS) consider(head + c + tail);
    if (i === n) break;
    if (may(i, n - 1)) consider(head + tail.slice(1));
    if (may(i, n)) {
      for (const c of LETTERS) consider(head + c + tail.slice(1));
      if (i + 1 < n) consider(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
    }
  }
  return best?.word;
};
