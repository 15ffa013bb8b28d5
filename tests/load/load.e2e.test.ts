import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_LIMITS } from '../../src/discord/client.js';
import { startHarness, type Harness } from '../discord/harness.js';
import { burst, describeReport, sustained } from './load-run.js';

/**
 * A busy server, bounded to a few seconds for `npm test`: 1,000 interactions at once, then 50
 * users asking one after another. `npm run soak` runs the full minute and measures the heap.
 */
let h: Harness;
beforeAll(async () => {
  // The default cooldown: every interaction comes from a different user, as in a real burst.
  h = await startHarness({ cooldownSeconds: 5 });
});
afterAll(async () => {
  await h.stop();
});

const expectNothingWrong = () => {
  expect(h.server.violations).toEqual([]);
  expect(h.server.errors).toEqual([]);
  expect(h.logs.filter((l) => Number(l.level) >= 40)).toEqual([]);
};

describe('load (bounded; npm run soak for the full minute)', () => {
  it('GIVEN 1,000 interactions in a burst THEN every one is answered before Discord’s 3 s deadline, none lost', async () => {
    const r = await burst(h.server, 1000);
    console.info(describeReport('burst of 1000', r));

    expect(r).toMatchObject({ sent: 1000, answered: 1000, lost: 0, late: 0 });
    expectNothingWrong();
  }, 30_000);

  it('GIVEN 50 users asking one after another for a few seconds THEN every one is answered in time, none lost', async () => {
    const r = await sustained(h.server, 50, 4000);
    console.info(describeReport('50 concurrent for 4 s', r));

    expect(r.sent).toBeGreaterThan(500);
    expect(r).toMatchObject({ lost: 0, late: 0 });
    expect(r.p99).toBeLessThan(1000);
    expectNothingWrong();
  }, 30_000);

  it('GIVEN thousands of different askers THEN every table the bot keeps stays within its bound', () => {
    const { client, context } = h.bot;
    expect(context.stats.interactions).toBeGreaterThan(1500);
    expect(client.users.cache.size).toBeLessThanOrEqual(CACHE_LIMITS.users + 1);
    expect(client.guilds.cache.reduce((n, g) => n + g.members.cache.size, 0)).toBeLessThanOrEqual(CACHE_LIMITS.members + 1);
    expect(context.questions.size).toBeLessThanOrEqual(2000);
    expect(context.cooldowns.size).toBeLessThanOrEqual(10_000);
    expect(h.unanswered.size).toBeLessThanOrEqual(1000);
  });
});
