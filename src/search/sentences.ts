export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits a paragraph into sentences (at ". ", "? ", "! " before a capital, a digit or a quote). */
export const sentencesOf = (text: string): Sentence[] => {
  const out: Sentence[] = [];
  const boundary = /[.!?]["'\u201D\u2019)]?\s+(?=["'\u201C\u2018(]?[\p{Lu}\d])/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].trimEnd().length;
    // "Jan 5." or "U.S." abbreviations are rare enough in articles; initials like "Y. Lee" are not split.
    if (/\b\p{Lu}\.$/u.test(text.slice(start, end))) continue;
    out.push({ text: text.slice(start, end), start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start).trimEnd(), start, end: text.trimEnd().length });
  return out.filter((s) => s.text.length > 0);
};
