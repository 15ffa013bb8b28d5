import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../src/app/library.js';
import { ContentError } from '../../src/content/load-content.js';
import { tempContent } from '../helpers/temp-content.js';
import { tsx } from '../helpers/run.js';

const ARTICLE = 'tenuous-connections.md';
let temp: Awaited<ReturnType<typeof tempContent>> | undefined;
afterEach(async () => {
  await temp?.remove();
  temp = undefined;
});

const topRef = (library: Library, question: string) => {
  const answer = library.engine.answer(question);
  return answer.kind === 'answered' ? answer.passages[0]?.passage.ref : 'not covered';
};

describe('Library: reindexing content from disk', () => {
  it('GIVEN an edited paragraph THEN a reindex answers from the new text and reports what changed', async () => {
    temp = await tempContent();
    const library = await Library.open(temp.dir);
    const before = library.revision;
    expect(topRef(library, 'what do the authors say about penguins in Antarctica?')).toBe('not covered');
    const text = await readFile(path.join(temp.dir, ARTICLE), 'utf8');
    await temp.write(ARTICLE, text.replace('As a major country in the region,', 'Penguins in Antarctica are not part of this. As a major country in the region,'));
    const result = await library.reindex();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.changed).toEqual(['§7.2']);
    expect(result.report.added).toEqual([]);
    expect(result.report.removed).toEqual([]);
    expect(result.report.revisionBefore).toBe(before);
    expect(result.report.revision).not.toBe(before);
    expect(library.revision).toBe(result.report.revision);
    expect(topRef(library, 'what do the authors say about penguins in Antarctica?')).toBe('§7.2');
  });

  it('GIVEN a broken edit THEN the old index keeps serving and every problem names file and line', async () => {
    temp = await tempContent();
    const library = await Library.open(temp.dir);
    const revision = library.revision;
    const text = await readFile(path.join(temp.dir, ARTICLE), 'utf8');
    await temp.write(ARTICLE, text.replace('## 3. ', '## 2. ').replace('title: Tenuous connections', 'tittle: Tenuous connections'));
    const result = await library.reindex();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^tenuous-connections\.md:2: unknown front matter field "tittle"/), expect.stringMatching(/^tenuous-connections\.md:\d+: section 2 appears twice/)]));
    expect(library.revision).toBe(revision);
    expect(topRef(library, 'what constraints does the mechanism face?')).toBe('§6.1');
  });

  it('GIVEN two reindexes at once THEN they share one build', async () => {
    temp = await tempContent();
    const library = await Library.open(temp.dir);
    const [a, b] = [library.reindex(), library.reindex()];
    expect(a).toBe(b);
    await a;
    expect(library.reindex()).not.toBe(a);
  });

  it('GIVEN a new document THEN refs carry the document id and the passages are added', async () => {
    temp = await tempContent();
    const library = await Library.open(temp.dir);
    await temp.write('penguins.md', '---\ntitle: Penguins\n---\n\n## 1. Cold birds\n\nEmperor penguins breed in the Antarctic winter.\n');
    const result = await library.reindex();
    expect(result.ok && result.report.added).toEqual(['penguins§1.1']);
    expect(result.ok && result.report.removed).toEqual([]);
    expect(result.ok && result.report.changed).toEqual([]);
    expect(topRef(library, 'when do emperor penguins breed?')).toBe('penguins§1.1');
    expect(topRef(library, 'what constraints does the mechanism face?')).toBe('tenuous-connections§6.1');
  });

  it('GIVEN a glossary term no passage uses THEN opening fails naming the entry line', async () => {
    temp = await tempContent();
    const glossary = await readFile(path.join(temp.dir, 'glossary.yml'), 'utf8');
    await temp.write('glossary.yml', `${glossary}\n- term: Penguin diplomacy\n  definition: Not in the article.\n`);
    const error = await Library.open(temp.dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/glossary\.yml:\d+: "Penguin diplomacy" is used by no passage — .*background: true/);
  });
});

describe('npm run check-content and npm run reindex', () => {
  it('GIVEN the repository content THEN check-content says it is OK', async () => {
    const { code, stdout } = await tsx('src/cli/check-content.ts');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^content OK \(revision [0-9a-f]{10}\): 1 document, 7 sections, 17 passages, \d+ glossary terms/);
  });

  it('GIVEN broken files THEN each problem is one file:line line and the exit is non-zero', async () => {
    temp = await tempContent();
    await temp.write('broken.md', '---\ntitle: Broken\nauthor: Me\n---\n\n## 1. One\n\n...\n');
    const { code, stderr } = await tsx('src/cli/check-content.ts', [], { env: { CONTENT_DIR: temp.dir } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.md:3: unknown front matter field "author" — use one of: title/);
    expect(stderr).toMatch(/broken\.md:8: empty paragraph "\.\.\." — /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('GIVEN a change between two runs THEN reindex reports it by ref', async () => {
    temp = await tempContent();
    const cache = await tempContent(false);
    try {
      const env = { CONTENT_DIR: temp.dir, CACHE_DIR: cache.dir };
      const first = await tsx('src/cli/reindex.ts', [], { env });
      expect(first.stdout).toMatch(/Indexed revision \w+ .*17 passages/);
      const text = await readFile(path.join(temp.dir, ARTICLE), 'utf8');
      await temp.write(ARTICLE, text.replace('On the one hand, the relative', 'On the one hand, the declining relative'));
      const second = await tsx('src/cli/reindex.ts', [], { env });
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/added none; removed none; changed §6\.2\./);
    } finally {
      await cache.remove();
    }
  });
});
