import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArticle } from './parse-document.js';
import { parseGlossary } from './parse-glossary.js';
import type { ArticleDocument, ContentProblem, Corpus, GlossaryEntry } from './types.js';
import { formatProblem } from './types.js';

export const GLOSSARY_FILE = 'glossary.yml';

/** Thrown when `content/` cannot be used; `problems` says what to fix, one line each. */
export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
  }
}

export interface ContentFile {
  /** Path shown in messages, e.g. `content/article.md`. */
  readonly name: string;
  readonly text: string;
}

/**
 * Parses a set of content files: every `*.md` is a document, `glossary.yml` the glossary.
 * Pure: the caller reads the files. Throws a ContentError listing every problem.
 */
export const parseContent = (files: readonly ContentFile[]): Corpus => {
  const problems: ContentProblem[] = [];
  const articles = files.filter((f) => f.name.endsWith('.md') && path.basename(f.name).toLowerCase() !== 'readme.md');
  const several = articles.length > 1;
  const documents: ArticleDocument[] = [];
  const ids = new Map<string, string>();
  for (const file of articles) {
    const id = path.basename(file.name, '.md').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    const other = ids.get(id);
    if (other) problems.push({ file: file.name, line: 1, message: `document id "${id}" is also ${other} — rename one file` });
    ids.set(id, file.name);
    const parsed = parseArticle(file.text, file.name, id, several ? id : '');
    problems.push(...parsed.problems);
    if (parsed.document) documents.push(parsed.document);
  }
  let glossary: readonly GlossaryEntry[] = [];
  const glossaryFile = files.find((f) => path.basename(f.name) === GLOSSARY_FILE);
  if (glossaryFile) {
    const parsed = parseGlossary(glossaryFile.text, glossaryFile.name);
    problems.push(...parsed.problems);
    glossary = parsed.entries;
  }
  if (articles.length === 0) {
    problems.push({ file: files[0]?.name ? path.dirname(files[0].name) : 'content', line: 1, message: 'no documents — add a Markdown file (*.md) with front matter and sections' });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { documents, glossary, revision: contentRevision(files) };
};

/** A short, stable hash of the content files (names and texts, in name order). */
export const contentRevision = (files: readonly ContentFile[]): string => {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) hash.update(`${path.basename(f.name)}\0${f.text}\0`);
  return hash.digest('hex').slice(0, 10);
};

/** Reads `dir` (the content folder) from disk and parses it. */
export const loadContent = async (dir: string): Promise<Corpus> => parseContent(await readContentFiles(dir));

/** Content files read in one go between two turns of the event loop. */
const READ_SLICE = 128;

/**
 * Reads the content files of `dir` (every `*.md` and the glossary), in name order, without parsing.
 * Small files are read synchronously, a slice at a time between turns of the event loop: for
 * thousands of files that is several times faster than a thread-pool round trip per file.
 * Throws a ContentError if the folder cannot be read or a file is not UTF-8.
 */
export const readContentFiles = async (dir: string): Promise<ContentFile[]> => {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md') || n === GLOSSARY_FILE).sort();
  } catch (err) {
    throw new ContentError([{ file: dir, line: 0, message: `cannot read the content folder (${(err as NodeJS.ErrnoException).code ?? 'error'}) — check CONTENT_DIR` }]);
  }
  const shown = path.relative(process.cwd(), dir) || '.';
  const problems: ContentProblem[] = [];
  const files: ContentFile[] = [];
  for (let from = 0; from < names.length; from += READ_SLICE) {
    if (from > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const n of names.slice(from, from + READ_SLICE)) {
      const name = path.join(shown, n);
      let text: string;
      try {
        text = readFileSync(path.join(dir, n), 'utf8');
      } catch (err) {
        problems.push({ file: name, line: 0, message: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
        continue;
      }
      const bad = text.indexOf('\uFFFD');
      if (bad >= 0) problems.push({ file: name, line: text.slice(0, bad).split('\n').length, message: 'invalid UTF-8 — save the file as UTF-8' });
      else files.push({ name, text });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return files;
};
