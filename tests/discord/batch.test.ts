import { describe, expect, it } from 'vitest';
import { Batcher, MAX_BATCH } from '../../src/discord/batch.js';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Batcher', () => {
  it('runs the work asked for in one turn back to back, in order, after the turn', async () => {
    const batcher = new Batcher();
    const ran: string[] = [];
    const results = ['a', 'b', 'c'].map((name) =>
      batcher.run(() => {
        ran.push(name);
        return name.toUpperCase();
      }),
    );
    // Nothing runs while the turn that asked is still going.
    expect(ran).toEqual([]);
    // Each job settles when its own work is done; the others' results are not mixed in.
    let settledBeforeAll = 0;
    void results[0]!.then(() => (settledBeforeAll = ran.length));
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C']);
    // All three ran before the first caller resumed: the work was done together.
    expect(settledBeforeAll).toBe(3);
  });

  it('rejects only the caller whose work threw', async () => {
    const batcher = new Batcher();
    const ok = batcher.run(() => 1);
    const failing = batcher.run(() => {
      throw new Error('no more passages');
    });
    const after = batcher.run(() => 3);
    await expect(failing).rejects.toThrow('no more passages');
    expect(await Promise.all([ok, after])).toEqual([1, 3]);
  });

  it('runs at most MAX_BATCH jobs a turn and the rest in the next', async () => {
    const batcher = new Batcher();
    let done = 0;
    const all = Array.from({ length: MAX_BATCH + 5 }, () => batcher.run(() => (done += 1)));
    await nextTurn();
    expect(done).toBe(MAX_BATCH);
    await nextTurn();
    expect(done).toBe(MAX_BATCH + 5);
    await Promise.all(all);
  });

  it('starts a new batch for work asked for after the last one ran', async () => {
    const batcher = new Batcher();
    expect(await batcher.run(() => 'first')).toBe('first');
    expect(await batcher.run(() => 'second')).toBe('second');
  });
});
