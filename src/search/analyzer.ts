import { stemmer } from 'stemmer';
import { GAZETTEER } from './gazetteer.js';
import { americanSpelling } from './spelling.js';
import { STOP_WORDS } from './stop-words.js';

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
}

interface PhraseNode {
  readonly next: Map<string, PhraseNode>;
  canonical?: string;
  keepWords?: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019.&-][\p{L}\p{N}]+)*/gu;

/** Case folding, typographic quotes and dashes made plain. */
export const normalize = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
    .toLowerCase();

const stemWord = (word: string): string => (/^\d/.test(word) ? word : stemmer(americanSpelling(word)));

/** Splits text into word tokens with their stems; hyphenated words give their parts plus the joined word. */
const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  const lower = normalize(text);
  const original = text.normalize('NFKC');
  for (const m of lower.matchAll(WORD)) {
    const capitalised = original.length === lower.length && /\p{Lu}/u.test(original[m.index] ?? '');
    let word = m[0].replace(/'s?$/, '');
    const start = m.index;
    if (/^(?:[a-z]\.)+[a-z]?$/.test(word)) word = word.replace(/\./g, ''); // U.S. → us
    const parts = word.split(/[-.&']/).filter(Boolean);
    if (parts.length === 1) {
      tokens.push({ capitalised, start, end: start + m[0].length, word, stem: stemWord(word) });
      continue;
    }
    let offset = start;
    parts.forEach((part, i) => {
      const at = lower.indexOf(part, offset);
      offset = at + part.length;
      const extra = parts.length === 2 && i === 1 ? stemWord(parts.join('')) : undefined;
      tokens.push({ capitalised, start: at, end: offset, word: part, stem: stemWord(part), ...(extra ? { extra } : {}) });
    });
  }
  return tokens;
};

const slug = (name: string) => normalize(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/**
 * Turns text into index terms, the one definition of tokenising, stemming, stop words and
 * name matching shared by the index and the questions. Names in a group (the gazetteer and the
 * glossary) map to one concept term, so "South Korea", "Seoul" and "ROK" match each other.
 */
export class Analyzer {
  private readonly root: PhraseNode = { next: new Map() };
  private readonly groupOf = new Map<string, number>();
  private readonly canonicals: string[] = [];

  constructor(groups: readonly NameGroup[]) {
    // Union the groups that share a name, so the glossary's DPRK and the gazetteer's North Korea are one.
    const all: NameGroup[] = [...GAZETTEER.map((names) => ({ names, keepWords: false })), ...groups];
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
        canonicalOf.set(root, gazetteer ? slug(first).replace(/-/g, '') : `=${slug(first)}`);
      }
    });
    all.forEach((g, i) => {
      const canonical = canonicalOf.get(find(i)) ?? '';
      const keepWords = find(i) >= GAZETTEER.length && g.keepWords;
      for (const name of g.names) this.addPhrase(name, canonical, keepWords);
    });
  }

  private phraseKey(name: string): string {
    return tokenize(name).map((t) => t.stem).join(' ');
  }

  private addPhrase(name: string, canonical: string, keepWords: boolean) {
    const stems = tokenize(name).map((t) => t.stem);
    if (stems.length === 0) return;
    let node = this.root;
    for (const stem of stems) {
      let child = node.next.get(stem);
      if (!child) node.next.set(stem, (child = { next: new Map() }));
      node = child;
    }
    node.canonical = canonical;
    node.keepWords = keepWords && stems.length > 1;
    if (!this.groupOf.has(canonical)) {
      this.groupOf.set(canonical, this.canonicals.length);
      this.canonicals.push(canonical);
    }
  }

  /** The concept term a name stands for (`"North Korea"` → `dprk`), if it is a known name. */
  conceptOf(name: string): string | undefined {
    const spans = this.analyze(name);
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    return spans.find((s) => s.named && s.start === start && s.end === end)?.terms[0];
  }

  /** Spans of `text` with their terms, names matched longest first. */
  analyze(text: string): Span[] {
    const tokens = tokenize(text);
    const spans: Span[] = [];
    this.scan(tokens, 0, tokens.length, spans);
    return spans;
  }

  /** Matches names in tokens[from, to); a glossary phrase keeps its words, themselves matched for names. */
  private scan(tokens: readonly Token[], from: number, to: number, spans: Span[], maxLength = Infinity): void {
    for (let i = from; i < to; ) {
      let node: PhraseNode | undefined = this.root;
      let match: { length: number; node: PhraseNode } | undefined;
      for (let j = i; j < to && j - i < maxLength && node; j++) {
        node = node.next.get(tokens[j]?.stem ?? '');
        if (node?.canonical) match = { length: j - i + 1, node };
      }
      if (!match) {
        spans.push(this.wordSpan(tokens[i] as Token));
        i += 1;
        continue;
      }
      const words = tokens.slice(i, i + match.length);
      if (match.node.keepWords) this.scan(tokens, i, i + match.length, spans, match.length - 1);
      spans.push({
        start: (words[0] as Token).start,
        end: (words.at(-1) as Token).end,
        terms: [match.node.canonical as string],
        word: words.map((t) => t.word).join(' '),
        named: true,
      });
      i += match.length;
    }
  }

  private wordSpan(t: Token): Span {
    const stop = STOP_WORDS.has(t.word) || t.word.length < 2;
    const terms = stop ? [] : t.extra ? [t.stem, t.extra] : [t.stem];
    return { start: t.start, end: t.end, terms, word: t.word, named: false, capitalised: t.capitalised };
  }

  /** All index terms of `text`, in order. */
  terms(text: string): string[] {
    return this.analyze(text).flatMap((s) => s.terms);
  }
}
