import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { SlashCommand } from '../../src/discord/command.js';
import { NO_PINGS } from '../../src/discord/replies.js';
import { embedOf, logLine } from './e2e-helpers.js';
import { startHarness, type Harness } from './harness.js';

/**
 * Discord's hiccups, injected by the loopback server: the bot recovers by itself, answers the
 * next interaction, and logs what happened once.
 */
const QUESTION = 'What constraints does the mechanism face?';

/** A command that replies and then follows up: the one way to exercise follow-ups under faults. */
const twoPart = {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('two-part').setDescription('Replies, then follows up'),
  help: { usage: '/two-part', summary: 'test only', examples: [] },
  async execute(interaction) {
    await interaction.reply({ content: 'first', allowedMentions: NO_PINGS });
    await interaction.followUp({ content: 'second', allowedMentions: NO_PINGS, flags: MessageFlags.Ephemeral });
    return { result: 'two parts' };
  },
} satisfies SlashCommand;

let h: Harness;
beforeAll(async () => {
  // A short heartbeat so that a missing ACK is noticed within a second.
  h = await startHarness({ server: { heartbeatIntervalMs: 250 }, context: { commands: [...commands, twoPart] } });
  await h.bot.client.application.commands.create(twoPart.data.toJSON(), h.guildId);
});
afterEach(() => {
  expect(h.server.violations).toEqual([]);
  expect(h.server.unknownRoutes).toEqual([]);
  expect(h.server.errors).toEqual([]);
});
afterAll(async () => {
  await h.stop();
});

/** Log lines from `mark` on. */
const since = (mark: number) => h.logs.slice(mark);
const count = (lines: Record<string, unknown>[], msg: string) => lines.filter((l) => l.msg === msg).length;
/** Warnings and errors, except the per-interaction lines. */
const alarms = (lines: Record<string, unknown>[]) => lines.filter((l) => Number(l.level) >= 40);

const answersNext = async () => {
  const reply = await (await h.server.slashCommand('ask', { question: QUESTION })).waitForOriginal();
  expect(embedOf(reply).title).toBe(QUESTION);
};

describe('gateway faults: the bot reconnects by itself and logs each once', () => {
  it.each([
    ['an abrupt TCP loss (no close frame)', () => h.server.terminateAll(), 1006],
    ['a close with 4000', () => h.server.disconnectAll(4000), 4000],
    ['op 7 RECONNECT', () => h.server.requestReconnect(), 4200],
    ['a missing heartbeat ACK (zombie connection)', () => h.server.withholdHeartbeatAcks(1), 4200],
  ])('GIVEN %s THEN it resumes, answers the next interaction, and logs one lost connection and one resume', async (_fault, inject, code) => {
    const mark = h.logs.length;
    const resumes = h.server.resumeCount;
    inject();
    await h.server.waitForResume({ count: resumes + 1 });
    await answersNext();
    await logLine(h, (l) => l.msg === 'gateway resumed' && h.logs.indexOf(l) >= mark);

    const lines = since(mark);
    expect(lines.filter((l) => l.msg === 'gateway connection lost; reconnecting').map((l) => l.code)).toEqual([code]);
    expect(count(lines, 'gateway resumed')).toBe(1);
    expect(alarms(lines)).toHaveLength(1);
  });

  it('GIVEN an invalid session that can be resumed THEN it resumes', async () => {
    const resumes = h.server.resumeCount;
    h.server.invalidateSession(true);
    await h.server.waitForResume({ count: resumes + 1 });
    await answersNext();
  });

  it('GIVEN an invalid session that cannot be resumed THEN it identifies again, says the gap was not replayed, and answers', async () => {
    const mark = h.logs.length;
    const identifies = h.server.identifyCount;
    h.server.invalidateSession(false);
    await h.server.waitForIdentify({ count: identifies + 1, timeoutMs: 10_000 });
    await h.server.waitForReady({ count: identifies + 1, timeoutMs: 10_000 });
    await logLine(h, (l) => l.msg === 'gateway reconnected with a new session (events sent meanwhile were not replayed)' && h.logs.indexOf(l) >= mark);
    await answersNext();
    expect(alarms(since(mark)).map((l) => l.msg)).toEqual(['gateway connection lost; reconnecting', 'gateway reconnected with a new session (events sent meanwhile were not replayed)']);
  }, 15_000);
});

