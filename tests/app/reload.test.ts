import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../src/app/library.js';
import { reindexAndLog, watchContent } from '../../src/app/reload.js';
import { createLogger } from '../../src/logger.js';
import { logSink } from '../helpers/log-sink.js';
import { tempContent } from '../helpers/temp-content.js';

let temp: Awaited<ReturnType<typeof tempContent>> | undefined;
afterEach(async () => {
  await temp?.remove();
  temp = undefined;
});

describe('reloading content', () => {
  it('GIVEN a reindex THEN one log line gives trigger, who, revisions, counts, duration and result', async () => {
    temp = await tempContent();
    const library = await Library.open(temp.dir);
    const sink = logSink();
    const logger = createLogger({ logLevel: 'info' }, sink.stream);
    const text = await readFile(path.join(temp.dir, 'tenuous-connections.md'), 'utf8');
    await temp.write('tenuous-connections.md', text.replace('Jan 5', 'January 5'));
    await reindexAndLog(library, logger, 'command', '123456789012345678');
    await temp.write('tenuous-connections.md', text.replace('## 2.', '## 9.'));
    await reindexAndLog(library, logger, 'sighup');
    logger.flush();
    await new Promise((r) => setTimeout(r, 50));
    const [ok, failed] = sink.lines;
    expect(ok).toMatchObject({ msg: 'reindexed', trigger: 'command', who: '123456789012345678', result: 'ok', changed: 1, added: 0, removed: 0, passages: 17 });
    expect(ok?.revision).not.toBe(ok?.revisionBefore);
    expect(typeof ok?.ms).toBe('number');
    expect(failed).toMatchObject({ trigger: 'sighup', result: 'failed', revision: ok?.revision });
    expect(String((failed?.problems as string[])[0])).toMatch(/tenuous-connections\.md:\d+: section 9 should be number 2/);
  });

  it('GIVEN edits in quick succession THEN the watcher fires once after they settle', async () => {
    temp = await tempContent();
    const dir = temp.dir;
    let fired = 0;
    const settled = new Promise<void>((resolve) => {
      const stop = watchContent(dir, () => {
        fired += 1;
        stop();
        resolve();
      }, 200);
    });
    for (let i = 0; i < 5; i++) await temp.write('notes.md', `edit ${i}`);
    await settled;
    expect(fired).toBe(1);
  });
});
