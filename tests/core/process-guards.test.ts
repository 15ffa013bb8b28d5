import { describe, expect, it } from 'vitest';
import { tsx } from '../helpers/run.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const FIXTURE = 'tests/core/fixtures/process-guards-child.ts';
const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('the process guards (a real child process)', () => {
  it('GIVEN an unhandled rejection THEN it is logged once, redacted, and the process keeps serving', async () => {
    const { code, stdout, stderr } = await tsx(FIXTURE, ['rejection'], { env: { FIXTURE_TOKEN: TOKEN } });

    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(lines(stdout).map((l) => [l.level, l.msg])).toEqual([
      [50, 'unhandled rejection; still serving'],
      [30, 'still serving'],
    ]);
    expect(lines(stdout)[0]).toMatchObject({ err: { message: 'a reply failed with [redacted]' } });
    expect(stdout).not.toContain(TOKEN);
  });

  it('GIVEN an uncaught exception THEN one fatal log line, one clear stderr line, exit status 1 — the token in neither', async () => {
    const { code, stdout, stderr } = await tsx(FIXTURE, ['exception'], { env: { FIXTURE_TOKEN: TOKEN } });

    expect(code).toBe(1);
    expect(stderr).toBe('article-qa stopped: uncaught exception: a bug met [redacted] — exiting with status 1 (a supervisor restarts it)\n');
    expect(lines(stdout)).toEqual([
      expect.objectContaining({ level: 60, msg: 'uncaught exception: a bug met [redacted]; exiting so that the supervisor restarts the bot', err: expect.objectContaining({ message: 'a bug met [redacted]\nsecond line' }) }),
    ]);
    expect(stdout + stderr).not.toContain(TOKEN);
  });
});