describe('REST faults on callbacks, edits and follow-ups: waited out or retried, logged once', () => {
  const callback = /\/callback$/;
  const edit = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/;
  const followUp = /^\/webhooks\/\d+\/[^/]+$/;

  it.each([
    ['a 429 (route) on the callback', { method: 'POST', pathPattern: callback, status: 429 }, 'rate limited by Discord; waiting'],
    ['a 429 (global) on the callback', { method: 'POST', pathPattern: callback, status: 429, global: true }, 'rate limited by Discord (global); waiting'],
    ['a 500 on the callback', { method: 'POST', pathPattern: callback, status: 500 }, 'Discord answered a server error; retrying'],
  ])('GIVEN %s THEN the answer arrives and one warning says what happened', async (_fault, rule, warning) => {
    const mark = h.logs.length;
    h.server.failNext(rule);
    await answersNext();
    await logLine(h, (l) => l.msg === 'interaction' && h.logs.indexOf(l) >= mark);
    expect(alarms(since(mark)).map((l) => l.msg)).toEqual([warning]);
    expect(alarms(since(mark))[0]).toMatchObject({ route: '/interactions/:id/:token/callback', method: 'POST' });
  });

  it.each([
    ['a 429 (route)', 429, 'rate limited by Discord; waiting'],
    ['a 500', 500, 'Discord answered a server error; retrying'],
  ])('GIVEN %s on the edit of a deferred reply THEN the answer still replaces "thinking…"', async (_fault, status, warning) => {
    const mark = h.logs.length;
    h.server.failNext({ method: 'PATCH', pathPattern: edit, status });
    const handle = await h.server.messageContextMenu('Answer from the article', QUESTION);
    expect((await handle.waitForOriginal()).content).toMatch(/^Answered in a reply to that message: /);
    await logLine(h, (l) => l.interactionId === handle.id && l.msg === 'interaction');
    expect(alarms(since(mark)).map((l) => l.msg)).toEqual([warning]);
  });

  it.each([
    ['a 429 (route)', 429, 'rate limited by Discord; waiting'],
    ['a 500', 500, 'Discord answered a server error; retrying'],
  ])('GIVEN %s on a follow-up THEN the follow-up still arrives', async (_fault, status, warning) => {
    const mark = h.logs.length;
    h.server.failNext({ method: 'POST', pathPattern: followUp, status });
    const handle = await h.server.sendInteraction({ type: 2, data: { id: '1', name: 'two-part', type: 1, options: [] } });
    const [second] = await handle.waitForFollowUps(1);
    expect(second?.content).toBe('second');
    await logLine(h, (l) => l.interactionId === handle.id && l.msg === 'interaction');
    expect(alarms(since(mark)).map((l) => l.msg)).toEqual([warning]);
  });
});

describe('a REST call hanging past the interaction deadline', () => {
  let slow: Harness;
  beforeAll(async () => {
    slow = await startHarness();
  });
  afterAll(async () => {
    await slow.stop();
  });

  it('GIVEN the callback hangs longer than 3 s THEN other interactions are answered meanwhile, and the lost one is logged once, without a retry storm', async () => {
    slow.server.hangNext({ method: 'POST', pathPattern: callback(), ms: 3300 });
    const lost = await slow.server.slashCommand('ask', { question: QUESTION });
    await slow.server.waitForRequest((r) => r.injected && r.path.includes(lost.id), 2000).catch(() => undefined);
    const meanwhile = await slow.server.slashCommand('ask', { question: 'What is AUKUS?' });
    const started = Date.now();
    expect(embedOf(await meanwhile.waitForOriginal()).title).toBe('What is AUKUS?');
    expect(Date.now() - started).toBeLessThan(1000);

    await expect.poll(() => slow.logs.some((l) => l.interactionId === lost.id), { timeout: 6000 }).toBe(true);
    expect(slow.logs.find((l) => l.interactionId === lost.id)).toMatchObject({ level: 40, msg: 'interaction expired before the reply reached Discord', code: 10062, result: 'expired' });
    const about = slow.logs.filter((l) => l.interactionId === lost.id);
    expect(about).toHaveLength(1);
    // The only refusal Discord gave: the late callback; nothing was sent after it.
    expect(slow.server.violations.map((v) => v.code)).toEqual([10062]);
    expect(lost.responses().filter((r) => !r.injected)).toHaveLength(0);
    await answersNextOn(slow);
  }, 10_000);
});

const callback = () => /\/callback$/;
const answersNextOn = async (harness: Harness) => {
  const reply = await (await harness.server.slashCommand('ask', { question: QUESTION })).waitForOriginal();
  expect(embedOf(reply).title).toBe(QUESTION);
};
