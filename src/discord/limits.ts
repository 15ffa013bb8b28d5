/**
 * Discord's limits on what a bot sends. Lengths are counted in UTF-16 code units here, which is
 * never less than Discord's count in characters, so staying under them is always accepted.
 */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author name of all embeds together. */
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
} as const;

export const ELLIPSIS = '…';

/** Where a sentence ends: after `.`, `!` or `?` (and a closing quote or bracket), before white space. */
const SENTENCE_END = /[.!?]["'\u201D\u2019)\]*_]*(?=\s)/g;

/** A cut shorter than this share of the room wastes too much: cut at a word instead. */
const MIN_SENTENCE_SHARE = 0.5;

/**
 * `text` cut to at most `max` code units: at the last sentence end that keeps at least half the
 * room, else at the last space, else anywhere (never inside a surrogate pair), then "…".
 */
export const truncate = (text: string, max: number): string => {
  if (text.length <= max) return text;
  if (max < 1) return '';
  if (max < 3) return ELLIPSIS.slice(0, max);
  const room = max - 2;
  let sentence = -1;
  // One character past the room, so a sentence ending right at its edge still sees the space after it.
  for (const m of text.slice(0, room + 1).matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end <= room) sentence = end;
  }
  if (sentence >= room * MIN_SENTENCE_SHARE) return `${dropDanglingEscape(text.slice(0, sentence))} ${ELLIPSIS}`;
  const space = lastSpace(text, room);
  if (space >= room * MIN_SENTENCE_SHARE) return `${dropDanglingEscape(text.slice(0, space).trimEnd())}${ELLIPSIS}`;
  let cut = max - 1;
  if (/[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut -= 1;
  return `${dropDanglingEscape(text.slice(0, cut))}${ELLIPSIS}`;
};

/** The index of the last white space at or before `at` (-1 if none); a loop, as a regex from the end is quadratic. */
const lastSpace = (text: string, at: number): number => {
  for (let i = Math.min(at, text.length - 1); i >= 0; i--) if (/\s/.test(text.charAt(i))) return i;
  return -1;
};

/**
 * A cut after an odd run of backslashes would escape the ellipsis: drop the last one. A cut right
 * after a quote's "> " would leave a line holding only ">…": drop the marker.
 */
const dropDanglingEscape = (text: string): string => {
  const run = /\\+$/.exec(text)?.[0].length ?? 0;
  const unescaped = run % 2 === 1 ? text.slice(0, -1) : text;
  return unescaped.replace(/\n> ?$/, '');
};
