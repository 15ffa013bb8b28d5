import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnansweredStore } from '../../src/app/unanswered.js';
import { mergeUnanswered } from '../../src/discord/merge-unanswered.js';
import { tsx } from '../helpers/run.js';
import { tempContent } from '../helpers/temp-content.js';

describe('unanswered questions of several shards', () => {
  it('GIVEN the same question on two shards THEN one entry, counts added, the latest asking kept, most asked first', () => {
    const merged = mergeUnanswered([
      [
        { question: 'Best sushi in Tokyo?', count: 2, lastAsked: '2024-01-02T00:00:00.000Z' },
        { question: 'GDP of Japan', count: 1, lastAsked: '2024-01-05T00:00:00.000Z' },
      ],
      [{ question: 'best sushi in  tokyo', count: 1, lastAsked: '2024-01-03T00:00:00.000Z' }],
    ]);
    expect(merged).toEqual([
      { question: 'Best sushi in Tokyo?', count: 3, lastAsked: '2024-01-03T00:00:00.000Z' },
      { question: 'GDP of Japan', count: 1, lastAsked: '2024-01-05T00:00:00.000Z' },
    ]);
  });

  it('GIVEN one file per shard in DATA_DIR THEN npm run unanswered lists them merged, and --clear forgets them all', async () => {
    const data = await tempContent(false);
    try {
      for (const [file, asked] of [
        ['unanswered.json', ['best sushi in Tokyo?']],
        ['unanswered.shard-1.json', ['Best sushi in Tokyo', 'GDP of Japan']],
      ] as const) {
        const store = await UnansweredStore.open(path.join(data.dir, file));
        for (const q of asked) store.record(q);
        await store.flush();
      }
      const env = { DATA_DIR: data.dir };
      const listed = await tsx('src/cli/unanswered.ts', ['--json'], { env });
      expect((JSON.parse(listed.stdout) as { questions: { question: string; count: number }[] }).questions.map((q) => [q.question, q.count])).toEqual([
        ['best sushi in Tokyo?', 2],
        ['GDP of Japan', 1],
      ]);
      expect((await tsx('src/cli/unanswered.ts', ['--clear'], { env })).stdout).toBe('Cleared 2 unanswered questions.\n');
      expect((await tsx('src/cli/unanswered.ts', [], { env })).stdout).toBe('No unanswered questions.\n');
    } finally {
      await data.remove();
    }
  });
});
