import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INDEX_CACHE_FILE, indexKey } from '../../src/app/index-cache.js';
import { Library } from '../../src/app/library.js';
import { tempContent } from '../helpers/temp-content.js';

const ARTICLE = 'tenuous-connections.md';
const QUESTIONS = ['what constraints does the mechanism face?', 'is pyongyang having nukes making war on the peninsula more likely', 'best sushi in Tokyo', 'what did the trilaterl dialogue in washingtn discuss'];

let temp: Awaited<ReturnType<typeof tempContent>> | undefined;
let cacheDir: string | undefined;
afterEach(async () => {
  await temp?.remove();
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  temp = undefined;
  cacheDir = undefined;
});

const setUp = async () => {
  temp = await tempContent();
  cacheDir = await mkdtemp(path.join(tmpdir(), 'article-qa-cache-'));
  return { contentDir: temp.dir, cacheDir, file: path.join(cacheDir, INDEX_CACHE_FILE) };
};
const open = (contentDir: string, cache: string, warnings: string[] = []) => Library.open(contentDir, undefined, { cacheDir: cache, warn: (m) => warnings.push(m) });
const answers = (library: Library) => QUESTIONS.map((q) => library.engine.answer(q));

describe('the stored index', () => {
  it('GIVEN other idioms THEN the index key differs, since the keywords the index holds are read through them', async () => {
    const files = [{ name: 'content/a.md', text: 'text' }];
    vi.resetModules();
    vi.doMock('../../src/search/idioms.js', async (original) => ({ ...(await original<typeof import('../../src/search/idioms.js')>()), IDIOM_TABLE: '/\\bheld back\\b/gi → hinder' }));
    try {
      const other = (await import('../../src/app/index-cache.js')).indexKey(files);
      expect(other).not.toBe(indexKey(files));
    } finally {
      vi.doUnmock('../../src/search/idioms.js');
      vi.resetModules();
    }
  });

  it('GIVEN a first start THEN the index is stored, and the next start loads it and answers identically', async () => {
    const { contentDir, cacheDir: cache, file } = await setUp();
    const first = await open(contentDir, cache);
    expect(first.openedFromCache).toBe(false);
    expect((await stat(file)).size).toBeGreaterThan(0);
    const second = await open(contentDir, cache);
    expect(second.openedFromCache).toBe(true);
    expect(answers(second)).toEqual(answers(first));
  });

  it('GIVEN a corrupt cache file THEN start-up warns naming it, rebuilds, and stores a good one', async () => {
    const { contentDir, cacheDir: cache, file } = await setUp();
    const fresh = await open(contentDir, cache);
    const bytes = await readFile(file);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] as number) ^ 0xff;
    await writeFile(file, bytes);
    const warnings: string[] = [];
    const rebuilt = await open(contentDir, cache, warnings);
    expect(rebuilt.openedFromCache).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`${INDEX_CACHE_FILE}: corrupt index cache .*rebuilding it`))]);
    expect(answers(rebuilt)).toEqual(answers(fresh));
    expect((await open(contentDir, cache)).openedFromCache).toBe(true);
  });

  it('GIVEN a cache file that is not an index at all THEN it is ignored with a warning', async () => {
    const { contentDir, cacheDir: cache, file } = await setUp();
    await writeFile(file, 'not an index');
    const warnings: string[] = [];
    const library = await open(contentDir, cache, warnings);
    expect(library.openedFromCache).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(library.engine.answer(QUESTIONS[0] as string).kind).toBe('answered');
  });

  it('GIVEN content edited between starts THEN the stored index is not used but rebuilt', async () => {
    const { contentDir, cacheDir: cache } = await setUp();
    await open(contentDir, cache);
    const text = await readFile(path.join(contentDir, ARTICLE), 'utf8');
    await temp?.write(ARTICLE, text.replace('As a major country in the region,', 'Penguins in Antarctica are not part of this. As a major country in the region,'));
    const warnings: string[] = [];
    const library = await open(contentDir, cache, warnings);
    expect(library.openedFromCache).toBe(false);
    expect(warnings).toEqual([]);
    const answer = library.engine.answer('what do the authors say about penguins in Antarctica?');
    expect(answer.kind === 'answered' && answer.passages[0]?.passage.ref).toBe('§7.2');
  });

  it('GIVEN a reindex THEN the worker stores the new index, which the next start loads', async () => {
    const { contentDir, cacheDir: cache } = await setUp();
    const library = await open(contentDir, cache);
    await temp?.write('penguins.md', '---\ntitle: Penguins\n---\n\n## 1. Cold birds\n\nEmperor penguins breed in the Antarctic winter.\n');
    expect((await library.reindex()).ok).toBe(true);
    const next = await open(contentDir, cache);
    expect(next.openedFromCache).toBe(true);
    expect(next.revision).toBe(library.revision);
    const answer = next.engine.answer('when do emperor penguins breed?');
    expect(answer.kind === 'answered' && answer.passages[0]?.passage.ref).toBe('penguins§1.1');
  });
});

describe('reindexing while questions keep coming', () => {
  it('GIVEN a stream of questions during a reindex THEN every one is answered, by the old index then the new', async () => {
    const { contentDir, cacheDir: cache } = await setUp();
    const library = await open(contentDir, cache);
    await temp?.write('penguins.md', '---\ntitle: Penguins\n---\n\n## 1. Cold birds\n\nEmperor penguins breed in the Antarctic winter.\n');
    const revisions = new Set<string>();
    let asked = 0;
    let stopAt = Infinity;
    const stream = (async () => {
      while (asked < stopAt) {
        const engine = library.engine;
        const answer = engine.answer('what constraints does the mechanism face?');
        expect(answer.kind).toBe('answered');
        revisions.add(engine.revision);
        asked += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const result = await library.reindex();
    const during = asked;
    stopAt = asked + 1;
    await stream;
    expect(result.ok).toBe(true);
    expect(during).toBeGreaterThan(0);
    expect(revisions.size).toBe(2);
  });

  it('GIVEN two reindexes at once THEN one build runs and both get its result', async () => {
    const { contentDir, cacheDir: cache, file } = await setUp();
    const library = await open(contentDir, cache);
    const before = (await stat(file)).mtimeMs;
    const [a, b] = await Promise.all([library.reindex(), library.reindex()]);
    expect(a).toBe(b);
    expect((await stat(file)).mtimeMs).toBeGreaterThanOrEqual(before);
  });
});
