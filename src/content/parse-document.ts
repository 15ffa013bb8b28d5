import { parseDocument as parseYaml, isMap, isScalar, LineCounter, type Node } from 'yaml';
import type { ArticleDocument, Author, ContentProblem, DocumentMeta, Passage, Section } from './types.js';

const META_KEYS = new Set(['title', 'standfirst', 'outlet', 'date', 'source', 'authors', 'illustration']);
const SECTION_HEADING = /^##\s+(\d+)\.\s+(\S.*)$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** A one-line HTML comment; `<!-- keywords: a, b -->` gives the paragraph above words readers use. */
const COMMENT = /^<!--(.*)-->$/;
const KEYWORDS = /^\s*keywords\s*:(.*)$/i;

export interface ParsedDocument {
  readonly document?: ArticleDocument;
  readonly problems: readonly ContentProblem[];
}

/**
 * Parses one Markdown document: YAML front matter between `---` lines, then sections headed
 * `## N. Title`, each holding paragraphs separated by blank lines, each optionally followed by a
 * line `<!-- keywords: … -->`.
 * `refPrefix` is the document id when content holds several documents, else ''.
 */
export const parseArticle = (text: string, file: string, id: string, refPrefix: string): ParsedDocument => {
  const problems: ContentProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ file, line, message });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);

  if (lines[0]?.trim() !== '---') {
    problem(1, 'no front matter — start the file with a line "---", the fields (title, authors …), then "---"');
    return { problems };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    problem(1, 'front matter is never closed — add a line "---" after the last field');
    return { problems };
  }
  const meta = parseMeta(lines.slice(1, close).join('\n'), 2, problem);

  const sections: Section[] = [];
  let current: { number: number; title: string; line: number; paragraphs: { text: string; line: number; keywords: string[] }[] } | undefined;
  let paragraph: { parts: string[]; line: number } | undefined;
  const flushParagraph = () => {
    if (paragraph && current) {
      const text = paragraph.parts.join(' ');
      if (/[\p{L}\p{N}]/u.test(text)) current.paragraphs.push({ text, line: paragraph.line, keywords: [] });
      else problem(paragraph.line, `empty paragraph "${text.slice(0, 20)}" — write words, or remove the line`);
    }
    paragraph = undefined;
  };
  const drafts: NonNullable<typeof current>[] = [];

  for (let i = close + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    const line = raw.trim();
    if (line === '') {
      flushParagraph();
      continue;
    }
    if (line.startsWith('<!--')) {
      flushParagraph();
      const comment = COMMENT.exec(line);
      if (!comment) {
        problem(lineNo, 'a comment must open and close on one line: "<!-- keywords: … -->"');
        continue;
      }
      const keywords = KEYWORDS.exec(comment[1] ?? '');
      if (!keywords) continue; // Any other comment is the editors' own.
      const words = (keywords[1] ?? '').split(',').map((w) => w.trim()).filter(Boolean);
      const last = current?.paragraphs.at(-1);
      if (!last) problem(lineNo, 'keywords before any paragraph — put "<!-- keywords: … -->" on the line after the paragraph they describe');
      else if (words.length === 0) problem(lineNo, 'keywords comment with no words — write "<!-- keywords: word, another phrase -->" or remove it');
      else last.keywords.push(...words);
      continue;
    }
    if (line.startsWith('#')) {
      flushParagraph();
      const m = SECTION_HEADING.exec(line);
      if (!m) {
        problem(lineNo, `heading "${line.slice(0, 60)}" is not a section heading — write it as "## <number>. <title>", e.g. "## 3. Risks to regional security"`);
        continue;
      }
      current = { number: Number(m[1]), title: (m[2] ?? '').trim(), line: lineNo, paragraphs: [] };
      drafts.push(current);
      continue;
    }
    if (!current) {
      problem(lineNo, 'text before the first section — put it under a heading "## 1. <title>"');
      continue;
    }
    if (paragraph) paragraph.parts.push(line);
    else paragraph = { parts: [line], line: lineNo };
  }
  flushParagraph();

  if (drafts.length === 0) problem(close + 2, 'no sections — add at least one heading "## 1. <title>" followed by paragraphs');
  const seen = new Map<number, number>();
  drafts.forEach((d, index) => {
    const previous = seen.get(d.number);
    if (previous !== undefined) problem(d.line, `section ${d.number} appears twice (first at line ${previous}) — renumber the sections 1, 2, 3 …`);
    else if (d.number !== index + 1) problem(d.line, `section ${d.number} should be number ${index + 1} — number the sections 1, 2, 3 … in order`);
    seen.set(d.number, d.line);
    if (d.paragraphs.length === 0) problem(d.line, `section ${d.number} "${d.title}" has no paragraphs — add text under it or remove the heading`);
  });

  if (problems.length > 0 || !meta) return { problems };
  for (const d of drafts) {
    const sectionRef = `${refPrefix}§${d.number}`;
    const passages: Passage[] = d.paragraphs.map((p, index) => ({
      ref: `${sectionRef}.${index + 1}`,
      docId: id,
      sectionNumber: d.number,
      sectionTitle: d.title,
      paragraph: index + 1,
      text: p.text,
      keywords: p.keywords.join(', '),
      file,
      line: p.line,
    }));
    sections.push({ number: d.number, title: d.title, ref: sectionRef, line: d.line, passages });
  }
  return { document: { id, file, meta, sections }, problems };
};

