import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, loadContent, parseContent } from '../../src/content/load-content.js';
import { CONTENT_DIR } from '../helpers/engine.js';
import { tempContent } from '../helpers/temp-content.js';
import { realEngine } from '../helpers/engine.js';

const ARTICLE = `---
title: A test article
authors:
  - name: A. Writer
    affiliation: Somewhere
date: 2024-01-05
---

## 1. First things

One paragraph
that wraps.

Another paragraph.

## 2. Second things

Last paragraph.
`;

describe('the repository content', () => {
  it('GIVEN content/ THEN the article parses with its metadata, 5–8 sections and unique refs', async () => {
    const corpus = await loadContent(CONTENT_DIR);
    expect(corpus.documents).toHaveLength(1);
    const [doc] = corpus.documents;
    expect(doc?.meta.title).toBe('Tenuous connections');
    expect(doc?.meta.outlet).toBe('China Daily Global Edition (USA)');
    expect(doc?.meta.authors.map((a) => a.name)).toEqual(['Zhang Yunling', 'Yang Yanlong']);
    expect(doc?.meta.authors.every((a) => a.affiliation)).toBe(true);
    expect(doc?.meta.illustration).toBe('LUO JIE / CHINA DAILY');
    expect(doc?.sections.length).toBeGreaterThanOrEqual(5);
    expect(doc?.sections.length).toBeLessThanOrEqual(8);
    const passages = doc?.sections.flatMap((s) => s.passages) ?? [];
    expect(passages).toHaveLength(17);
    expect(new Set(passages.map((p) => p.ref)).size).toBe(passages.length);
    for (const p of passages) {
      expect(p.ref).toMatch(/^§\d+\.\d+$/);
      expect(p.text.trim().length).toBeGreaterThan(40);
    }
  });

  it('GIVEN the seed text THEN every word of the body is kept and the print artefacts are gone', async () => {
    const seed = await readFile(path.join(CONTENT_DIR, '../../shared/seed/article.txt'), 'utf8').catch(() => undefined);
    const article = await readFile(path.join(CONTENT_DIR, 'tenuous-connections.md'), 'utf8');
    for (const artefact of ['??', 'Newspapers in English', 'Newspapers from United States', 'US-JapanROK', 'longterm', 'hightech', 'The authors c']) {
      expect(article).not.toContain(artefact);
    }
    if (seed) {
      const body = (await loadContent(CONTENT_DIR)).documents[0]?.sections.flatMap((s) => s.passages.map((p) => p.text)) ?? [];
      const fixed = seed.replace('US-JapanROK', 'US-Japan-ROK').replace('longterm', 'long-term').replace('hightech', 'high-tech');
      for (const text of body) expect(fixed).toContain(text);
    }
  });

  it('GIVEN the glossary THEN it has at least 20 terms, each used by the article or marked background', async () => {
    const engine = await realEngine();
    expect(engine.glossary.length).toBeGreaterThanOrEqual(20);
    for (const term of ['DPRK', 'ROK', 'Quad', 'AUKUS', 'IPEF', 'RCEP', 'G7', 'NATO', 'de-risking', 'America first']) {
      expect(engine.glossary.some((e) => e.term === term), term).toBe(true);
    }
    for (const entry of engine.glossary) {
      const definition = engine.define(entry.term);
      expect(definition.kind, entry.term).toBe('found');
      if (!entry.background && definition.kind === 'found') expect(definition.passages.length, `${entry.term} is never used`).toBeGreaterThan(0);
      expect(entry.definition.length).toBeLessThanOrEqual(500);
    }
  });
});

