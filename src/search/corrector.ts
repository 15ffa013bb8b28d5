import SearchableMap from 'minisearch/SearchableMap';

/**
 * Corrects typos against the words the content actually uses, as written ("economicaly" →
 * "economically", "trilaterl" → "trilateral"), with MiniSearch's fuzzy search over a radix tree.
 * Matching surface words rather than stems keeps the edit distance honest.
 */
export class Corrector {
  private readonly words = new SearchableMap<readonly string[]>();

  /** `words`: each surface word of the content and its index terms. */
  constructor(words: Iterable<readonly [string, readonly string[]]>) {
    for (const [word, terms] of words) this.add(word, terms);
  }

  /** Adds a word (for a caller that builds the corrector a slice at a time). */
  add(word: string, terms: readonly string[]): void {
    if (word.length >= 3 && terms.length > 0) this.words.set(word, terms);
  }

  /** Index terms of the closest content words to `word`: one edit away (two for long words). */
  correct(word: string): string[] {
    if (word.length < 4 || this.words.has(word)) return [];
    const found = this.words.fuzzyGet(word, word.length >= 8 ? 2 : 1);
    let best = Infinity;
    for (const [, distance] of found.values()) best = Math.min(best, distance);
    const terms = new Set<string>();
    for (const [terms_, distance] of found.values()) if (distance === best) for (const t of terms_) terms.add(t);
    return [...terms].slice(0, 4);
  }

  /** Index terms of content words that start with `prefix` (a last word still being typed). */
  complete(prefix: string): string[] {
    if (prefix.length < 4) return [];
    const terms = new Set<string>();
    for (const [word, t] of this.words.atPrefix(prefix)) {
      if (word !== prefix) for (const x of t) terms.add(x);
      if (terms.size >= 3) break;
    }
    return [...terms];
  }
}
