import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/content/types.js';
import { answerEmbed, definitionEmbed, notCoveredEmbed, sectionEmbed } from '../../src/discord/format-embed.js';
import { emphasise, safeLine, safeText, wellFormed } from '../../src/discord/safe-text.js';
import { realEngine } from '../helpers/engine.js';
import { PING, stringsOf } from './discord-text.js';
import { BIDI_CONTROL, hostileQuestion, hostileText, LONE_SURROGATE, notInert } from './hostile.js';

/** What a reader sees of escaped text: each backslash escape undone, the zero-width spaces that break tokens gone. */
const rendered = (markdown: string) => markdown.replace(/\\(.)/gsu, '$1').replace(/\u200B/g, '');
const plain = (text: string) => wellFormed(text).replace(/\u200B/g, '');

const highlightsOf = (length: number) =>
  fc.array(fc.tuple(fc.nat(length), fc.nat(length)), { maxLength: 10 }).map((pairs) => {
    const out: (readonly [number, number])[] = [];
    for (const [a, b] of pairs.map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const).sort((p, q) => p[0] - q[0])) {
      if (a >= (out.at(-1)?.[1] ?? 0)) out.push([a, b]);
    }
    return out;
  });

const passageOf = (text: string, ref = '§1.1', sectionTitle = 'A section'): Passage => ({ ref, docId: 'doc', sectionNumber: 1, sectionTitle, paragraph: 1, text, file: 'content/doc.md', line: 1 });

describe('safe text (properties over hostile input)', () => {
  it('PROPERTY: safeText and safeLine are inert — no Markdown, token, mention, lone surrogate or bidi control survives — and read back as the input', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const block = safeText(text);
        const line = safeLine(text);
        expect(notInert(block)).toBeUndefined();
        expect(notInert(line)).toBeUndefined();
        expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(rendered(block)).toBe(plain(text));
      }),
      { numRuns: 400 },
    );
  });

  it('PROPERTY: emphasise adds bold around the highlights and nothing else', () => {
    fc.assert(
      fc.property(hostileText().chain((text) => fc.tuple(fc.constant(text), highlightsOf(text.length))), ([text, highlights]) => {
        const out = emphasise(text, highlights);
        expect(notInert(out, { allowBold: true })).toBeUndefined();
        expect(rendered(out.replace(/(?<!\\)((?:\\\\)*)\*\*/g, '$1'))).toBe(plain(text));
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN text that would break out of a quote or render as something else THEN it shows literally', () => {
    expect(safeText('> not a quote\n>>> nor this\n-# nor subtext')).toBe('\\> not a quote\n\\>>> nor this\n\\-# nor subtext');
    expect(safeLine('see <#123456789012345678> </ask:1> <t:1700000000:R> <:e:1>')).toBe('see <\u200B#123456789012345678> <\u200B/ask:1> <\u200Bt:1700000000:R> <\u200B:e:1>');
    expect(safeLine('evil\u202Eeulav \uD800 ok')).toBe('evileulav \uFFFD ok');
    expect(safeLine('```js\nprocess.exit()\n```')).toBe('\\`\\`\\`js process.exit() \\`\\`\\`');
  });
});

describe('safe text (the common case)', () => {
  it('GIVEN article text with nothing Discord would render THEN it comes back as it is, and a run after a highlight that starts like a list item is still escaped', () => {
    const text = 'In 2023, the US-Japan-ROK summit at Camp David (“a new era”) set up a hotline — 1.5 track talks; 7 - 2 = 5.';
    expect(safeText(text)).toBe(text);
    expect(safeLine(text)).toBe(text);
    expect(emphasise('the summit in 2023. More - or less', [[0, 10]])).toBe('**the summit** in 2023. More - or less');
    expect(emphasise('the summit 2023. More', [[0, 11]])).toBe('**the summit** 2023\\. More');
    expect(emphasise('the summit - more', [[0, 11]])).toBe('**the summit** \\- more');
  });
});

describe('formatters (properties over hostile input)', () => {
  it('PROPERTY: an answer is headings and quotes only — no passage text escapes its quote', () => {
    const page = fc
      .array(hostileQuestion.chain((text) => fc.tuple(fc.constant(text), highlightsOf(text.length), hostileText(6))), { minLength: 1, maxLength: 5 })
      .map((parts) => parts.map(([text, highlights, title], i) => ({ passage: passageOf(text, `§${i + 1}.1`, title), score: 1, coverage: 1, sentences: [], highlights })));
    fc.assert(
      fc.property(hostileQuestion, page, (question, passages) => {
        const embed = answerEmbed({ kind: 'answered', question, passages }, { offset: 0, size: 3 }, undefined, 'ac40084250');
        expect(notInert(embed.title ?? '')).toBeUndefined();
        for (const line of (embed.description ?? '').split(/\r\n|[\n\r\u2028\u2029]/)) {
          if (line === '') continue;
          if (line.startsWith('> ')) expect(notInert(line.slice(2), { allowBold: true }), line).toBeUndefined();
          else {
            expect(line, 'a line that is neither a heading nor a quote').toMatch(/^\*\*§\d+\.1\*\* · /);
            expect(notInert(line, { allowBold: true }), line).toBeUndefined();
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('PROPERTY: what a reader typed is inert wherever it is echoed (titles, did-you-mean, not-covered reasons)', () => {
    fc.assert(
      fc.property(hostileQuestion, hostileText(), (question, reason) => {
        const notCovered = notCoveredEmbed({ kind: 'not-covered', question, reason, suggestions: [{ kind: 'term', label: reason, value: 'x' }] });
        const didYouMean = definitionEmbed({ kind: 'not-found', query: question, suggestions: [reason] });
        for (const text of [notCovered.title, didYouMean.title]) expect(notInert((text ?? '').replace(/^No glossary entry for “|”$/g, ''))).toBeUndefined();
        for (const text of stringsOf([notCovered, didYouMean])) {
          expect(text).not.toMatch(PING);
          expect(text).not.toMatch(LONE_SURROGATE);
          expect(text).not.toMatch(BIDI_CONTROL);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('PROPERTY: a section of hostile passages stays inert and within limits', () => {
    fc.assert(
      fc.property(fc.array(hostileQuestion, { minLength: 1, maxLength: 6 }), hostileText(8), (texts, title) => {
        const embed = sectionEmbed({ number: 1, title, ref: '§1', line: 1, passages: texts.map((t, i) => passageOf(t, `§1.${i + 1}`)) });
        expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
        for (const text of stringsOf(embed)) expect(text).not.toMatch(PING);
        for (const block of (embed.description ?? '').split(/\n{2,}/).map((b) => b.trim())) {
          if (block.startsWith('*') && !block.startsWith('**')) continue; // the "n more passages" line
          expect(notInert(block.replace(/^\*\*§1\.\d+\*\*/, '').trim())).toBeUndefined();
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('the engine with hostile questions, through the formatter', () => {
  it('PROPERTY: any question gets an answer or a refusal whose embed is sendable, quickly', async () => {
    const engine = await realEngine();
    fc.assert(
      fc.property(hostileQuestion, (question) => {
        const started = performance.now();
        const answer = engine.answer(question, { limit: 9 });
        const embed = answer.kind === 'answered' ? answerEmbed(answer, { offset: 0, size: 3 }) : notCoveredEmbed(answer);
        expect(performance.now() - started).toBeLessThan(250);
        expect(notInert(embed.title ?? '')).toBeUndefined();
        for (const text of stringsOf(embed)) expect(text).not.toMatch(PING);
      }),
      { numRuns: 150 },
    );
  });
});
