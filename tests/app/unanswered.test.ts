import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UnansweredStore } from '../../src/app/unanswered.js';
import { tsx } from '../helpers/run.js';
import { tempContent } from '../helpers/temp-content.js';

let temp: Awaited<ReturnType<typeof tempContent>> | undefined;
afterEach(async () => {
  await temp?.remove();
  temp = undefined;
});

describe('unanswered questions', () => {
  it('GIVEN questions recorded THEN they survive a restart, counted, most asked first, with no user ids', async () => {
    temp = await tempContent(false);
    const file = path.join(temp.dir, 'unanswered.json');
    let clock = Date.parse('2026-01-01T10:00:00Z');
    const now = () => new Date((clock += 60_000));
    const store = await UnansweredStore.open(file, undefined, now);
    store.record('Best sushi in Tokyo?');
    store.record('best   sushi in tokyo');
    store.record('What is the GDP of Japan?');
    await store.flush();

    const reopened = await UnansweredStore.open(file);
    expect(reopened.top()).toEqual([
      { question: 'Best sushi in Tokyo?', count: 2, lastAsked: '2026-01-01T10:02:00.000Z' },
      { question: 'What is the GDP of Japan?', count: 1, lastAsked: '2026-01-01T10:03:00.000Z' },
    ]);
    expect(await readFile(file, 'utf8')).not.toMatch(/user/i);
  });

  it('GIVEN a corrupt file THEN the store starts empty with a warning and writes a good one', async () => {
    temp = await tempContent(false);
    const file = path.join(temp.dir, 'unanswered.json');
    await writeFile(file, '{ not json');
    const warnings: string[] = [];
    const store = await UnansweredStore.open(file, (m) => warnings.push(m));
    expect(warnings[0]).toMatch(/unanswered\.json: unreadable/);
    store.record('hello?');
    await store.flush();
    expect((await UnansweredStore.open(file)).top().map((q) => q.question)).toEqual(['hello?']);
  });

  it('GIVEN npm run unanswered THEN it lists them, and --clear forgets them', async () => {
    temp = await tempContent(false);
    const store = await UnansweredStore.open(path.join(temp.dir, 'unanswered.json'));
    store.record('When was NATO founded?');
    store.record('When was NATO founded?');
    await store.flush();
    const env = { DATA_DIR: temp.dir };
    const listed = await tsx('src/cli/unanswered.ts', [], { env });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/2×\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+When was NATO founded\?/);
    const json = await tsx('src/cli/unanswered.ts', ['--json'], { env });
    expect(JSON.parse(json.stdout).questions[0]).toMatchObject({ question: 'When was NATO founded?', count: 2 });
    const cleared = await tsx('src/cli/unanswered.ts', ['--clear'], { env });
    expect(cleared.stdout).toMatch(/Cleared 1 unanswered question\./);
    expect((await tsx('src/cli/unanswered.ts', [], { env })).stdout).toMatch(/No unanswered questions/);
  });
});
