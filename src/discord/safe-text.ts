import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Breaks everything Discord would turn into a ping (`@everyone`, `@here`, `<@id>`, `<@!id>`,
 * `<@&role>`) with a zero-width space, so echoed text cannot notify anyone even if a reply
 * forgot `allowedMentions`.
 */
export const neutraliseMentions = (text: string): string =>
  text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<@(?!\u200B)/g, `<@${ZERO_WIDTH_SPACE}`);

/** User or article text made inert: Markdown escaped (headings, lists and masked links too), mentions broken. */
export const safeText = (text: string): string =>
  neutraliseMentions(escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }));

/** Like {@link safeText}, on one line: white space, newlines included, collapsed. */
export const safeLine = (text: string): string => safeText(text.replace(/\s+/g, ' ').trim());

/**
 * `text` made inert with the ranges in `highlights` in bold. Each piece is escaped on its own, so
 * the bold markers are the only Markdown in the result.
 */
export const emphasise = (text: string, highlights: readonly (readonly [number, number])[]): string => {
  let out = '';
  let at = 0;
  for (const [from, to] of highlights) {
    const a = Math.max(at, snap(text, from));
    const b = Math.max(a, snap(text, to));
    const marked = text.slice(a, b);
    out += escapePiece(text.slice(at, a));
    // Bold around white space does not render; keep the spaces outside the markers.
    const inner = marked.trim();
    if (inner) {
      const lead = marked.slice(0, marked.indexOf(inner));
      out += `${escapePiece(lead)}**${escapePiece(inner)}**${escapePiece(marked.slice(lead.length + inner.length))}`;
    } else out += escapePiece(marked);
    at = b;
  }
  return neutraliseMentions(out + escapePiece(text.slice(at)));
};

/** `i` within `text`, moved back so it never falls inside a surrogate pair (an emoji). */
const snap = (text: string, i: number): number => {
  const at = Math.max(0, Math.min(i, text.length));
  return /[\uDC00-\uDFFF]/.test(text.charAt(at)) && /[\uD800-\uDBFF]/.test(text.charAt(at - 1)) ? at - 1 : at;
};

const escapePiece = (text: string): string => escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