const parseMeta = (
  source: string,
  firstLine: number,
  problem: (line: number, message: string) => void,
): DocumentMeta | undefined => {
  const counter = new LineCounter();
  const doc = parseYaml(source, { lineCounter: counter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? counter.linePos(node.range[0]).line + firstLine - 1 : firstLine;
  for (const error of doc.errors) {
    const line = error.linePos?.[0]?.line ?? 1;
    problem(line + firstLine - 1, `front matter is not valid YAML (${error.code}) — write each field as "key: value"`);
  }
  if (doc.errors.length > 0) return undefined;
  if (!isMap(doc.contents)) {
    problem(firstLine, 'front matter must be "key: value" fields (title, authors, outlet, date, source …)');
    return undefined;
  }
  const fields: Record<string, unknown> = {};
  const lines: Record<string, number> = {};
  let ok = true;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(pair.key as Node);
    if (!META_KEYS.has(key)) {
      problem(line, `unknown front matter field "${key}" — use one of: ${[...META_KEYS].join(', ')}`);
      ok = false;
      continue;
    }
    fields[key] = (pair.value as Node | null)?.toJSON?.() ?? (isScalar(pair.value) ? pair.value.value : pair.value);
    lines[key] = line;
  }
  const text = (key: string, required: boolean): string | undefined => {
    const value = fields[key];
    if (value === undefined || value === null || value === '') {
      if (required) {
        problem(firstLine, `front matter has no "${key}" — add a line "${key}: …"`);
        ok = false;
      }
      return undefined;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      problem(lines[key] ?? firstLine, `"${key}" must be a single line of text`);
      ok = false;
      return undefined;
    }
    return String(value).trim();
  };
  const title = text('title', true);
  const date = text('date', false);
  if (date !== undefined && !DATE.test(date)) {
    problem(lines.date ?? firstLine, `date "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD — write e.g. "date: 2024-01-12"`);
    ok = false;
  }
  const authors = parseAuthors(fields.authors, lines.authors ?? firstLine, problem);
  if (!authors) ok = false;
  if (!ok || title === undefined || !authors) return undefined;
  const optional = (key: string) => text(key, false);
  return {
    title,
    authors,
    ...definedOnly({
      standfirst: optional('standfirst'),
      outlet: optional('outlet'),
      date,
      source: optional('source'),
      illustration: optional('illustration'),
    }),
  };
};

const parseAuthors = (
  value: unknown,
  line: number,
  problem: (line: number, message: string) => void,
): Author[] | undefined => {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  const authors: Author[] = [];
  for (const item of list) {
    if (typeof item === 'string' && item.trim()) authors.push({ name: item.trim() });
    else if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string') {
      const { name, affiliation } = item as { name: string; affiliation?: unknown };
      authors.push(typeof affiliation === 'string' ? { name: name.trim(), affiliation: affiliation.trim() } : { name: name.trim() });
    } else {
      problem(line, 'each author must be a name, or "- name: …" with an optional "affiliation: …"');
      return undefined;
    }
  }
  return authors;
};

const definedOnly = <T extends Record<string, string | undefined>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: string };

