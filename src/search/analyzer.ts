import { stemmer } from 'stemmer';
import { GAZETTEER } from './gazetteer.js';
import { americanSpelling, SPELLING_TABLES } from './spelling.js';
import { STOP_PHRASES, STOP_WORDS } from './stop-words.js';
import { BASE_FORMS, OWN_STEMS, PHRASAL_VERBS } from './word-forms.js';
import { HASH_START, hashOf, hashWith, WordTable } from './word-table.js';

/**
 * The word lists (and spelling tables) the analyzer indexes with: a stored index made with other lists is stale even at
 * the same engine version (see indexKey), so editing a list needs no version bump.
 */
export const ANALYZER_TABLES = JSON.stringify([GAZETTEER, [...STOP_WORDS], STOP_PHRASES, [...BASE_FORMS], [...OWN_STEMS], [...PHRASAL_VERBS], SPELLING_TABLES]);

/** What starts the concept term of a glossary entry ("=ipef"), which no word's stem does. */
const GLOSSARY_MARK = '=';
/** Whether an index term is a glossary entry's concept (not a place or leader of the gazetteer, nor a word). */
export const isGlossaryTerm = (term: string): boolean => term.startsWith(GLOSSARY_MARK);

/** A run of text and the index terms it stands for (empty for stop words). */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly terms: readonly string[];
  /** The words as written, lower-cased (for suggestions and coverage). */
  readonly word: string;
  /** True when the span is a named thing (gazetteer or glossary name), not a plain word. */
  readonly named: boolean;
  /** Written with a capital letter (a name the lexicon may not know: "Brexit"). */
  readonly capitalised?: boolean;
}

/** A set of names meaning one thing, e.g. a glossary term with its aliases. */
export interface NameGroup {
  readonly names: readonly string[];
  /** Whether a multi-word name keeps its own words as terms too (glossary phrases) or is replaced (places). */
  readonly keepWords: boolean;
}

interface Token {
  readonly capitalised: boolean;
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly stem: string;
  readonly extra?: string;
  /** The word as written, remembered with its span's terms (a word that is one token). */
  readonly known?: KnownWord;
}

interface PhraseNode {
  readonly next: Map<string, PhraseNode>;
  canonical?: string;
  keepWords?: boolean;
  /** The end of a stop phrase ("on the other hand"): its words match nothing. */
  stop?: boolean;
  /** The end of a phrasal verb ("put forward"): its words are one word's, this stem ("unveil"). */
  verb?: string;
}

