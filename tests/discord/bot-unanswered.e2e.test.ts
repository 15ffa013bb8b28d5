import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { UnansweredStore } from '../../src/app/unanswered.js';
import { embedOf } from './e2e-helpers.js';
import { useHarness, type Harness } from './harness.js';

let h: Harness;
useHarness((started) => (h = started));

const MODERATOR = { permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages };

describe('unanswered questions in Discord', () => {
  it('GIVEN answers THEN their footer shows the content revision', async () => {
    const reply = await (await h.server.slashCommand('ask', { question: 'what constraints does the mechanism face?' })).waitForOriginal();
    expect(embedOf(reply).footer?.text).toMatch(new RegExp(`rev ${h.library.revision}$`));
    const about = await (await h.server.slashCommand('about')).waitForOriginal();
    expect(embedOf(about).fields).toContainEqual(expect.objectContaining({ name: 'Content revision', value: `\`${h.library.revision}\`` }));
  });

  it('GIVEN questions the article does not cover, asked by /ask, mention and DM THEN moderators see them counted, and may clear them', async () => {
    await (await h.server.slashCommand('ask', { question: 'best sushi in Tokyo?' })).waitForOriginal();
    await (await h.server.slashCommand('ask', { question: 'Best sushi in Tokyo' })).waitForOriginal();
    await (await h.server.sendMessage({ content: `${h.server.botMention} what is the GDP of Japan?` })).waitForReply();
    // Answered questions and button presses are not counted.
    await (await h.server.slashCommand('ask', { question: 'what is AUKUS?' })).waitForOriginal();

    const refused = await (await h.server.slashCommand('unanswered', {}, { permissions: PermissionFlagsBits.SendMessages })).waitForOriginal();
    expect(refused.content).toMatch(/Only members with the Manage Server permission/);

    const listed = await (await h.server.slashCommand('unanswered', {}, MODERATOR)).waitForOriginal();
    expect(listed.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const lines = (embedOf(listed).description ?? '').split('\n');
    expect(lines[0]).toMatch(/^` {2}2×` best sushi in Tokyo\? — <t:\d+:R>$/);
    expect(lines[1]).toMatch(/^` {2}1×` what is the GDP of Japan\? — <t:\d+:R>$/);
    expect(lines).toHaveLength(2);

    // They survive a restart: the store is a file.
    await h.unanswered.flush();
    expect((await UnansweredStore.open(h.unanswered.file)).top().map((q) => q.count)).toEqual([2, 1]);

    const cleared = await (await h.server.slashCommand('unanswered', { clear: true }, MODERATOR)).waitForOriginal();
    expect(cleared.content).toBe('Forgot 2 unanswered questions.');
    expect(h.unanswered.size).toBe(0);
  });
});
