import { MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { embedOf, interactionLog, logLine } from './e2e-helpers.js';
import { startHarness, type Harness } from './harness.js';

const QUESTION = 'What constraints does the mechanism face?';

describe('a bot that keeps going', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterEach(() => {
    expect(h.server.violations).toEqual([]);
    expect(h.server.unknownRoutes).toEqual([]);
  });
  afterAll(async () => {
    await h.stop();
  });

  it('GIVEN the gateway drops THEN discord.js resumes, the interaction sent meanwhile is answered, and a later one too', async () => {
    h.server.disconnectAll(4000);
    const during = await h.server.slashCommand('ask', { question: QUESTION });
    await h.server.waitForResume();

    expect(h.server.identifyCount).toBe(1);
    expect(embedOf(await during.waitForOriginal()).title).toBe(QUESTION);
    const later = await h.server.slashCommand('ask', { question: 'What is AUKUS?' });
    expect(embedOf(await later.waitForOriginal()).title).toBe('What is AUKUS?');
    expect(await logLine(h, (l) => l.msg === 'gateway resumed')).toMatchObject({ shard: 0 });
  });

  it('GIVEN a 429 on the interaction callback THEN discord.js waits and the reply still arrives', async () => {
    h.server.failNext({ method: 'POST', pathPattern: /\/callback$/, status: 429, retryAfter: 0.05 });
    const handle = await h.server.slashCommand('ask', { question: QUESTION });

    expect(embedOf(await handle.waitForOriginal()).title).toBe(QUESTION);
    expect(handle.responses().map((r) => [r.status, r.injected])).toEqual([
      [429, true],
      [204, false],
    ]);
  });

  it('GIVEN a reply Discord rejects THEN the error is logged with the interaction id and the user gets a private apology', async () => {
    h.server.failNext({ method: 'POST', pathPattern: /\/callback$/, status: 400, body: { code: 50035, message: 'Invalid Form Body' } });
    const handle = await h.server.slashCommand('ask', { question: QUESTION });
    const apology = await handle.waitForOriginal();

    expect(apology.content).toMatch(/^Sorry, something went wrong/);
    expect(apology.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const line = await interactionLog(h, handle.id);
    expect(line).toMatchObject({ level: 50, msg: 'interaction failed', command: '/ask', err: { message: expect.stringMatching(/Invalid Form Body/) } });
  });

  it('GIVEN even the apology fails THEN the process carries on and answers the next question', async () => {
    h.server.failNext({ method: 'POST', pathPattern: /\/callback$/, status: 400, times: 2, body: { code: 50035, message: 'Invalid Form Body' } });
    const lost = await h.server.slashCommand('ask', { question: QUESTION });
    await logLine(h, (l) => l.interactionId === lost.id && l.msg === 'could not tell the user about the failure');

    const next = await h.server.slashCommand('ask', { question: QUESTION });
    expect(embedOf(await next.waitForOriginal()).title).toBe(QUESTION);
  });

  it('GIVEN a button this bot did not make THEN a private "no longer works"', async () => {
    const reply = await (await h.server.slashCommand('ask', { question: QUESTION })).waitForOriginal();
    const handle = await h.server.sendInteraction({ type: 3, data: { custom_id: 'ask:more:3:../../etc', component_type: 2 }, message: reply, channelId: reply.channel_id });

    expect((await handle.waitForOriginal()).content).toMatch(/This button no longer works/);
  });
});

describe('the question cooldown', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ cooldownSeconds: 60 });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('GIVEN a second question within ASK_COOLDOWN_SECONDS THEN a polite private message; other users are not held up', async () => {
    await (await h.server.slashCommand('ask', { question: QUESTION })).waitForOriginal();
    const again = await (await h.server.slashCommand('ask', { question: 'What is AUKUS?' })).waitForOriginal();
    const mention = await (await h.server.sendMessage({ content: `${h.server.botMention} What is AUKUS?` })).waitForReply();
    const other = await (await h.server.slashCommand('ask', { question: 'What is AUKUS?' }, { user: { id: '998877665544332211', username: 'other' } })).waitForOriginal();

    expect(again.content).toMatch(/^You're asking quickly — please wait (60|59) more seconds before the next question\.$/);
    expect(again.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(mention.content).toMatch(/^You're asking quickly/);
    expect(embedOf(other).title).toBe('What is AUKUS?');
    expect(h.server.violations).toEqual([]);
  });
});
