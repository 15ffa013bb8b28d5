import { ContentError, parseContent, readContentFiles, type ContentFile } from '../content/load-content.js';
import type { ContentProblem } from '../content/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { Engine } from '../search/engine.js';

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

/** `buildEngine` over content files already read. Throws a ContentError listing every problem. */
export const engineFromFiles = (files: readonly ContentFile[], lexicon?: Lexicon): Engine => {
  const engine = new Engine(parseContent(files), lexicon ? { lexicon } : {});
  const problems = checkEngine(engine);
  if (problems.length > 0) throw new ContentError(problems);
  return engine;
};
