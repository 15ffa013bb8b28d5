import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { embedOf, interactionLog } from './e2e-helpers.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let article: string;
beforeAll(async () => {
  h = await startHarness({ copyContent: true });
  article = await readFile(path.join(h.contentDir, 'tenuous-connections.md'), 'utf8');
});
afterEach(() => {
  expect(h.server.violations).toEqual([]);
  expect(h.server.unknownRoutes).toEqual([]);
});
afterAll(async () => {
  await h.stop();
});

const MODERATOR = { permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages };

describe('/reindex', () => {
  it('GIVEN the command registration THEN it defaults to Manage Server and to guilds only', () => {
    expect(h.server.commands.find((c) => c.name === 'reindex')).toMatchObject({ default_member_permissions: String(PermissionFlagsBits.ManageGuild), contexts: [0] });
  });

  it('GIVEN a member without Manage Server (the command opened to everyone) THEN refused privately, nothing reindexed', async () => {
    const before = h.library.indexedAt;
    const handle = await h.server.slashCommand('reindex', {}, { permissions: PermissionFlagsBits.SendMessages });
    const reply = await handle.waitForOriginal();

    expect(reply.content).toBe('Only members with the Manage Server permission can reindex.');
    expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(h.library.indexedAt).toBe(before);
    expect(await interactionLog(h, handle.id)).toMatchObject({ result: 'refused' });
  });

  it('GIVEN an edited article and a moderator THEN the new index serves at once and the reply says what changed', async () => {
    const added = '## 8. A test section\n\nZanzibar cloves are not mentioned anywhere else in this article, which makes them easy to find.\n';
    await h.temp!.write('tenuous-connections.md', `${article.replace('Jan 5', 'January 5').trimEnd()}\n\n${added}`);
    const handle = await h.server.slashCommand('reindex', {}, MODERATOR);

    expect((await handle.waitForCallback()).type).toBe(5);
    const reply = await handle.waitForOriginal();
    const embed = embedOf(reply);
    const field = (prefix: string) => embed.fields?.find((f) => f.name.startsWith(prefix));
    expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embed.title).toBe('Reindexed');
    expect(embed.description).toMatch(/^1 document · 8 sections · 18 passages · \d+ indexed words · \d+ glossary terms$/);
    expect(field('Added')).toMatchObject({ name: 'Added (1)', value: '§8.1' });
    expect(field('Removed')).toMatchObject({ name: 'Removed (0)', value: 'none' });
    expect(field('Changed')).toMatchObject({ name: 'Changed (1)', value: '§1.1' });
    expect(embed.footer?.text).toMatch(/^Took \d+ ms · rev [0-9a-f]{10} → [0-9a-f]{10}$/);

    const answer = await (await h.server.slashCommand('ask', { question: 'What about Zanzibar cloves?' })).waitForOriginal();
    expect(embedOf(answer).description).toMatch(/^\*\*§8\.1\*\* · A test section/);
  });

  it('GIVEN a broken article THEN the reply names the file, line and problem, and the old index keeps answering', async () => {
    await h.temp!.write('tenuous-connections.md', article.replace('## 2.', '## 9.'));
    const reply = await (await h.server.slashCommand('reindex', {}, MODERATOR)).waitForOriginal();
    const embed = embedOf(reply);

    expect(embed.title).toBe('Reindex failed — the previous index is still serving');
    expect(embed.description).toMatch(/\*\*[^*]*tenuous-connections\.md:\d+\*\*: section 9 should be number 2/);
    const answer = await (await h.server.slashCommand('ask', { question: 'What about Zanzibar cloves?' })).waitForOriginal();
    expect(embedOf(answer).description).toMatch(/^\*\*§8\.1\*\*/);
  });
});