/** Enough for the vocabulary of a large library; beyond it the memo starts again. */
const STEM_CACHE = 500_000;
/** Texts up to this length have their terms remembered. */
const SHORT_TEXT = 40;
const WORD = /[\p{L}\p{N}]+(?:['\u2019.&-][\p{L}\p{N}]+)*/gu;

const NON_ASCII = /[^\x00-\x7f]/;
/** Prefixes that are no word alone, written with a hyphen ("co-operation", "non-nuclear", "post-war"). */
const BOUND_PREFIXES: ReadonlySet<string> = new Set(['co', 'pre', 'post', 'non', 'un', 'multi', 'sub', 'semi', 'mid', 'inter', 'intra', 'trans', 'quasi', 'neo', 'bi', 'tri', 'mis']);

/** Case folding, typographic quotes and dashes made plain, accents dropped from Latin letters. */
export const normalize = (text: string): string => plain(text.normalize('NFKC'));

/** Latin letters with accents, one code unit each: their plain letter, one code unit too (offsets stay). */
const ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const unaccented = new Map<string, string>();
/** "é" → "e", "Ñ" → "N"; a letter without a plain one ("ø", "ß", "æ") stays. */
const unaccent = (c: string): string => {
  let plainLetter = unaccented.get(c);
  if (plainLetter === undefined) {
    const base = c.normalize('NFD').charAt(0);
    plainLetter = base !== c && /[A-Za-z]/.test(base) ? base : c;
    unaccented.set(c, plainLetter);
  }
  return plainLetter;
};

/** `normalize` of text already in NFKC: also accents dropped from Latin letters ("communiqué" is "communique"). */
const plain = (nfkc: string): string =>
  !NON_ASCII.test(nfkc)
    ? nfkc.toLowerCase()
    : nfkc
        .replace(/[\u2018\u2019\u02BC]/g, "'")
        .replace(/[\u201C\u201D]/g, '"')
        .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
        .replace(ACCENTED, unaccent)
        .toLowerCase();

const NO_TERMS: readonly string[] = Object.freeze([]);
const single = new Map<string, readonly string[]>();
/** A span's terms when it is one stem, shared between spans (they are read-only). */
const oneTerm = (stem: string): readonly string[] => {
  let terms = single.get(stem);
  if (!terms) {
    if (single.size >= STEM_CACHE) single.clear();
    single.set(stem, (terms = Object.freeze([stem])));
  }
  return terms;
};

const stems = new Map<string, string>();
/** Stemming is the costliest step of indexing, and words repeat (Zipf): each is stemmed once. */
const stemWord = (word: string): string => {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = /^\d/.test(word) ? word : (OWN_STEMS.get(word) ?? stemmer(americanSpelling(BASE_FORMS.get(word) ?? word)));
    // Porter makes "used", "uses", "using" "us", which is the United States here.
    if (stem === 'us' && word !== 'us') stem = 'use';
    if (stems.size >= STEM_CACHE) stems.clear();
    stems.set(word, stem);
  }
  return stem;
};

/** A word as written that is one token, its stem and its span's terms. */
interface KnownWord {
  readonly word: string;
  readonly stem: string;
  readonly terms: readonly string[];
  /** The id of the last Vocabulary that recorded the word with these terms and has not recorded it otherwise since (0: none; set from the start, so that every remembered word has one shape). */
  recordedIn: number;
}
const known = new WordTable<KnownWord>();

let vocabularies = 0;
/**
 * The words of the texts analysed with it (`Analyzer.analyze(text, vocabulary)`), as written, each with its
 * span's terms at its last use; not stop words, nor the words of names. Most words are one token remembered
 * with their terms: such a word is recorded once (the mark on it says so), not looked up again at each use.
 */
export class Vocabulary {
  /** Word as written → its terms at its last use. */
  readonly words = new Map<string, readonly string[]>();
  /** An id, not a reference, marks a remembered word: the memo would otherwise keep the last vocabulary alive. */
  private readonly id = ++vocabularies;

  /** Records a word's token with its span's terms (the analyzer does, for each word span of a text analysed with it). */
  record(t: Token, terms: readonly string[]): void {
    if (t.known !== undefined) {
      if (t.known.recordedIn === this.id) return;
      this.words.set(t.word, terms);
      t.known.recordedIn = this.id;
      return;
    }
    if (this.words.get(t.word) === terms) return;
    this.words.set(t.word, terms);
    // Recorded with other terms: the remembered word, if any, is to be recorded again at its next use.
    const remembered = known.get(t.word);
    if (remembered !== undefined) remembered.recordedIn = 0;
  }
}

/** The terms of a word's span: none for a stop word, else its stem (and a hyphenated pair's joined stem). */
const wordTerms = (word: string, stem: string, extra?: string): readonly string[] => (STOP_WORDS.has(word) || word.length < 2 ? NO_TERMS : extra ? [stem, extra] : oneTerm(stem));

const ACRONYM = /^(?:[a-z]\.)+[a-z]?$/;

/** Whether the character at `i` is an upper-case letter. */
const capitalAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text.charAt(i));
};

/** Whether a code unit is one the words of ASCII text are made of (`[a-z0-9]`, the text being lower case). */
const isAsciiWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** Whether a code unit joins two runs of them into one word: ' . & - */
const isJoiner = (c: number): boolean => c === 39 || c === 46 || c === 38 || c === 45;