describe('parsing content files', () => {
  let temp: Awaited<ReturnType<typeof tempContent>> | undefined;
  afterEach(async () => temp?.remove());

  it('GIVEN sections and wrapped paragraphs THEN refs are §S.P and lines are joined', () => {
    const corpus = parseContent([{ name: 'content/a.md', text: ARTICLE }]);
    const passages = corpus.documents[0]?.sections.flatMap((s) => s.passages) ?? [];
    expect(passages.map((p) => p.ref)).toEqual(['§1.1', '§1.2', '§2.1']);
    expect(passages[0]?.text).toBe('One paragraph that wraps.');
    expect(passages[0]?.line).toBe(11);
    expect(passages[2]?.sectionTitle).toBe('Second things');
  });

  it('GIVEN keywords comments THEN each gives words to the paragraph above, and other comments are left out', () => {
    const text = ARTICLE.replace('that wraps.\n', 'that wraps.\n<!-- keywords: first, opening words -->\n<!-- an editor\'s note -->\n<!-- keywords: start -->\n');
    const passages = parseContent([{ name: 'content/a.md', text }]).documents[0]?.sections.flatMap((s) => s.passages) ?? [];
    expect(passages.map((p) => p.ref)).toEqual(['§1.1', '§1.2', '§2.1']);
    expect(passages[0]?.text).toBe('One paragraph that wraps.');
    expect(passages[0]?.keywords).toBe('first, opening words, start');
    expect(passages[1]?.keywords).toBe('');
  });

  it('GIVEN two documents THEN refs carry the document id', () => {
    const corpus = parseContent([
      { name: 'content/first.md', text: ARTICLE },
      { name: 'content/second.md', text: ARTICLE.replace('A test article', 'Another') },
    ]);
    const refs = corpus.documents.flatMap((d) => d.sections.flatMap((s) => s.passages.map((p) => p.ref)));
    expect(refs).toContain('first§1.1');
    expect(refs).toContain('second§2.1');
    expect(new Set(refs).size).toBe(refs.length);
  });

  it.each([
    ['a duplicate section number', ARTICLE.replace('## 2. Second things', '## 1. Second things'), /a\.md:16: section 1 appears twice \(first at line 9\)/],
    ['a missing section number', ARTICLE.replace('## 2. Second things', '## 3. Second things'), /a\.md:16: section 3 should be number 2/],
    ['a heading that is not a section', ARTICLE.replace('## 2. Second things', '## Second things'), /a\.md:16: heading "## Second things" is not a section heading/],
    ['an unknown front matter field', ARTICLE.replace('date:', 'dated:'), /a\.md:6: unknown front matter field "dated"/],
    ['no title', ARTICLE.replace('title: A test article\n', ''), /front matter has no "title"/],
    ['a bad date', ARTICLE.replace('2024-01-05', 'January'), /a\.md:6: date "January" is not YYYY/],
    ['an empty section', ARTICLE.replace('Last paragraph.\n', ''), /a\.md:16: section 2 "Second things" has no paragraphs/],
    ['no front matter', '## 1. Hi\n\nText.\n', /a\.md:1: no front matter/],
    ['keywords before any paragraph', ARTICLE.replace('## 1. First things\n', '## 1. First things\n<!-- keywords: x -->\n'), /a\.md:10: keywords before any paragraph/],
    ['keywords with no words', ARTICLE.replace('Another paragraph.\n', 'Another paragraph.\n<!-- keywords: , -->\n'), /a\.md:15: keywords comment with no words/],
    ['a comment over several lines', ARTICLE.replace('Another paragraph.\n', 'Another paragraph.\n<!-- keywords: a,\nb -->\n'), /a\.md:15: a comment must open and close on one line/],
  ])('GIVEN %s THEN the problem names the file and line', (_name, text, message) => {
    expect(() => parseContent([{ name: 'content/a.md', text }])).toThrowError(message);
  });

  it('GIVEN a glossary with an alias used twice THEN both lines are named', () => {
    const glossary = `- term: DPRK\n  aliases: [North Korea]\n  definition: A country.\n- term: Pyongyang\n  aliases: [north korea]\n  definition: A city.\n`;
    expect(() => parseContent([{ name: 'content/a.md', text: ARTICLE }, { name: 'content/glossary.yml', text: glossary }])).toThrowError(
      /glossary\.yml:4: "north korea" is already used by "DPRK" \(line 1\)/,
    );
  });

  it('GIVEN a folder with invalid UTF-8 THEN loading names the file', async () => {
    temp = await tempContent(false);
    await temp.write('bad.md', '');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(temp.dir, 'bad.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
    const error = await loadContent(temp.dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/bad\.md:2: invalid UTF-8/);
  });
});
