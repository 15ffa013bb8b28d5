import type { APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReindexResult } from '../../src/app/library.js';
import type { ArticleDocument, DocumentMeta, GlossaryEntry, Passage, Section } from '../../src/content/types.js';
import {
  aboutEmbed,
  answerEmbed,
  definitionEmbed,
  embedSize,
  fitEmbed,
  helpEmbed,
  notCoveredEmbed,
  reindexEmbed,
  sectionEmbed,
} from '../../src/discord/format-embed.js';
import { LIMITS, truncate } from '../../src/discord/limits.js';
import { emphasise, neutraliseMentions, safeLine } from '../../src/discord/safe-text.js';
import type { AnswerPassage } from '../../src/search/engine.js';
import { PING, stringsOf } from './discord-text.js';
import { hostileText } from './hostile.js';

/** Text built to break things: mentions, Markdown, Discord tokens, long runs, emoji, RTL, zero-width, lone surrogates, random Unicode. */
const nasty = hostileText(60);
/** Sometimes far past any Discord limit. */
const long = fc.oneof(nasty, fc.tuple(nasty, fc.integer({ min: 1, max: 80 })).map(([t, n]) => `${t} `.repeat(n).slice(0, 12_000)));

const passageArb: fc.Arbitrary<Passage> = fc.record({
  ref: fc.oneof(fc.constantFrom('§1.1', '§6.3', 'doc§12.40'), nasty),
  docId: fc.constant('doc'),
  sectionNumber: fc.nat(99),
  sectionTitle: nasty,
  paragraph: fc.nat(99),
  text: long,
  file: fc.constant('content/doc.md'),
  line: fc.nat(),
});

const ranges = (length: number) =>
  fc.array(fc.tuple(fc.nat(length), fc.nat(length)), { maxLength: 12 }).map((pairs) => {
    const sorted = pairs.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const).sort((x, y) => x[0] - y[0]);
    const out: (readonly [number, number])[] = [];
    for (const [a, b] of sorted) if (a >= (out.at(-1)?.[1] ?? 0)) out.push([a, b]);
    return out;
  });

const answerPassageArb: fc.Arbitrary<AnswerPassage> = passageArb.chain((passage) =>
  ranges(passage.text.length).map((highlights) => ({ passage, score: 1, coverage: 1, sentences: [], highlights })),
);

const metaArb: fc.Arbitrary<DocumentMeta> = fc.record({
  title: long,
  authors: fc.array(fc.record({ name: nasty, affiliation: long }), { maxLength: 30 }),
  standfirst: long,
  outlet: nasty,
  date: nasty,
  source: long,
  illustration: nasty,
});

