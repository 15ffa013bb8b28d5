import fc from 'fast-check';

/** Pieces a public bot meets in questions: mentions, Markdown, Discord tokens, links, and Unicode that breaks naive code. */
export const HOSTILE_PIECES = [
  '@everyone',
  '@here',
  '@EVERYONE',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '</ask:123456789012345678>',
  '<:pepe:123456789012345678>',
  '<a:dance:123456789012345678>',
  '<t:1700000000:R>',
  '<id:customize>',
  '**',
  '__',
  '~~',
  '||',
  '`',
  '```',
  '```js\nprocess.exit()\n```',
  '# ',
  '\n# ',
  '\n-# ',
  '\n> ',
  '\n>>> ',
  '> ',
  '\n- ',
  '\n1. ',
  '[link](https://evil.invalid)',
  '[§6.1](https://evil.invalid "title")',
  'https://discord.gg/invite',
  '<https://x.invalid>',
  '\\',
  '. ',
  '? ',
  '!\n',
  '\n',
  '\r\n',
  '\t',
  '😀',
  '👩‍👩‍👧',
  '🇯🇵',
  '\u202E', // right-to-left override
  '\u2067', // right-to-left isolate
  'مرحبا بالعالم',
  'שלום',
  '\u200B',
  '\u200D',
  '\uFEFF',
  'e\u0301\u0301\u0301',
  'Z̸̡̛̖̬̰͎̄̓ͅa̷l̵g̶o̷',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '§6.1',
  '../../etc/passwd',
  '${process.env.DISCORD_TOKEN}',
  ' ',
] as const;

/** One lone surrogate: invalid UTF-16 that JavaScript strings allow. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Text built to break things: hostile pieces, random Unicode of every kind, lone surrogates. */
export const hostileText = (maxParts = 40): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
        { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 15 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 15 }) },
        { weight: 1, arbitrary: fc.string({ unit: loneSurrogate, maxLength: 3 }) },
        { weight: 2, arbitrary: fc.constantFrom('trilateral', 'cooperation', 'AUKUS', 'Japan', 'DPRK', 'nuclear', 'why', 'what is') },
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(''));

/** Hostile text, sometimes a 6,000-character wall. */
export const hostileQuestion: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileText() },
  { weight: 1, arbitrary: fc.tuple(hostileText(20), fc.integer({ min: 1, max: 400 })).map(([t, n]) => `${t} `.repeat(n).slice(0, 6000)) },
);

/** A lone surrogate anywhere in `text`. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Characters that reorder text after them. */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Why `text` (Markdown Discord will render) is not inert, or undefined when it is: no unescaped
 * emphasis, code, spoiler, strikethrough or masked link, no line starting a quote, heading,
 * subtext or list, and no Discord token (`<#…>`, `</…>`, `<:…>`, `<t:…>`) or mention.
 * `allowBold` accepts unescaped `**` (the emphasis the bot adds itself). Underscores count only
 * outside links, where escapeMarkdown leaves them and Discord renders no Markdown either.
 */
export const notInert = (text: string, { allowBold = false } = {}): string | undefined => {
  // Escaped characters are literal: keep only what a Markdown parser would act on.
  let bare = text.replace(/\\[\s\S]/g, '\u0001');
  if (allowBold) bare = bare.replace(/\*\*/g, '\u0001');
  const markup = /\*|`|\|\||~~|\[[^\]\n]*\]\(/.exec(bare) ?? /_/.exec(bare.replace(/https?:\/\/\S+/g, ''));
  if (markup) return `unescaped ${JSON.stringify(markup[0])} in ${JSON.stringify(text.slice(0, 120))}`;
  const line = /^[\s\u200B]*(?:>|#{1,3}\s|-#|[-*+]\s|\d+\.\s)/m.exec(text);
  if (line) return `a line starting with Markdown: ${JSON.stringify(line[0])}`;
  if (/<(?:[#/:]|a:|t:|id:|@[!&]?\d)/i.test(text)) return 'a Discord token or mention';
  if (/@(?:everyone|here)/i.test(text)) return 'a mass mention';
  if (LONE_SURROGATE.test(text)) return 'a lone surrogate';
  if (BIDI_CONTROL.test(text)) return 'a bidi control';
  return undefined;
};
