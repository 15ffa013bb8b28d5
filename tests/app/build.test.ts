import { describe, expect, it } from 'vitest';
import { engineFromFiles } from '../../src/app/build.js';
import { ContentError, readContentFiles } from '../../src/content/load-content.js';
import { encodeSnapshot, snapshotOf } from '../../src/search/snapshot.js';
import { syntheticContent } from '../../bench/synthetic-corpus.js';
import { CONTENT_DIR } from '../helpers/engine.js';

const bytesOf = async (files: Parameters<typeof engineFromFiles>[0], runs: number) => Buffer.concat(encodeSnapshot(snapshotOf(await engineFromFiles(files, undefined, { runs }))));

describe('engineFromFiles: a corpus indexed in runs on worker threads', () => {
  it('GIVEN a library indexed in one run and in three THEN both engines are the same, byte for byte', async () => {
    // Runs are indexed apart and merged: postings, passage counts, field lengths, their averages, the typo trie must all come out as from one index.
    const files = syntheticContent(await readContentFiles(CONTENT_DIR), { passages: 1500, seed: 3 });
    expect((await bytesOf(files, 3)).equals(await bytesOf(files, 1))).toBe(true);
  });

  it('GIVEN more runs than passages THEN the engine is still the one-run engine', async () => {
    const files = [{ name: 'content/tea.md', text: '---\ntitle: Tea\n---\n\n## 1. Leaves\n\nGreen tea is steamed.\n\nBlack tea is oxidised.\n' }];
    expect((await bytesOf(files, 4)).equals(await bytesOf(files, 1))).toBe(true);
  });

  it('GIVEN broken content and several runs THEN the problems are reported', async () => {
    // The workers started ahead of parsing are stopped: one left waiting for its run would keep the process alive.
    const files = [{ name: 'content/broken.md', text: 'no front matter\n' }];
    await expect(engineFromFiles(files, undefined, { runs: 2 })).rejects.toBeInstanceOf(ContentError);
  });
});
