/**
 * The content's surface words as a trie in typed arrays: what a snapshot stores and a worker hands
 * over as is. Nodes are in breadth-first order; node `i`'s children are nodes `first[i]` to
 * `first[i + 1] - 1`, sorted by the character on the edge into them (`char`). A node that ends a
 * word has its index in `word` (else -1); word `w`'s index terms are the term ids
 * `termIds[termStarts[w] … termStarts[w + 1])`.
 */
export interface CorrectorData {
  readonly first: Uint32Array;
  readonly char: Uint16Array;
  readonly word: Int32Array;
  readonly termStarts: Uint32Array;
  readonly termIds: Uint32Array;
}

/** The index terms a corrector refers to: a term's id, and the term of an id. */
export interface TermList {
  termId(term: string): number;
  termAt(id: number): string;
}

/** The shortest word worth correcting or completing to. */
const MIN_WORD = 3;

/** A surface word of the content and its index terms. */
export type WordEntry = readonly [word: string, terms: readonly string[]];

/** Whether the words are in strictly ascending code-unit order: sorted, each once. */
const inOrder = (words: readonly WordEntry[]): boolean => {
  for (let i = 1; i < words.length; i++) if (!((words[i - 1] as WordEntry)[0] < (words[i] as WordEntry)[0])) return false;
  return true;
};

/**
 * Corrects typos against the words the content actually uses, as written ("economicaly" →
 * "economically", "trilaterl" → "trilateral"): a Levenshtein search over a trie of the content's
 * words, pruned as soon as no word below a node can be close enough. Matching surface words rather
 * than stems keeps the edit distance honest.
 */
export class Corrector {
  constructor(
    readonly data: CorrectorData,
    /** The index's terms, by id (an object, not a closure, which would keep its whole scope alive). */
    private readonly terms: TermList,
  ) {}

  /**
   * Builds the trie of `words` (each surface word of the content and its index terms; a word given twice
   * has its later terms). Words already in code-unit order, each once (as a large library's merged runs
   * give them), are taken as they are.
   */
  static build(words: Iterable<WordEntry>, terms: TermList): Corrector {
    const kept = ([w, t]: WordEntry) => w.length >= MIN_WORD && t.length > 0;
    let entries: readonly WordEntry[];
    if (Array.isArray(words) && inOrder(words)) {
      entries = words.filter(kept);
    } else {
      const termsOf = new Map<string, readonly string[]>();
      for (const entry of words) if (kept(entry)) termsOf.set(entry[0], entry[1]);
      // Code-unit order, as `<` compares: the built-in order of strings, without a comparator to call.
      entries = [...termsOf.keys()].sort().map((w) => [w, termsOf.get(w) as readonly string[]] as const);
    }
    const texts = entries.map(([w]) => w);
    const termStarts = new Uint32Array(texts.length + 1);
    const ids: number[] = [];
    for (let w = 0; w < texts.length; w++) {
      for (const t of (entries[w] as WordEntry)[1]) {
        const id = terms.termId(t);
        if (id >= 0) ids.push(id);
      }
      termStarts[w + 1] = ids.length;
    }
    // Breadth first: node n stands for the range from[n] … to[n] - 1 of sorted words sharing its prefix, of length depth[n].
    // Each node but the root is a distinct prefix of a word: there are at most as many as letters, plus one.
    const most = texts.reduce((n, w) => n + w.length, 1);
    const first = new Uint32Array(most + 1);
    const char = new Uint16Array(most);
    const word = new Int32Array(most);
    const from = new Uint32Array(most);
    const to = new Uint32Array(most);
    const depth = new Uint32Array(most);
    to[0] = texts.length;
    let nodes = 1;
    for (let n = 0; n < nodes; n++) {
      const end = to[n] as number;
      const d = depth[n] as number;
      let at = from[n] as number;
      word[n] = at < end && (texts[at] as string).length === d ? at++ : -1;
      first[n] = nodes;
      while (at < end) {
        const c = (texts[at] as string).charCodeAt(d);
        let next = at + 1;
        while (next < end && (texts[next] as string).charCodeAt(d) === c) next++;
        char[nodes] = c;
        from[nodes] = at;
        to[nodes] = next;
        depth[nodes] = d + 1;
        nodes += 1;
        at = next;
      }
    }
    first[nodes] = nodes;
    return new Corrector({ first: first.slice(0, nodes + 1), char: char.slice(0, nodes), word: word.slice(0, nodes), termStarts, termIds: Uint32Array.from(ids) }, terms);
  }

