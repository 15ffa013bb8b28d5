import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveHealth, type HealthServer } from '../../src/discord/health.js';
import { createLogger } from '../../src/logger.js';
import { logLine } from './e2e-helpers.js';
import { startHarness, type Harness } from './harness.js';

/** What a supervisor or load balancer sees: the health log line, and GET /healthz (HEALTH_PORT). */
let h: Harness;
let health: HealthServer;
beforeAll(async () => {
  h = await startHarness({ env: { HEALTH_LOG_SECONDS: '1' } });
  health = await serveHealth(0, '127.0.0.1', async () => ({ ready: h.bot.health().status === 'ready', body: h.bot.health() }), createLogger({ logLevel: 'silent' }));
});
afterAll(async () => {
  await health.close();
  await h.stop();
});

const get = async (pathname: string) => {
  const response = await fetch(`http://127.0.0.1:${health.port}${pathname}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('health', () => {
  it('GIVEN HEALTH_LOG_SECONDS THEN a health line that long apart: status, counters, memory, table sizes', async () => {
    await (await h.server.slashCommand('ask', { question: 'What is AUKUS?' })).waitForOriginal();
    const line = await logLine(h, (l) => l.msg === 'health' && Number(l.interactions) >= 1);
    expect(line).toMatchObject({
      level: 30,
      status: 'ready',
      guilds: 1,
      interactions: expect.any(Number),
      failed: 0,
      heapUsedMB: expect.any(Number),
      rssMB: expect.any(Number),
      revision: h.library.revision,
      cached: { users: expect.any(Number), members: expect.any(Number), questions: 1, cooldowns: expect.any(Number) },
    });
  });

  it('GIVEN a connected bot THEN GET /healthz is 200 ready; while the gateway is down it is 503, and 200 again once resumed', async () => {
    expect(await get('/healthz')).toMatchObject({ status: 200, body: { status: 'ready' } });
    const resumes = h.server.resumeCount;
    h.server.terminateAll();
    await expect.poll(async () => (await get('/healthz')).status, { interval: 20 }).toBe(503);
    await h.server.waitForResume({ count: resumes + 1 });
    await expect.poll(async () => (await get('/healthz')).status).toBe(200);
    expect((await get('/elsewhere')).status).toBe(404);
  });
});
