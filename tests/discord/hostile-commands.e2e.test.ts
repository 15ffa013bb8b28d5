import { PermissionFlagsBits } from 'discord.js';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionHandle, RecordedRequest } from '../discord-server/index.js';
import { PING, stringsOf } from './discord-text.js';
import { interactionLog } from './e2e-helpers.js';
import { startHarness, type Harness } from './harness.js';
import { hostileQuestion, hostileText, LONE_SURROGATE } from './hostile.js';

/**
 * Every command handler, driven through the real discord.js client and the loopback server with
 * generated hostile input. For each interaction: it is answered, the server (which checks every
 * Discord limit) saw nothing Discord would refuse, nothing the bot sent can ping, and no error
 * was logged — nothing threw.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => {
  expect(h.server.violations).toEqual([]);
  expect(h.server.unknownRoutes).toEqual([]);
  expect(h.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
});
afterAll(async () => {
  await h.stop();
});

const MODERATOR = { permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages };
const RUNS = { numRuns: 25 };

/** What the bot sent can ping no one: every message body says so, and no text in it could. */
const expectHarmless = (requests: readonly RecordedRequest[]) => {
  for (const request of requests) {
    const body = (request.body ?? {}) as { type?: number; data?: Record<string, unknown>; allowed_mentions?: unknown };
    const message = request.path.endsWith('/callback') ? (body.type === 4 || body.type === 7 ? body.data : undefined) : (body as Record<string, unknown>);
    if (message && request.method !== 'DELETE') expect(message['allowed_mentions'], `${request.method} ${request.path}`).toMatchObject({ parse: [] });
    for (const text of stringsOf(request.body)) {
      expect(text).not.toMatch(PING);
      expect(text).not.toMatch(LONE_SURROGATE);
    }
  }
};

/** Waits for the interaction's log line (written once the reply has gone), then checks what was sent. */
const settled = async (handle: InteractionHandle) => {
  await interactionLog(h, handle.id);
  expectHarmless(handle.responses());
};

describe('hostile input to every command (properties, end to end)', () => {
  it('PROPERTY: /ask with any question, up to 6,000 characters, public or private', async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuestion, fc.boolean(), async (question, hidden) => {
        const handle = await h.server.slashCommand('ask', { question, private: hidden });
        const reply = await handle.waitForOriginal();
        expect(reply.embeds.length + reply.content.length).toBeGreaterThan(0);
        await settled(handle);
      }),
      RUNS,
    );
  });

  it('PROPERTY: /define and /section with any value a crafted client could submit', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(), fc.constantFrom('define', 'section'), async (value, command) => {
        const handle = await h.server.slashCommand(command, command === 'define' ? { term: value } : { ref: value });
        await handle.waitForOriginal();
        await settled(handle);
      }),
      RUNS,
    );
  });

  it('PROPERTY: autocomplete with anything typed gives at most 25 valid choices', async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuestion, fc.constantFrom('define', 'section'), async (typed, command) => {
        const option = command === 'define' ? 'term' : 'ref';
        const handle = await h.server.autocomplete(command, { [option]: typed }, option);
        const callback = await handle.waitForCallback();
        expect(callback.type).toBe(8);
        const choices = (callback.data as { choices: { name: string; value: string }[] }).choices;
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) expect(c.name.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('PROPERTY: mentions and DMs with any text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(), fc.boolean(), async (text, dm) => {
        const before = h.server.requests.length;
        const sent = await h.server.sendMessage({ content: dm ? text.slice(0, 2000) || '?' : `${h.server.botMention} ${text}`.slice(0, 2000), dm });
        if (!sent.delivered) return;
        await sent.waitForReply();
        await expect.poll(() => h.logs.some((l) => l.messageId === sent.message.id)).toBe(true);
        expectHarmless(h.server.requests.slice(before).filter((r) => r.path.startsWith(`/channels/${sent.message.channel_id}/messages`)));
      }),
      { numRuns: 20 },
    );
  });

  it('PROPERTY: the message menu on any message', async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuestion, async (content) => {
        const handle = await h.server.messageContextMenu('Answer from the article', content.slice(0, 4000));
        await handle.waitForOriginal();
        await settled(handle);
      }),
      { numRuns: 15 },
    );
    expectHarmless(h.server.requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)));
  });

  it('GIVEN the hostile questions counted as unanswered THEN /unanswered lists them inertly and within limits', async () => {
    const handle = await h.server.slashCommand('unanswered', {}, MODERATOR);
    await handle.waitForOriginal();
    await settled(handle);
  });
});
