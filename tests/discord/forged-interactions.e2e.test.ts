import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionHandle, MessageObject } from '../discord-server/index.js';
import { buttonId, embedOf, interactionLog } from './e2e-helpers.js';
import { startHarness, type Harness } from './harness.js';

/**
 * What a crafted client can send — any custom id, any option, any interaction type — and buttons
 * that outlived the content they were made from. Each gets a clear private message (or, for
 * autocomplete, no choices), never a crash, an apology for a bug, or another document's text.
 */
let h: Harness;
let answer: MessageObject;
let revision: string;
beforeAll(async () => {
  h = await startHarness({ copyContent: true });
  revision = h.library.revision;
  answer = await (await h.server.slashCommand('ask', { question: MANY, private: true })).waitForOriginal();
});
afterEach(() => {
  expect(h.server.violations).toEqual([]);
  expect(h.server.unknownRoutes).toEqual([]);
  expect(h.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
});
afterAll(async () => {
  await h.stop();
});

/** A question with more than one page of passages. */
const MANY = 'What is the trilateral cooperation mechanism for?';
const MEMBER = { permissions: PermissionFlagsBits.SendMessages };
const MODERATOR = { permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages };

/** A click on `customId`, sent as a crafted client would: on the message, whatever its buttons. */
const click = (customId: string, options: { componentType?: number; user?: typeof MEMBER; message?: MessageObject } = {}) =>
  h.server.sendInteraction({
    type: 3,
    data: { custom_id: customId, component_type: options.componentType ?? 2, ...(options.componentType === 3 ? { values: ['x'] } : {}) },
    message: options.message ?? answer,
    channelId: (options.message ?? answer).channel_id,
    ...(options.user ?? {}),
  });

/** The private message the interaction got, after its log line says it was refused (not failed). */
const refusal = async (handle: InteractionHandle) => {
  const reply = await handle.waitForOriginal();
  expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  expect(await interactionLog(h, handle.id)).toMatchObject({ level: 30, result: 'refused' });
  return reply.content;
};

describe('forged component custom ids', () => {
  it.each([
    ['unknown', 'delete:everything'],
    ['malformed', 'ask:more:-1:abcdefghij:' + 'ac40084250'],
    ['made by an older version (no revision)', 'ask:more:3:abcdefghij'],
    ['path-like', 'section:show:../../etc/passwd:ac40084250'],
    ['oversized', `section:show:§1:${'a'.repeat(5000)}`],
    ['empty', ''],
  ])('GIVEN a %s custom id THEN "this button no longer works", privately', async (_kind, customId) => {
    expect(await refusal(await click(customId))).toBe('This button no longer works — run the command again.');
  });

  it('GIVEN a valid id pointing past the passages of its question THEN "no more passages"', async () => {
    const key = buttonId(answer, 'More passages').split(':')[3]!;
    expect(await refusal(await click(`ask:more:999:${key}:${revision}`))).toMatch(/^There are no more passages for this question/);
  });

  it('GIVEN a well-formed key the bot never made (or forgot) THEN "this answer has expired"', async () => {
    expect(await refusal(await click(`ask:more:3:AAAAAAAAAAAAAAAA:${revision}`))).toMatch(/^This answer has expired — ask the question again/);
  });

  it('GIVEN a ref past the content or in a document that does not exist THEN "there is no section", never other text', async () => {
    expect(await refusal(await click(`section:show:§99.1:${revision}`))).toMatch(/^There is no section “§99\.1”/);
    expect(await refusal(await click(`section:show:§6.99:${revision}`))).toBe('There is no passage “§6.99”: §6 has §6.1 to §6.3.');
    expect(await refusal(await click(`section:post:other-doc§1.1:${revision}`))).toMatch(/^There is no section “other-doc§1\.1”/);
  });

  it('GIVEN an id from another content revision THEN "the article has been updated", privately', async () => {
    expect(await refusal(await click(`section:show:§6.1:0123456789`))).toMatch(/^The article has been updated since this message was made/);
  });

  it('GIVEN a select menu or a modal this bot never made THEN a private refusal, not silence', async () => {
    expect(await refusal(await click(buttonId(answer, 'Full section'), { componentType: 3 }))).toBe('This button no longer works — run the command again.');
    const modal = await h.server.sendInteraction({ type: 5, data: { custom_id: 'ask:more:3:abcdefghij:ac40084250', components: [] } });
    expect(await refusal(modal)).toBe('This button no longer works — run the command again.');
  });
});

describe('forged commands and options', () => {
  it('GIVEN a command this bot does not have THEN it says so privately', async () => {
    const handle = await h.server.sendInteraction({ type: 2, data: { id: '123456789012345678', name: 'rm', type: 1, options: [] } });
    expect(await refusal(handle)).toMatch(/^This bot has no command “rm”/);
  });

  it('GIVEN /ask without its required option, or with an option of the wrong type THEN a private note, not an apology', async () => {
    const missing = await h.server.sendInteraction({ type: 2, data: { id: '1', name: 'ask', type: 1, options: [] } });
    expect(await refusal(missing)).toMatch(/^This command arrived with options this bot does not know/);
    const wrongType = await h.server.slashCommand('ask', [{ name: 'question', type: 4, value: 42 }]);
    expect(await refusal(wrongType)).toMatch(/^This command arrived with options/);
  });

  it('GIVEN autocomplete without a focused option, or for a command without autocomplete THEN no choices and no error', async () => {
    const unfocused = await h.server.sendInteraction({ type: 4, data: { id: '1', name: 'define', type: 1, options: [{ name: 'term', type: 3, value: 'au' }] } });
    expect((await unfocused.waitForCallback()).data).toEqual({ choices: [] });
    const ask = await h.server.autocomplete('ask', { question: 'what' }, 'question');
    expect((await ask.waitForCallback()).data).toEqual({ choices: [] });
  });

  it('GIVEN an autocomplete value submitted for another document or past the content THEN "there is no section"', async () => {
    expect(await refusal(await h.server.slashCommand('section', { ref: 'other-doc§6.1' }))).toMatch(/^There is no section/);
    expect(await refusal(await h.server.slashCommand('section', { ref: '§6.99' }))).toMatch(/^There is no passage “§6\.99”/);
  });
});

describe('moderator buttons check permissions on every click', () => {
  it('GIVEN "Forget these" pressed by a member without Manage Server (a crafted click) THEN refused and nothing is forgotten', async () => {
    await (await h.server.slashCommand('ask', { question: 'Where is the best sushi in Tokyo?' })).waitForOriginal();
    const list = await (await h.server.slashCommand('unanswered', {}, MODERATOR)).waitForOriginal();
    const forget = buttonId(list, 'Forget these');
    expect(forget).toBe('unanswered:clear');

    expect(await refusal(await click(forget, { user: MEMBER, message: list }))).toBe('Only members with the Manage Server permission can see or clear the unanswered questions.');
    expect(h.unanswered.size).toBe(1);
    const dm = await h.server.sendInteraction({ type: 3, data: { custom_id: forget, component_type: 2 }, message: list, dm: true });
    expect(await refusal(dm)).toMatch(/^Only members with the Manage Server permission/);
    expect(h.unanswered.size).toBe(1);

    const cleared = await click(forget, { user: MODERATOR, message: list });
    expect((await cleared.waitForCallback()).type).toBe(7);
    expect((await cleared.waitForOriginal()).content).toBe('Forgot 1 unanswered question.');
    expect(h.unanswered.size).toBe(0);
  });

  it('GIVEN /reindex from a DM THEN refused like any member without the permission', async () => {
    const handle = await h.server.slashCommand('reindex', {}, { dm: true });
    expect(await refusal(handle)).toBe('Only members with the Manage Server permission can reindex.');
  });
});

describe('buttons that outlived their content', () => {
  it('GIVEN buttons made before a reindex that changed the article THEN each click says so privately; new buttons work', async () => {
    const file = path.join(h.contentDir, 'tenuous-connections.md');
    await h.temp!.write('tenuous-connections.md', (await readFile(file, 'utf8')).replace('Jan 5', 'January 5'));
    const reindexed = await (await h.server.slashCommand('reindex', {}, MODERATOR)).waitForOriginal();
    expect(embedOf(reindexed).title).toBe('Reindexed');
    expect(h.library.revision).not.toBe(revision);

    for (const label of ['More passages', 'Full section', 'Post to channel']) {
      expect(await refusal(await h.server.button(buttonId(answer, label), answer))).toMatch(/^The article has been updated since this message was made/);
    }
    const fresh = await (await h.server.slashCommand('ask', { question: MANY })).waitForOriginal();
    const more = await (await h.server.button(buttonId(fresh, 'More passages'), fresh)).waitForOriginal();
    expect(embedOf(more).footer?.text).toMatch(/passages 4–/);
  });
});
