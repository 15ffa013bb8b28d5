import { parseDocument as parseYaml, isMap, isScalar, isSeq, LineCounter, type Node } from 'yaml';
import type { ContentProblem, GlossaryEntry } from './types.js';

const ENTRY_KEYS = new Set(['term', 'aliases', 'definition', 'background']);

export interface ParsedGlossary {
  readonly entries: readonly GlossaryEntry[];
  readonly problems: readonly ContentProblem[];
}

/** A key for comparing terms and aliases: case, quotes and spacing do not count. */
export const termKey = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"'`]/g, '')
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .trim();

/**
 * Parses the glossary: a YAML list of `{ term, aliases?, definition, background? }`.
 * Duplicate terms or aliases (across entries too) are problems.
 */
export const parseGlossary = (text: string, file: string): ParsedGlossary => {
  const problems: ContentProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ file, line, message });
  const counter = new LineCounter();
  const doc = parseYaml(text, { lineCounter: counter, prettyErrors: false });
  const lineOf = (node: unknown) => {
    const range = (node as Node | null | undefined)?.range;
    return range ? counter.linePos(range[0]).line : 1;
  };
  for (const error of doc.errors) {
    problem(error.linePos?.[0]?.line ?? 1, `not valid YAML (${error.code}) — each entry is "- term: …" with "definition: …" indented under it`);
  }
  if (doc.errors.length > 0) return { entries: [], problems };
  if (doc.contents === null) return { entries: [], problems };
  if (!isSeq(doc.contents)) {
    problem(1, 'the glossary must be a list of entries, each starting with "- term: …"');
    return { entries: [], problems };
  }

  const entries: GlossaryEntry[] = [];
  const owners = new Map<string, { term: string; line: number }>();
  const claim = (name: string, term: string, line: number) => {
    const key = termKey(name);
    const owner = owners.get(key);
    if (owner) {
      problem(line, owner.term === term
        ? `"${name}" is listed twice for "${term}" — remove one`
        : `"${name}" is already used by "${owner.term}" (line ${owner.line}) — a name or alias may belong to one entry only`);
      return false;
    }
    owners.set(key, { term, line });
    return true;
  };

  for (const item of doc.contents.items) {
    const line = lineOf(item);
    if (!isMap(item)) {
      problem(line, 'each entry must be "- term: …" with "definition: …" (and optionally "aliases: […]", "background: true")');
      continue;
    }
    const fields: Record<string, unknown> = {};
    let ok = true;
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!ENTRY_KEYS.has(key)) {
        problem(lineOf(pair.key), `unknown field "${key}" — an entry has term, aliases, definition and background`);
        ok = false;
        continue;
      }
      fields[key] = (pair.value as Node | null)?.toJSON?.() ?? null;
    }
    const term = typeof fields.term === 'string' ? fields.term.trim() : '';
    if (!term) {
      problem(line, 'entry has no "term" — add "term: <the word readers look up>"');
      continue;
    }
    const definition = typeof fields.definition === 'string' ? fields.definition.trim().replace(/\s+/g, ' ') : '';
    if (!definition) {
      problem(line, `"${term}" has no definition — add "definition: <one or two sentences>"`);
      ok = false;
    }
    const rawAliases = fields.aliases ?? [];
    const aliases = Array.isArray(rawAliases) ? rawAliases : [rawAliases];
    if (!aliases.every((a): a is string => typeof a === 'string' && a.trim() !== '')) {
      problem(line, `aliases of "${term}" must be a list of names, e.g. aliases: [North Korea, Pyongyang]`);
      ok = false;
    }
    if (fields.background !== undefined && typeof fields.background !== 'boolean') {
      problem(line, `"background" of "${term}" must be true or false`);
      ok = false;
    }
    if (!claim(term, term, line)) ok = false;
    const cleanAliases = aliases.filter((a): a is string => typeof a === 'string').map((a) => a.trim());
    for (const alias of cleanAliases) if (!claim(alias, term, line)) ok = false;
    if (!ok) continue;
    entries.push({ term, aliases: cleanAliases, definition, background: fields.background === true, file, line });
  }
  return { entries, problems };
};
