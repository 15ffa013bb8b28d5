import { createHash } from 'node:crypto';
import { ContentError, parseContent, readContentFiles, type ContentFile } from '../content/load-content.js';
import type { ContentProblem, Corpus } from '../content/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { Engine } from '../search/engine.js';
import { IndexWorkers, runsFor } from './index-in-workers.js';

/**
 * Problems only a built engine can see: glossary terms that no passage uses (unless marked
 * background), and background terms that the content does use after all.
 */
export const checkEngine = (engine: Engine): ContentProblem[] => {
  const problems: ContentProblem[] = [];
  for (const entry of engine.glossary) {
    const definition = engine.define(entry.term);
    const used = definition.kind === 'found' && definition.passages.length > 0;
    if (!used && !entry.background) {
      problems.push({ file: entry.file, line: entry.line, message: `"${entry.term}" is used by no passage — add the article's spelling to its aliases, or mark it "background: true"` });
    }
  }
  return problems;
};

/**
 * Reads and validates `contentDir` and builds an engine over it: the one way content becomes an
 * index, for start-up, /reindex, `npm run reindex` and `npm run check-content`.
 * Throws a ContentError listing every problem.
 */
export const buildEngine = async (contentDir: string, lexicon?: Lexicon): Promise<Engine> => engineFromFiles(await readContentFiles(contentDir), lexicon);

/**
 * `buildEngine` over content files already read. A large corpus is indexed in runs at once, one per
 * core (see IndexWorkers); `runs` sets how many. Throws a ContentError listing every problem.
 */
export const engineFromFiles = async (files: readonly ContentFile[], lexicon?: Lexicon, { runs = runsFor(files) }: { runs?: number } = {}): Promise<Engine> => {
  const workers = runs > 1 ? IndexWorkers.start(runs - 1) : undefined;
  try {
    const corpus = parseContent(files);
    const index = await workers?.index(
      corpus,
      corpus.documents.flatMap((d) => d.sections.flatMap((s) => s.passages)),
    );
    const engine = new Engine(corpus, { ...(lexicon ? { lexicon } : {}), ...(index ? { index } : {}), fingerprints: fingerprintsOf(corpus, files) });
    const problems = checkEngine(engine);
    if (problems.length > 0) throw new ContentError(problems);
    return engine;
  } finally {
    await workers?.close();
  }
};

/**
 * Document id → a hash of its file and of whether it shares the content with other documents (which
 * prefixes its refs): what its parsed form depends on. A reindex reuses documents whose hash is unchanged.
 */
const fingerprintsOf = (corpus: Corpus, files: readonly ContentFile[]): Map<string, string> => {
  const texts = new Map(files.map((f) => [f.name, f.text]));
  const several = corpus.documents.length > 1;
  return new Map(corpus.documents.map((d) => [d.id, createHash('sha256').update(`${several}\0${d.file}\0${texts.get(d.file) ?? ''}`).digest('base64')]));
};