/** Every limit Discord puts on an embed, and no text that could ping. */
const expectSendable = (embed: APIEmbed) => {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
  for (const f of embed.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  if (embed.footer) expect(embed.footer.text.length).toBeGreaterThan(0);
  expect(embedSize(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const text of stringsOf(embed)) {
    expect(text).not.toMatch(PING);
    // A cut never leaves half of a surrogate pair.
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  }
};

describe('truncate', () => {
  it('GIVEN text that fits THEN it is unchanged', () => {
    expect(truncate('Short. Text.', 12)).toBe('Short. Text.');
  });

  it('GIVEN room for whole sentences THEN it cuts after the last one that fits, with "…"', () => {
    const text = 'The first sentence is here. The second one is here too. The third never fits.';
    expect(truncate(text, 60)).toBe('The first sentence is here. The second one is here too. …');
  });

  it('GIVEN one long sentence THEN it cuts at a word', () => {
    expect(truncate('alpha beta gamma delta epsilon zeta eta theta', 20)).toBe('alpha beta gamma…');
  });

  it('GIVEN a cut inside an emoji THEN the pair stays whole', () => {
    expect(truncate('😀😀😀😀', 4)).toBe('😀…');
  });

  it('PROPERTY: never longer than the limit; unchanged when it fits; ends with "…" when cut', () => {
    fc.assert(
      fc.property(long, fc.integer({ min: 0, max: 3000 }), (text, max) => {
        const out = truncate(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(out).toBe(text);
        else if (max > 0) expect(out.endsWith('…')).toBe(true);
      }),
    );
  });
});

describe('safe text', () => {
  it('GIVEN mentions THEN each is broken by a zero-width space', () => {
    expect(neutraliseMentions('hi @everyone and <@123> and <@&456> @here')).toBe('hi @\u200Beveryone and <@\u200B123> and <@\u200B&456> @\u200Bhere');
  });

  it('GIVEN Markdown in a question THEN it is escaped, headings and masked links too', () => {
    expect(safeLine('# **bold** [x](https://a.invalid)')).toBe('\\# \\*\\*bold\\*\\* \\[x](https://a.invalid)');
  });

  it('GIVEN highlights THEN only they are bold and the rest is escaped', () => {
    expect(emphasise('a *b* c d', [[3, 4], [8, 9]])).toBe('a \\***b**\\* c **d**');
    expect(emphasise('keep spaces', [[4, 11]])).toBe('keep **spaces**');
  });
});

describe('embed formatters (properties: nothing breaks a Discord limit, nothing can ping)', () => {
  it('PROPERTY: fitEmbed brings any embed within every limit', () => {
    const embed = fc.record(
      {
        title: long,
        description: fc.oneof(long, fc.string({ minLength: 4000, maxLength: 9000 })),
        footer: fc.record({ text: long }),
        author: fc.record({ name: long }),
        fields: fc.array(fc.record({ name: long, value: long }), { maxLength: 40 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(embed, (e) => expectSendable(fitEmbed(e as APIEmbed))));
  });

  it('PROPERTY: answer pages', () => {
    fc.assert(
      fc.property(long, fc.array(answerPassageArb, { minLength: 1, maxLength: 10 }), fc.nat(9), metaArb, (question, passages, offset, meta) => {
        const embed = answerEmbed({ kind: 'answered', question, passages }, { offset: offset % passages.length, size: 3 }, meta);
        expectSendable(embed);
      }),
      { numRuns: 120 },
    );
  });

  it('PROPERTY: not-covered replies', () => {
    const suggestion = fc.record({ kind: fc.constantFrom('term' as const, 'section' as const), label: long, value: nasty });
    fc.assert(
      fc.property(long, long, fc.array(suggestion, { maxLength: 10 }), (question, reason, suggestions) =>
        expectSendable(notCoveredEmbed({ kind: 'not-covered', question, reason, suggestions })),
      ),
    );
  });

  it('PROPERTY: definitions and "did you mean"', () => {
    const entry: fc.Arbitrary<GlossaryEntry> = fc.record({
      term: nasty,
      aliases: fc.array(nasty, { maxLength: 20 }),
      definition: long,
      background: fc.boolean(),
      file: fc.constant('content/glossary.yml'),
      line: fc.nat(),
    });
    fc.assert(
      fc.property(entry, fc.array(passageArb, { maxLength: 8 }), long, fc.array(nasty, { maxLength: 8 }), (e, passages, query, suggestions) => {
        expectSendable(definitionEmbed({ kind: 'found', query, entry: e, passages }));
        expectSendable(definitionEmbed({ kind: 'not-found', query, suggestions }));
      }),
      { numRuns: 80 },
    );
  });

  it('PROPERTY: sections, about, help and reindex reports', () => {
    const section: fc.Arbitrary<Section> = fc.record({ number: fc.nat(99), title: long, ref: nasty, line: fc.nat(), passages: fc.array(passageArb, { maxLength: 8 }) });
    const documents: fc.Arbitrary<ArticleDocument[]> = fc.array(fc.record({ id: fc.constant('doc'), file: fc.constant('doc.md'), meta: metaArb, sections: fc.constant([]) }), { maxLength: 4 });
    const stats = fc.record({ documents: fc.nat(), sections: fc.nat(), passages: fc.nat(), terms: fc.nat(), glossaryTerms: fc.nat() });
    const help = fc.array(fc.record({ usage: nasty, summary: long, examples: fc.array(nasty, { maxLength: 4 }) }), { maxLength: 30 });
    const refs = fc.array(nasty, { maxLength: 300 });
    const reindex: fc.Arbitrary<ReindexResult> = fc.oneof(
      fc.record({ ok: fc.constant(false as const), ms: fc.nat(), problems: fc.array(fc.record({ file: nasty, line: fc.nat(), message: long }), { maxLength: 50 }) }),
      fc.record({
        ok: fc.constant(true as const),
        report: fc.record({ documents: fc.nat(), sections: fc.nat(), passages: fc.nat(), terms: fc.nat(), glossaryTerms: fc.nat(), added: refs, removed: refs, changed: refs, ms: fc.nat(), revisionBefore: nasty, revision: nasty }),
      }),
    );
    fc.assert(
      fc.property(section, documents, stats, help, reindex, metaArb, nasty, (s, docs, st, h, r, meta, name) => {
        expectSendable(sectionEmbed(s, meta));
        expectSendable(aboutEmbed(docs, st, new Date(0)));
        expectSendable(helpEmbed(h, name, meta));
        expectSendable(reindexEmbed(r));
      }),
      { numRuns: 80 },
    );
  });
});
