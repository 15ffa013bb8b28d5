import { describe, expect, it } from 'vitest';
import { DiscordAPIError } from 'discord.js';
import { createLogger, redact } from '../../src/logger.js';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../helpers/engine.js';
import { logSink } from '../helpers/log-sink.js';
import { tsx } from '../helpers/run.js';

/** A process logging to stdout as the bot does (see tests/core/fixtures/log-to-stdout.ts). */
const LOGGING = path.join(ROOT, 'tests/core/fixtures/log-to-stdout.ts');

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

  it('GIVEN a Discord API error THEN its code and status are kept, the interaction token in its URL is redacted, its request body dropped', async () => {
    const sink = logSink();
    const logger = createLogger({ logLevel: 'info', discord: { token: TOKEN } }, sink.stream);
    const url = 'https://discord.com/api/v10/interactions/123456789012345678/aW50ZXJhY3Rpb246secret-interaction-token/callback';
    const err = new DiscordAPIError({ code: 10062, message: 'Unknown interaction' }, 10062, 404, 'POST', url, { body: { type: 4, data: { content: 'the whole reply' } } });
    logger.child({ interactionId: '1' }).error({ err }, 'interaction failed');
    logger.warn(`PATCH /webhooks/123456789012345678/aW50ZXJhY3Rpb246another-token/messages/@original failed`);
    logger.flush();
    await new Promise((r) => setTimeout(r, 50));

    expect(sink.lines[0]).toMatchObject({ err: { code: 10062, status: 404, url: 'https://discord.com/api/v10/interactions/123456789012345678/[redacted]/callback' } });
    expect(sink.lines[0]?.err).not.toHaveProperty('requestBody');
    expect(sink.lines[1]?.msg).toBe('PATCH /webhooks/123456789012345678/[redacted]/messages/@original failed');
    expect(sink.raw.join('\n')).not.toMatch(/secret-interaction-token|another-token|the whole reply/);
  });

  it('GIVEN a secret deep in a field after clean ones THEN only it is replaced, every other field is written as given, and the object logged is left as it was', async () => {
    const sink = logSink();
    const logger = createLogger({ logLevel: 'info', discord: { token: TOKEN } }, sink.stream);
    const fields = { guild: 'dm', latencyMs: 3, request: { method: 'POST', note: `sent with ${TOKEN}`, path: '/interactions/123456789012345678/secret-token/callback' } };
    const before = structuredClone(fields);
    logger.info(fields, 'interaction');
    logger.info({ guild: 'dm', user: '42', ref: '§6.1', score: 1.5 }, 'interaction');
    logger.flush();
    await new Promise((r) => setTimeout(r, 50));
    expect(sink.lines[0]).toMatchObject({ guild: 'dm', latencyMs: 3, request: { method: 'POST', note: 'sent with [redacted]', path: '/interactions/123456789012345678/[redacted]/callback' } });
    expect(sink.lines[1]).toMatchObject({ guild: 'dm', user: '42', ref: '§6.1', score: 1.5 });
    expect(fields).toEqual(before);
  });

  it('GIVEN a token or an authorization header in a field at any depth, in a binding, or in an error under another key THEN none is written', async () => {
    const sink = logSink();
    const logger = createLogger({ logLevel: 'info', discord: { token: TOKEN } }, sink.stream);
    const interactionToken = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA';
    logger.info({ interaction: { id: '1', token: interactionToken }, deep: { a: { b: { token: 42 } } }, call: { req: { headers: { authorization: 'Bot x' } } } }, 'fields');
    logger.child({ token: interactionToken, interactionId: '2' }).info('bound');
    const failure = Object.assign(new Error('failed'), { url: `https://discord.com/api/v10/webhooks/1/${interactionToken}/messages/@original`, token: interactionToken });
    logger.warn({ cause: failure, list: [failure] }, 'nested error');
    logger.flush();
    await new Promise((r) => setTimeout(r, 50));
    expect(sink.raw).toHaveLength(3);
    expect(sink.raw.join('\n')).not.toMatch(new RegExp(`${interactionToken}|Bot x|"token":42`));
    expect(sink.lines[0]).toMatchObject({ interaction: { id: '1', token: '[redacted]' }, deep: { a: { b: { token: '[redacted]' } } }, call: { req: { headers: { authorization: '[redacted]' } } } });
    expect(sink.lines[1]).toMatchObject({ token: '[redacted]', interactionId: '2', msg: 'bound' });
    expect(sink.lines[2]).toMatchObject({ cause: { type: 'Error', message: 'failed' } });
  });

  it('GIVEN a line for stderr THEN redact removes the token from it too', () => {
    expect(redact(`Discord login failed for ${TOKEN}`, { discord: { token: TOKEN } })).toBe('Discord login failed for [redacted]');
    expect(redact('nothing secret', {})).toBe('nothing secret');
  });

  it('GIVEN lines logged to stdout and the process exiting at once THEN every line is written', async () => {
    const { code, stdout } = await tsx(LOGGING, ['exit', '3']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['line 1', 'line 2', 'line 3']);
  });

  it('GIVEN a line logged to stdout by a process that goes on running THEN it is written within a second', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOGGING, 'stay', '1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const first = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no line within 5 s')), 5000);
        child.stdout.once('data', (d: Buffer) => {
          clearTimeout(timer);
          resolve(d.toString());
        });
      });
      const { msg, loggedAt } = JSON.parse(first.trim()) as { msg: string; loggedAt: number };
      expect(msg).toBe('line 1');
      // Written while the process runs (it stays up 20 s), soon after the line was logged.
      expect(Date.now() - loggedAt).toBeLessThan(1000);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
