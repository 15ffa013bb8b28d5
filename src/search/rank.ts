import { FIELDS, IN_CONTEXT, IN_TEXT, IN_TITLE, type PassageIndex } from './passage-index.js';
import type { Concept } from './query.js';

const CONTEXT_FIELD = FIELDS.indexOf('context');
/**
 * How many passages may have a related word (not the question's own) in their glossary context for
 * those matches to be read: beyond it, on a large library, they are left out (see Ranker.rank).
 */
const MAX_RELATED_CONTEXT = 2000;
/**
 * How many passages may have a related word in their text or title for it to be read at all: on a
 * large library ("risk" for "worried", "aim" for "trying to achieve" in some 10% of 100,000 passages)
 * such a word matches too widely to tell passages apart, and reading its postings was most of a
 * question's cost. A library of up to this many passages never leaves one out.
 */
const MAX_RELATED_POSTINGS = 10_000;
const TEXT_FIELD = FIELDS.indexOf('text');
const TITLE_FIELD = FIELDS.indexOf('title');

/** A passage scored against a question's concepts. */
export interface Ranked {
  readonly id: number;
  readonly score: number;
  readonly coverage: number;
  /** The weight of the question's concepts this passage matches. */
  readonly mass: number;
  /** Index terms that matched in the passage's own text. */
  readonly matched: ReadonlySet<string>;
  /** Index terms that matched in its text, its section title or its keywords: what it is about. */
  readonly about: ReadonlySet<string>;
}

/**
 * Scores passages against concepts: for each concept the best of its terms (so synonyms do not add
 * up), summed; then weighted by coverage², coverage being the share of the question's information
 * matched. Works term by term over the postings into per-passage arrays reused between questions,
 * so a question costs what its terms' postings cost, and only the best few are sorted.
 */
export class Ranker {
  private scratch: Scratch | undefined;

  private readonly maxRelatedContext: number;
  private readonly maxRelatedPostings: number;

  constructor(
    private readonly index: PassageIndex,
    options: { readonly maxRelatedContext?: number; readonly maxRelatedPostings?: number } = {},
  ) {
    this.maxRelatedContext = options.maxRelatedContext ?? MAX_RELATED_CONTEXT;
    this.maxRelatedPostings = options.maxRelatedPostings ?? MAX_RELATED_POSTINGS;
  }

  /**
   * The `limit` best passages, best first (ties by passage order), with the number of passages
   * matched; only passages `from` to `to - 1` when `within` is given (a section: its passages are consecutive);
   * with `boosts`, a weight per field other than FIELD_BOOST's.
   */
  rank(concepts: readonly Concept[], limit: number, within?: readonly [from: number, to: number], boosts?: readonly number[]): { ranked: Ranked[]; matched: number } {
    const s = (this.scratch ??= allocate(this.index.size));
    let total = 0;
    for (const c of concepts) total += c.weight;
    total ||= 1;
    // Loops over the concepts and their terms, not callbacks: this runs for every question.
    const terms: { readonly term: string; readonly id: number }[] = [];
    let candidates = 0;
    for (const c of concepts) {
      const factor = c.weight > 0 ? 1 : 0.5;
      const ids: number[] = [];
      let found = 0;
      for (const t of c.terms) {
        const id = this.index.termId(t.term);
        ids.push(id);
        if (id < 0) continue;
        found++;
        terms.push({ term: t.term, id });
      }
      let inConcept = 0;
      for (let ti = 0; ti < c.terms.length; ti++) {
        const t = c.terms[ti] as Concept['terms'][number];
        const id = ids[ti] as number;
        if (id < 0) continue;
        // A related word (not the question's own) in the text or title of too many passages tells next to nothing, and its postings cost the most.
        if (t.weight < 1 && this.index.postings(id, TEXT_FIELD) + this.index.postings(id, TITLE_FIELD) > this.maxRelatedPostings) continue;
        // A related word's matches through the glossary context, when thousands of passages have them,
        // tell little (a weak match of a weaker word) and cost the most: on a large library they are not read.
        const skip = t.weight < 1 && this.index.postings(id, CONTEXT_FIELD) > this.maxRelatedContext ? IN_CONTEXT : 0;
        const count = this.index.accumulate(id, s.termScore, s.termFields, s.termTouched, skip, boosts);
        const reach = Math.min(1, t.weight + 0.35);
        for (let i = 0; i < count; i++) {
          const p = s.termTouched[i] as number;
          const score = (s.termScore[p] as number) * t.weight;
          const fields = s.termFields[p] as number;
          s.termScore[p] = 0;
          s.termFields[p] = 0;
          const strength = (fields & IN_TEXT ? 1 : fields & IN_TITLE ? 0.7 : 0.25) * reach;
          // A concept with one term in the index: its best term is that one.
          if (found === 1) {
            candidates = fold(s, candidates, p, score * factor, c.weight * strength);
            continue;
          }
          if (s.inConcept[p] === 0) {
            s.inConcept[p] = 1;
            s.conceptTouched[inConcept++] = p;
            s.best[p] = 0;
            s.strength[p] = 0;
          }
          s.best[p] = Math.max(s.best[p] as number, score);
          s.strength[p] = Math.max(s.strength[p] as number, strength);
        }
      }
      for (let i = 0; i < inConcept; i++) {
        const p = s.conceptTouched[i] as number;
        s.inConcept[p] = 0;
        candidates = fold(s, candidates, p, (s.best[p] as number) * factor, c.weight * (s.strength[p] as number));
      }
    }
    const [from, to] = within ?? [0, this.index.size];
    // Only a range needs its candidates counted apart: every question pays for this loop otherwise.
    let inside = within ? 0 : candidates;
    if (within) {
      for (let i = 0; i < candidates; i++) {
        const p = s.candidates[i] as number;
        if (p >= from && p < to) inside++;
      }
    }
    const top = s.top.reset(Math.min(limit, inside));
    for (let i = 0; i < candidates; i++) {
      const p = s.candidates[i] as number;
      s.isCandidate[p] = 0;
      if (p < from || p >= to) continue;
      const coverage = (s.covered[p] as number) / total;
      top.offer(p, (s.raw[p] as number) * coverage * coverage);
    }
    const ranked: Ranked[] = [];
    for (const p of top.sorted()) {
      const covered = s.covered[p] as number;
      const coverage = covered / total;
      ranked.push(new RankedPassage(p, (s.raw[p] as number) * coverage * coverage, coverage, covered, this.index, terms));
    }
    return { ranked, matched: inside };
  }
}