/**
 * Splits text into word tokens with their stems; hyphenated words give their parts plus the joined word.
 * ASCII text (most text, once normalised) is read code unit by code unit, each word's hash computed as
 * it is read, so that a remembered word is found with no string made for it (see WordTable).
 */
const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  const original = text.normalize('NFKC');
  const lower = plain(original);
  const sameLength = original.length === lower.length;
  if (NON_ASCII.test(lower)) {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) addToken(tokens, original, lower, sameLength, m.index, m.index + m[0].length, hashOf(m[0]));
    return tokens;
  }
  // /[a-z0-9]+(?:['.&-][a-z0-9]+)*/g read by hand: a run of [a-z0-9], then any number of joiners each followed by a run.
  const length = lower.length;
  for (let i = 0; i < length; ) {
    if (!isAsciiWordCode(lower.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    let hash = HASH_START;
    for (;;) {
      for (let c = lower.charCodeAt(i); isAsciiWordCode(c); c = lower.charCodeAt(++i)) hash = hashWith(hash, c);
      const joiner = lower.charCodeAt(i);
      if (!isJoiner(joiner) || !isAsciiWordCode(lower.charCodeAt(i + 1))) break;
      hash = hashWith(hash, joiner);
      i += 1;
    }
    addToken(tokens, original, lower, sameLength, start, i, hash);
  }
  return tokens;
};

/** Adds the token(s) of the word `lower.slice(start, end)` (`hash` its hashOf) to `tokens`. */
const addToken = (tokens: Token[], original: string, lower: string, sameLength: boolean, start: number, end: number, hash: number): void => {
  const capitalised = sameLength && capitalAt(original, start);
  // Words repeat (Zipf): one look-up for most tokens instead of the checks, stemming and terms below.
  const seen = known.find(lower, start, end, hash);
  if (seen !== undefined) {
    tokens.push({ capitalised, start, end, word: seen.word, stem: seen.stem, known: seen });
    return;
  }
  const raw = lower.slice(start, end);
  let word = raw.endsWith("'") || raw.endsWith("'s") ? raw.replace(/'s?$/, '') : raw;
  // Contractions and compounds that are stop words ("don't", "op-ed") are one word, not "don" and "t".
  if (!/[-.&']/.test(word) || STOP_WORDS.has(word)) {
    const stem = stemWord(word);
    let remembered: KnownWord | undefined;
    if (word === raw) {
      if (known.size >= STEM_CACHE) known.clear();
      known.set((remembered = { word: raw, stem, terms: wordTerms(word, stem), recordedIn: 0 }), hash);
    }
    tokens.push({ capitalised, start, end, word, stem, ...(remembered ? { known: remembered } : {}) });
    return;
  }
  if (ACRONYM.test(word)) word = word.replace(/\./g, ''); // U.S. → us
  const parts = word.split(/[-.&']/).filter(Boolean);
  if (parts.length === 1) {
    tokens.push({ capitalised, start, end, word, stem: stemWord(word) });
    return;
  }
  let offset = start;
  parts.forEach((part, i) => {
    const at = lower.indexOf(part, offset);
    offset = at + part.length;
    // A bound prefix ("co-operation", "pre-existing") is no word of its own: the joined word and the rest stand for it.
    if (i === 0 && parts.length === 2 && BOUND_PREFIXES.has(part)) return;
    const extra = parts.length === 2 && i === 1 ? stemWord(parts.join('')) : undefined;
    // Each part as written: "Cold War-style" capitalises "War", not "style".
    tokens.push({ capitalised: sameLength && capitalAt(original, at), start: at, end: offset, word: part, stem: stemWord(part), ...(extra ? { extra } : {}) });
  });
};

const slug = (name: string) => normalize(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/** Countries' one-word names, in lower case, that join a hyphenated list of countries ("China-Japan-ROK"). */
const COUNTRY_WORDS = new Set([...GAZETTEER.flat().filter((name) => !/\s/.test(name)).map((name) => name.toLowerCase()), 'korea']);

/**
 * A name and, when it opens with a hyphenated list of two to four countries ("China-Japan-ROK cooperation"), the same
 * name with them in every other order ("Japan-China-ROK cooperation", "ROK-Japan-China cooperation"): readers name
 * the three in any order.
 */
export const reorderings = (name: string): string[] => {
  const [first = '', ...rest] = name.split(' ');
  const parts = first.split('-');
  if (parts.length < 2 || parts.length > 4 || !parts.every((part) => COUNTRY_WORDS.has(part.toLowerCase()))) return [name];
  const orders = (items: readonly string[]): string[][] => (items.length <= 1 ? [[...items]] : items.flatMap((item, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((order) => [item, ...order])));
  return orders(parts).map((order) => [order.join('-'), ...rest].join(' '));
};

/**
 * Turns text into index terms, the one definition of tokenising, stemming, stop words and
 * name matching shared by the index and the questions. Names in a group (the gazetteer and the
 * glossary) map to one concept term, so "South Korea", "Seoul" and "ROK" match each other.
 */
export class Analyzer {
  private readonly root: PhraseNode = { next: new Map() };
  private readonly groupOf = new Map<string, number>();
  private readonly canonicals: string[] = [];
  private readonly termsOf = new Map<string, readonly string[]>();
  /** One-word names as written (lower case) and the concept term of each: "seoul" → rok. For typo correction. */
  readonly oneWordNames = new Map<string, string>();

  constructor(groups: readonly NameGroup[]) {
    // Union the groups that share a name, so the glossary's DPRK and the gazetteer's North Korea are one.
    const all: NameGroup[] = [...GAZETTEER.map((names) => ({ names, keepWords: false })), ...groups.map((g) => ({ ...g, names: g.names.flatMap(reorderings) }))];
    const parent = all.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
    const owner = new Map<string, number>();
    all.forEach((g, i) => {
      for (const name of g.names) {
        const key = this.phraseKey(name);
        if (!key) continue;
        const other = owner.get(key);
        if (other === undefined) owner.set(key, i);
        else parent[find(i)] = find(other);
      }
    });
    const canonicalOf = new Map<number, string>();
    all.forEach((g, i) => {
      const root = find(i);
      if (!canonicalOf.has(root)) {
        const first = all[root]?.names[0] ?? g.names[0] ?? '';
        const gazetteer = root < GAZETTEER.length;
        canonicalOf.set(root, gazetteer ? slug(first).replace(/-/g, '') : `${GLOSSARY_MARK}${slug(first)}`);
      }
    });
    all.forEach((g, i) => {
      const canonical = canonicalOf.get(find(i)) ?? '';
      const keepWords = find(i) >= GAZETTEER.length && g.keepWords;
      for (const name of g.names) this.addPhrase(name, canonical, keepWords);
    });
    for (const phrase of STOP_PHRASES) this.addStopPhrase(phrase);
    for (const [phrase, verb] of PHRASAL_VERBS) {
      const node = this.pathTo(tokenize(phrase).map((t) => t.stem));
      if (node.canonical === undefined) node.verb = stemWord(verb);
    }
  }

  private phraseKey(name: string): string {
    return tokenize(name).map((t) => t.stem).join(' ');
  }

  private addPhrase(name: string, canonical: string, keepWords: boolean) {
    const tokens = tokenize(name);
    const stems = tokens.map((t) => t.stem);
    if (stems.length === 0) return;
    if (tokens.length === 1 && tokens[0]) this.oneWordNames.set(tokens[0].word, canonical);
    const node = this.pathTo(stems);
    node.canonical = canonical;
    node.keepWords = keepWords && stems.length > 1;
    if (!this.groupOf.has(canonical)) {
      this.groupOf.set(canonical, this.canonicals.length);
      this.canonicals.push(canonical);
    }
  }

  /** A phrase whose words match nothing, unless a name ends there too. */
  private addStopPhrase(phrase: string) {
    const node = this.pathTo(tokenize(phrase).map((t) => t.stem));
    if (node.canonical === undefined) node.stop = true;
  }

  /** The phrase trie's node for these stems, made as needed. */
  private pathTo(stems: readonly string[]): PhraseNode {
    let node = this.root;
    for (const stem of stems) {
      let child = node.next.get(stem);
      if (!child) node.next.set(stem, (child = { next: new Map() }));
      node = child;
    }
    return node;
  }

  /** The concept term a name stands for (`"North Korea"` → `dprk`), if it is a known name. */
  conceptOf(name: string): string | undefined {
    const spans = this.analyze(name);
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    return spans.find((s) => s.named && s.start === start && s.end === end)?.terms[0];
  }

  /** Spans of `text` with their terms, names matched longest first; its words recorded in `vocabulary`, if given. */
  analyze(text: string, vocabulary?: Vocabulary): Span[] {
    const tokens = tokenize(text);
    const spans: Span[] = [];
    this.scan(tokens, 0, tokens.length, spans, Infinity, vocabulary);
    return spans;
  }

  /** Matches names in tokens[from, to); a glossary phrase keeps its words, themselves matched for names. */
  private scan(tokens: readonly Token[], from: number, to: number, spans: Span[], maxLength: number, vocabulary: Vocabulary | undefined): void {
    for (let i = from; i < to; ) {
      let node: PhraseNode | undefined = this.root;
      let match: { length: number; node: PhraseNode } | undefined;
      for (let j = i; j < to && j - i < maxLength && node; j++) {
        node = node.next.get(tokens[j]?.stem ?? '');
        if (node?.canonical || node?.stop || node?.verb) match = { length: j - i + 1, node };
      }
      if (!match) {
        spans.push(this.wordSpan(tokens[i] as Token, vocabulary));
        i += 1;
        continue;
      }
      const words = tokens.slice(i, i + match.length);
      if (match.node.stop || match.node.verb) {
        const terms = match.node.verb ? oneTerm(match.node.verb) : NO_TERMS;
        spans.push({ start: (words[0] as Token).start, end: (words.at(-1) as Token).end, terms, word: words.map((t) => t.word).join(' '), named: false });
        i += match.length;
        continue;
      }
      if (match.node.keepWords) this.scan(tokens, i, i + match.length, spans, match.length - 1, vocabulary);
      spans.push({
        start: (words[0] as Token).start,
        end: (words.at(-1) as Token).end,
        terms: [match.node.canonical as string],
        word: words.map((t) => t.word).join(' '),
        named: true,
        capitalised: (words[0] as Token).capitalised,
      });
      i += match.length;
    }
  }

  private wordSpan(t: Token, vocabulary: Vocabulary | undefined): Span {
    const terms = t.known?.terms ?? wordTerms(t.word, t.stem, t.extra);
    if (vocabulary !== undefined && terms.length > 0) vocabulary.record(t, terms);
    return { start: t.start, end: t.end, terms, word: t.word, named: false, capitalised: t.capitalised };
  }

  /** All index terms of `text`, in order. Short texts (a word, a name) are remembered: questions repeat them. */
  terms(text: string): readonly string[] {
    if (text.length > SHORT_TEXT) return this.analyze(text).flatMap((s) => s.terms);
    let terms = this.termsOf.get(text);
    if (!terms) {
      if (this.termsOf.size >= STEM_CACHE) this.termsOf.clear();
      this.termsOf.set(text, (terms = Object.freeze(this.analyze(text).flatMap((s) => s.terms))));
    }
    return terms;
  }
}
