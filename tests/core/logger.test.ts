import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { logSink } from '../helpers/log-sink.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('the logger', () => {
  it('GIVEN the token in a message, a field, a header or an error THEN no log line contains it', async () => {
    const sink = logSink();
    const logger = createLogger({ logLevel: 'debug', discord: { token: TOKEN } }, sink.stream);
    logger.info(`connecting with ${TOKEN}`);
    logger.info({ token: TOKEN, config: { discord: { token: TOKEN } } }, 'config');
    logger.warn({ request: { headers: { authorization: `Bot ${TOKEN}` } } }, 'request');
    logger.error({ err: new Error(`401 for token ${TOKEN}`) }, 'login failed');
    logger.child({ interactionId: '1' }).info({ detail: [`nested ${TOKEN}`] }, 'child');
    logger.flush();
    await new Promise((r) => setTimeout(r, 50));
    expect(sink.raw).toHaveLength(5);
    for (const line of sink.raw) expect(line).not.toContain(TOKEN);
    expect(sink.raw.join('\n')).toContain('[redacted]');
    expect(sink.lines[3]).toMatchObject({ msg: 'login failed', err: { message: '401 for token [redacted]' } });
  });

  it('GIVEN a level THEN lines below it are not written', async () => {
    const sink = logSink();
    const logger = createLogger({ logLevel: 'warn' }, sink.stream);
    logger.info('quiet');
    logger.warn('loud');
    logger.flush();
    await new Promise((r) => setTimeout(r, 50));
    expect(sink.lines.map((l) => l.msg)).toEqual(['loud']);
  });
});