/** Adds a concept's best match in passage `p` to its sums; `candidates` passages so far, one more if `p` is new. */
const fold = (s: Scratch, candidates: number, p: number, raw: number, covered: number): number => {
  let n = candidates;
  if (s.isCandidate[p] === 0) {
    s.isCandidate[p] = 1;
    s.candidates[n++] = p;
    s.raw[p] = 0;
    s.covered[p] = 0;
  }
  s.raw[p] = (s.raw[p] as number) + raw;
  s.covered[p] = (s.covered[p] as number) + covered;
  return n;
};

/** A Ranked whose matched terms are worked out when read: most ranked passages are never quoted. */
class RankedPassage implements Ranked {
  private terms: Set<string> | undefined;
  private aboutTerms: Set<string> | undefined;

  constructor(
    readonly id: number,
    readonly score: number,
    readonly coverage: number,
    readonly mass: number,
    private readonly index: PassageIndex,
    private readonly candidates: readonly { readonly term: string; readonly id: number }[],
  ) {}

  get matched(): ReadonlySet<string> {
    this.terms ??= new Set(this.candidates.filter((t) => this.index.inText(t.id, this.id)).map((t) => t.term));
    return this.terms;
  }

  get about(): ReadonlySet<string> {
    this.aboutTerms ??= new Set([...this.matched, ...this.candidates.filter((t) => this.index.inField(t.id, this.id, 1)).map((t) => t.term)]);
    return this.aboutTerms;
  }
}

const allocate = (n: number) => ({
  termScore: new Float64Array(n),
  termFields: new Uint8Array(n),
  termTouched: new Uint32Array(n),
  best: new Float64Array(n),
  strength: new Float64Array(n),
  inConcept: new Uint8Array(n),
  conceptTouched: new Uint32Array(n),
  raw: new Float64Array(n),
  covered: new Float64Array(n),
  isCandidate: new Uint8Array(n),
  candidates: new Uint32Array(n),
  top: new TopK(n),
});
type Scratch = ReturnType<typeof allocate>;

/** The k highest scores (a min-heap on score, then on passage order); ties go to the earlier passage. */
class TopK {
  private readonly ids: Uint32Array;
  private readonly scores: Float64Array;
  private size = 0;
  private k = 0;

  /** A heap for up to `capacity` passages, reused: see reset. */
  constructor(capacity: number) {
    this.ids = new Uint32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  /** Emptied, to keep the `k` highest scores (k ≤ capacity). */
  reset(k: number): this {
    this.size = 0;
    this.k = k;
    return this;
  }

  /** Whether (a, x) ranks below (b, y): a lower score, or the same score and a later passage. */
  private below(a: number, x: number, b: number, y: number): boolean {
    return x < y || (x === y && a > b);
  }

  offer(id: number, score: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.below(id, score, this.ids[parent] as number, this.scores[parent] as number)) break;
        this.ids[i] = this.ids[parent] as number;
        this.scores[i] = this.scores[parent] as number;
        i = parent;
      }
      this.ids[i] = id;
      this.scores[i] = score;
      return;
    }
    if (this.below(id, score, this.ids[0] as number, this.scores[0] as number)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && this.below(this.ids[r] as number, this.scores[r] as number, this.ids[l] as number, this.scores[l] as number) ? r : l;
      if (!this.below(this.ids[c] as number, this.scores[c] as number, id, score)) break;
      this.ids[i] = this.ids[c] as number;
      this.scores[i] = this.scores[c] as number;
      i = c;
    }
    this.ids[i] = id;
    this.scores[i] = score;
  }

  /** Best first. */
  sorted(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort((i, j) => (this.scores[j] as number) - (this.scores[i] as number) || (this.ids[i] as number) - (this.ids[j] as number));
    return order.map((i) => this.ids[i] as number);
  }
}
