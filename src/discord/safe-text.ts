import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Breaks everything Discord would turn into a ping (`@everyone`, `@here`, `<@id>`, `<@!id>`,
 * `<@&role>`) with a zero-width space, so echoed text cannot notify anyone even if a reply
 * forgot `allowedMentions`.
 */
export const neutraliseMentions = (text: string): string =>
  text.includes('@') ? text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<@(?!\u200B)/g, `<@${ZERO_WIDTH_SPACE}`) : text;

/** A half of a surrogate pair on its own: not valid Unicode, and not something to send to Discord. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Bidi embeddings, overrides and isolates: in echoed text they would reorder the bot's own words after them. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** Any surrogate or bidi control: most text has none, and then needs no work. */
const SUSPECT = /[\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/;

/** `text` as valid Unicode (a lone surrogate becomes U+FFFD, keeping every offset) without bidi controls. */
export const wellFormed = (text: string): string => (SUSPECT.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD').replace(BIDI_CONTROL, '') : text);

/**
 * Discord's angle-bracket tokens — channel links `<#id>`, command links `</name:id>`, emoji
 * `<:name:id>`, timestamps `<t:…>`, guide links `<id:…>` — broken with a zero-width space. Done
 * before escapeMarkdown, which would otherwise spare the underscores after an emoji token.
 */
const breakTokens = (text: string): string => text.replace(/<(?=[#/:]|a:|t:|id:)/gi, `<${ZERO_WIDTH_SPACE}`);

/**
 * Escaped one by one: every `*`, `_`, `~`, `|`, backtick and `[` not escaped yet, so no
 * emphasis, code, spoiler, strikethrough or masked link can form (escapeMarkdown's own pairwise
 * escaping spares what it takes for a link, up to the next space — longer than what Discord
 * takes for one — and misses the second of two masked links in a row); and what would start a
 * block quote, subtext, heading or list item at the start of a line, also after white space
 * escapeMarkdown does not count (a byte-order mark, a zero-width space). A link in echoed text may lose its target;
 * no Markdown can get through.
 */
const escapeRest = (text: string): string =>
  text
    .replace(/^([\s\u200B]*)(>|-#|#{1,3}\s|[-+]\s)/gm, '$1\\$2')
    .replace(/^([\s\u200B]*\d+)\.(\s)/gm, '$1\\.$2')
    .replace(/\\[\s\S]|[*_~|`[]/g, (m) => (m.length === 2 ? m : `\\${m}`));

/**
 * What escapeMarkdown still does here: backslashes, headings and lists. The inline markers it
 * would escape by pairs (with look-behinds that are slow on long text) escapeRest escapes one by one.
 */
const ESCAPES = {
  escape: true,
  heading: true,
  bulletedList: true,
  numberedList: true,
  codeBlock: false,
  inlineCode: false,
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  spoiler: false,
  // "Content" here means: escape inside code spans as well (code is escaped away anyway).
  codeBlockContent: true,
  inlineCodeContent: true,
  maskedLink: false,
} as const;

/**
 * Whatever escapeMarkdown, escapeRest or breakTokens would change: a character they escape or break
 * anywhere, or a line start they escape (a list item, a numbered one; `-#`, quotes and headings
 * hold a character of the set). Text with none of it, most article text, goes through them
 * unchanged, so they are skipped.
 */
const NEEDS_ESCAPING = /[\\<*_~|`[#>]|^[\s\u200B]*(?:[-+]\s|\d+\.)/m;

/** One piece of user or article text made inert. */
const escapePiece = (text: string): string => {
  const valid = wellFormed(text);
  return NEEDS_ESCAPING.test(valid) ? escapeRest(escapeMarkdown(breakTokens(valid), ESCAPES)) : valid;
};

/**
 * User or article text made inert: Markdown escaped (headings, lists, quotes, masked links too),
 * Discord's tokens and mentions broken, lone surrogates and bidi controls removed.
 */
export const safeText = (text: string): string => neutraliseMentions(escapePiece(text));

/** Like {@link safeText}, on one line: white space, newlines included, collapsed. */
export const safeLine = (text: string): string => safeText(NOT_ONE_LINE.test(text) ? text.replace(/\s+/g, ' ').trim() : text);

/** What safeLine changes: white space other than one plain space between words. */
const NOT_ONE_LINE = /[^\S ]| {2}|^ | $/;

/**
 * `text` made inert with the ranges in `highlights` in bold. The plain runs and the bold ones are
 * escaped each on its own, so the bold markers are the only Markdown in the result; neighbouring
 * runs of the same kind are joined first, so that no construct (a heading, a list) escapes notice
 * by being cut in two.
 */
export const emphasise = (text: string, highlights: readonly (readonly [number, number])[]): string => {
  // Text with nothing to escape but where a line starts (most passages) needs no more than a look at each piece's start.
  const escape = ESCAPED_ANYWHERE.test(text) ? escapePiece : escapeStart;
  // Pieces come in order and touch: a run of one kind lasts until a piece of the other kind that
  // is not empty, so only where runs start is noted, and each run is escaped once it ends.
  let out = '';
  let run: { from: number; bold: boolean } | undefined;
  const push = (from: number, to: number, bold: boolean) => {
    if (run?.bold === bold || to <= from) return;
    if (run) out += escapeRun(escape(text.slice(run.from, from)), run.bold);
    run = { from, bold };
  };
  let at = 0;
  for (const [from, to] of highlights) {
    const a = Math.max(at, snap(text, from));
    const b = Math.max(a, snap(text, to));
    push(at, a, false);
    // Bold around white space does not render; keep the spaces outside the markers.
    const marked = text.slice(a, b);
    const inner = marked.trim();
    if (inner) {
      const start = a + marked.indexOf(inner);
      push(a, start, false);
      push(start, start + inner.length, true);
      push(start + inner.length, b, false);
    } else push(a, b, false);
    at = b;
  }
  push(at, text.length, false);
  if (run) out += escapeRun(escape(text.slice(run.from)), run.bold);
  return neutraliseMentions(out);
};

const escapeRun = (escaped: string, bold: boolean) => (bold ? `**${escaped}**` : escaped);

/**
 * A character of text that escapePiece may change wherever it stands, or a line break (after which a
 * line starts): what a text must lack for escapeStart to do all escapePiece would on a piece of it.
 */
const ESCAPED_ANYWHERE = /[\\<*_~|`[#>\r\n\u2028\u2029\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/;
/** What would start a list item at the start of a piece (NEEDS_ESCAPING's only other case). */
const LIST_START = /^[\s\u200B]*(?:[-+]\s|\d+\.)/;
/** escapePiece for a piece of a text without ESCAPED_ANYWHERE: only its start may need escaping. */
const escapeStart = (piece: string): string => (LIST_START.test(piece) ? escapePiece(piece) : piece);

/** `i` within `text`, moved back so it never falls inside a surrogate pair (an emoji). */
const snap = (text: string, i: number): number => {
  const at = Math.max(0, Math.min(i, text.length));
  return /[\uDC00-\uDFFF]/.test(text.charAt(at)) && /[\uD800-\uDBFF]/.test(text.charAt(at - 1)) ? at - 1 : at;
};
