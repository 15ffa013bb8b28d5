import type { Engine } from '../search/engine.js';

/** A ref to offer while someone types one: `name` to show, `ref` to use. */
export interface RefChoice {
  readonly name: string;
  readonly ref: string;
}

/**
 * A ref as people type it: `3`, `§3`, `s3.2`, `section 3.2`, `doc§3` → `§3`, `§3.2`, `doc§3`.
 * Anything else is returned trimmed.
 */
export const normaliseRef = (input: string): string => {
  const text = input.trim();
  const m = /^(?:([a-z0-9-]+)§|§\s*|s(?:ection)?\.?\s*)?(\d+(?:\.\d+)?)$/i.exec(text);
  return m ? `${m[1]?.toLowerCase() ?? ''}§${m[2]}` : text;
};

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * Sections and passages matching what is typed, for autocomplete: by ref prefix (`3` → §3, §3.1 …),
 * else by words of the section title or passage text. Empty input lists the sections.
 */
export const completeRef = (engine: Engine, partial: string, limit = 25): RefChoice[] => {
  const sections = engine.documents.flatMap((d) => d.sections);
  const all = sections.flatMap((s) => [
    { ref: s.ref, label: s.title, text: s.title, section: true },
    ...s.passages.map((p) => ({ ref: p.ref, label: p.text, text: `${s.title} ${p.text}`, section: false })),
  ]);
  const typed = partial.trim();
  const asRef = normaliseRef(typed);
  let found: typeof all;
  if (typed === '') found = all.filter((c) => c.section);
  else if (/§\d/.test(asRef)) {
    // `§3` matches in every document; `doc§3` in one.
    found = all.filter((c) => (asRef.startsWith('§') ? c.ref.slice(c.ref.indexOf('§')) : c.ref).startsWith(asRef));
  } else {
    const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
    found = all.filter((c) => words.every((w) => c.text.toLowerCase().includes(w)));
  }
  return found.slice(0, limit).map((c) => ({ ref: c.ref, name: shorten(`${c.ref} · ${c.label.replace(/\s+/g, ' ')}`, 100) }));
};