  /** Index terms of the closest content words to `word`: one edit away (two for long words). */
  correct(word: string): string[] {
    if (word.length < 4 || this.find(word) >= 0) return [];
    const found = this.within(word, word.length >= 8 ? 2 : 1);
    const best = Math.min(...found.map((f) => f.distance));
    const terms = new Set<string>();
    for (const f of found) if (f.distance === best) for (const t of this.termsOf(f.word)) terms.add(t);
    return [...terms].slice(0, 4);
  }

  /** Index terms of content words that start with `prefix` (a last word still being typed), shortest words first. */
  complete(prefix: string): string[] {
    if (prefix.length < 4) return [];
    let node = 0;
    for (let i = 0; i < prefix.length && node >= 0; i++) node = this.child(node, prefix.charCodeAt(i));
    if (node < 0) return [];
    const terms = new Set<string>();
    const { first, word } = this.data;
    // Breadth first below the prefix: shorter completions first.
    const queue = [node];
    for (let q = 0; q < queue.length && terms.size < 3; q++) {
      const n = queue[q] as number;
      const w = word[n] as number;
      if (w >= 0 && n !== node) for (const t of this.termsOf(w)) terms.add(t);
      for (let c = first[n] as number; c < (first[n + 1] as number); c++) queue.push(c);
    }
    return [...terms];
  }

  private termsOf(w: number): string[] {
    const { termStarts, termIds } = this.data;
    const out: string[] = [];
    for (let i = termStarts[w] as number; i < (termStarts[w + 1] as number); i++) out.push(this.terms.termAt(termIds[i] as number));
    return out;
  }

  /** The child of `node` along character `c`, or -1 (binary search: children are sorted). */
  private child(node: number, c: number): number {
    const { first, char } = this.data;
    let lo = first[node] as number;
    let hi = (first[node + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = char[mid] as number;
      if (m < c) lo = mid + 1;
      else if (m > c) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** The index of `word` among the content's words, or -1. */
  private find(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length && node >= 0; i++) node = this.child(node, word.charCodeAt(i));
    return node < 0 ? -1 : (this.data.word[node] as number);
  }

  /** Words within `max` edits of `query` (Levenshtein), in trie (alphabetical) order. */
  private within(query: string, max: number): { word: number; distance: number }[] {
    const { first, char, word } = this.data;
    const n = query.length;
    const found: { word: number; distance: number }[] = [];
    const rows: Uint16Array[] = [Uint16Array.from({ length: n + 1 }, (_, j) => j)];
    const visit = (node: number, depth: number) => {
      const above = rows[depth] as Uint16Array;
      const row = (rows[depth + 1] ??= new Uint16Array(n + 1));
      for (let c = first[node] as number; c < (first[node + 1] as number); c++) {
        const ch = char[c] as number;
        row[0] = (above[0] as number) + 1;
        let least = row[0] as number;
        for (let j = 1; j <= n; j++) {
          const cost = query.charCodeAt(j - 1) === ch ? 0 : 1;
          const v = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
          row[j] = v;
          if (v < least) least = v;
        }
        if (least > max) continue;
        const w = word[c] as number;
        if (w >= 0 && (row[n] as number) <= max) found.push({ word: w, distance: row[n] as number });
        visit(c, depth + 1);
      }
    };
    visit(0, 0);
    return found;
  }
}
