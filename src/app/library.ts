import type { Lexicon } from '../lexicon/lexicon.js';
import { loadLexicon } from '../lexicon/load-lexicon.js';
import { ContentError } from '../content/load-content.js';
import type { ArticleDocument, ContentProblem, Passage } from '../content/types.js';
import type { Engine } from '../search/engine.js';
import { openEngine, rebuildEngine, type EngineSource } from './engine-store.js';

/** What a successful reindex changed, by passage ref. */
export interface ReindexReport {
  readonly documents: number;
  readonly sections: number;
  readonly passages: number;
  readonly terms: number;
  readonly glossaryTerms: number;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  readonly ms: number;
  /** Content revision before and after. */
  readonly revisionBefore: string;
  readonly revision: string;
}

export type ReindexResult =
  | { readonly ok: true; readonly report: ReindexReport }
  | { readonly ok: false; readonly problems: readonly ContentProblem[]; readonly ms: number };

export interface LibraryOptions {
  /** Where the index is stored between runs; none: built at every start. */
  readonly cacheDir?: string;
  readonly warn?: (message: string) => void;
  readonly now?: () => Date;
}

/**
 * The live engine over `content/`. A reindex builds a new engine in a worker thread while questions
 * keep being answered by the old one, then swaps the reference; a failed one leaves the old engine
 * serving. Reindexes asked for while one runs share its result.
 */
export class Library {
  private current: Engine;
  private running: Promise<ReindexResult> | undefined;
  /** When the serving engine was built. */
  indexedAt: Date;
  /** Whether the first engine came from the stored index rather than a build. */
  openedFromCache = false;

  private readonly now: () => Date;

  private constructor(engine: Engine, private readonly source: EngineSource, options: LibraryOptions) {
    this.current = engine;
    this.now = options.now ?? (() => new Date());
    this.indexedAt = this.now();
  }

  /**
   * The library as every entry point opens it: the WordNet lexicon and the index, both stored in
   * `cacheDir`, then the content. Throws a ContentError if the content is broken.
   */
  static async fromConfig(config: { contentDir: string; cacheDir: string }, warn?: (message: string) => void): Promise<Library> {
    return Library.open(config.contentDir, await loadLexicon(config.cacheDir, warn), { cacheDir: config.cacheDir, ...(warn ? { warn } : {}) });
  }

  /**
   * Loads `contentDir` and opens the first engine (from the stored index in `options.cacheDir` when it
   * matches the content); throws a ContentError if the content is broken.
   */
  static async open(contentDir: string, lexicon?: Lexicon, options: LibraryOptions = {}): Promise<Library> {
    const source: EngineSource = { contentDir, ...(lexicon ? { lexicon } : {}), ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}), ...(options.warn ? { warn: options.warn } : {}) };
    const { engine, fromCache } = await openEngine(source);
    const library = new Library(engine, source, options);
    library.openedFromCache = fromCache;
    return library;
  }

  /** The content revision serving now. */
  get revision(): string {
    return this.current.revision;
  }

  /** The engine serving now. Read it once per question: a reindex may swap it afterwards. */
  get engine(): Engine {
    return this.current;
  }

  /** Re-reads the content folder and swaps in a new engine; concurrent calls share one run. */
  reindex(): Promise<ReindexResult> {
    this.running ??= this.build().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async build(): Promise<ReindexResult> {
    const started = performance.now();
    let engine: Engine;
    try {
      engine = await rebuildEngine(this.source, this.current);
    } catch (err) {
      if (err instanceof ContentError) return { ok: false, problems: err.problems, ms: Math.round(performance.now() - started) };
      throw err;
    }
    const before = this.current;
    this.current = engine;
    this.indexedAt = this.now();
    return {
      ok: true,
      report: { ...engine.stats, ...(await diffDocuments(before.documents, engine.documents)), ms: Math.round(performance.now() - started), revisionBefore: before.revision, revision: engine.revision },
    };
  }
}

/** Whether a passage reads and is found the same: its text and its keywords. */
const samePassage = (a: Pick<Passage, 'text' | 'keywords'> | undefined, b: Pick<Passage, 'text' | 'keywords'>) => a?.text === b.text && (a.keywords ?? '') === (b.keywords ?? '');

/**
 * Passages added, removed and changed between two builds, by ref. Passages are matched by document
 * and position, so adding a second document (which prefixes every ref) changes nothing else.
 */
export const diffPassages = (before: readonly Pick<Passage, 'ref' | 'text' | 'keywords' | 'docId' | 'sectionNumber' | 'paragraph'>[], after: readonly Pick<Passage, 'ref' | 'text' | 'keywords' | 'docId' | 'sectionNumber' | 'paragraph'>[]) => {
  const key = (p: Pick<Passage, 'docId' | 'sectionNumber' | 'paragraph'>) => `${p.docId}\0${p.sectionNumber}.${p.paragraph}`;
  const old = new Map(before.map((p) => [key(p), p]));
  const now = new Map(after.map((p) => [key(p), p]));
  return {
    added: after.filter((p) => !old.has(key(p))).map((p) => p.ref),
    removed: before.filter((p) => !now.has(key(p))).map((p) => p.ref),
    changed: after.filter((p) => old.has(key(p)) && !samePassage(old.get(key(p)), p)).map((p) => p.ref),
  };
};

/** The same as diffPassages, a slice at a time: a library of 100,000 passages would hold the event loop for 200 ms. */
export const diffPassagesAsync = async (before: readonly PassageKey[], after: readonly PassageKey[]): Promise<ReturnType<typeof diffPassages>> => {
  const key = (p: PassageKey) => `${p.docId}\0${p.sectionNumber}.${p.paragraph}`;
  const slices = async <T>(items: readonly T[], each: (item: T) => void) => {
    for (let from = 0; from < items.length; from += DIFF_SLICE) {
      for (const item of items.slice(from, from + DIFF_SLICE)) each(item);
      if (from + DIFF_SLICE < items.length) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const old = new Map<string, PassageKey>();
  const now = new Set<string>();
  await slices(before, (p) => old.set(key(p), p));
  const added: string[] = [];
  const changed: string[] = [];
  await slices(after, (p) => {
    const k = key(p);
    now.add(k);
    const was = old.get(k);
    if (!was) added.push(p.ref);
    else if (!samePassage(was, p)) changed.push(p.ref);
  });
  const removed: string[] = [];
  await slices(before, (p) => {
    if (!now.has(key(p))) removed.push(p.ref);
  });
  return { added, removed, changed };
};

/**
 * diffPassages between two engines' documents, skipping the documents a reindex reused as they were
 * (the same object: nothing in them changed), so a one-file edit in a large library costs one file.
 */
export const diffDocuments = async (before: readonly ArticleDocument[], after: readonly ArticleDocument[]): Promise<ReturnType<typeof diffPassages>> => {
  const old = new Set(before);
  const shared = new Set(after.filter((d) => old.has(d)));
  // Loops, not nested flatMap, which took 40 ms over two libraries of 100,000 passages.
  const passagesOf = (documents: readonly ArticleDocument[]) => {
    const passages: Passage[] = [];
    for (const d of documents) if (!shared.has(d)) for (const s of d.sections) for (const p of s.passages) passages.push(p);
    return passages;
  };
  // A turn first: the engine compared was made in the task just run (restoring its last step).
  await new Promise((resolve) => setImmediate(resolve));
  return diffPassagesAsync(passagesOf(before), passagesOf(after));
};

type PassageKey = Pick<Passage, 'ref' | 'text' | 'keywords' | 'docId' | 'sectionNumber' | 'paragraph'>;
const DIFF_SLICE = 10_000;
