import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { embedOf, labelsOf, logLine } from './e2e-helpers.js';
import { PING, stringsOf } from './discord-text.js';
import { useHarness, type Harness } from './harness.js';

let h: Harness;
useHarness((started) => (h = started));

const QUESTION = 'What is the trilateral cooperation mechanism for?';

/** The bot's request that replied to `messageId`, to check what it sent. */
const replyRequest = (messageId: string) =>
  h.server.requests.find((r) => r.method === 'POST' && (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference?.message_id === messageId);

describe('mentions and DMs', () => {
  it('GIVEN a channel message mentioning the bot THEN it replies to that message with the answer, pinging no one', async () => {
    const sent = await h.server.sendMessage({ content: `${h.server.botMention} ${QUESTION}` });
    const reply = await sent.waitForReply();

    expect(reply.message_reference?.message_id).toBe(sent.message.id);
    expect(embedOf(reply).title).toBe(QUESTION);
    expect(embedOf(reply).description).toMatch(/^\*\*§\d\.\d\*\* · /);
    expect(labelsOf(reply)).toEqual(['More passages', 'Full section']);
    expect(replyRequest(sent.message.id)?.body).toMatchObject({ allowed_mentions: { parse: [], replied_user: false } });
    expect(await logLine(h, (l) => l.messageId === sent.message.id)).toMatchObject({ command: 'mention', guild: h.guildId, ref: expect.any(String), score: expect.any(Number) });
  });

  it('GIVEN a DM THEN the bot answers it in the DM', async () => {
    const sent = await h.server.sendMessage({ content: 'What is AUKUS?', dm: true });
    const reply = await sent.waitForReply();

    expect(reply.channel_id).toBe(sent.message.channel_id);
    expect(embedOf(reply).title).toBe('What is AUKUS?');
    expect(embedOf(reply).description).toContain('**AUKUS**');
    expect(await logLine(h, (l) => l.messageId === sent.message.id)).toMatchObject({ command: 'dm', guild: 'dm' });
  });

  it('GIVEN chatter without a mention, then a mention alone THEN only the mention gets a reply, a hint to ask', async () => {
    const chatter = await h.server.sendMessage({ content: 'what is AUKUS anyway' });
    const bare = await h.server.sendMessage({ content: h.server.botMention });
    const hint = await bare.waitForReply();

    expect(hint.content).toMatch(/^Ask me a question about “Tenuous connections”/);
    expect(chatter.replies()).toEqual([]);
  });

  it('GIVEN a mention whose question pings everyone THEN the echoed question is defused', async () => {
    const sent = await h.server.sendMessage({ content: `${h.server.botMention} @everyone why is <@&12345678901234567> trilateral cooperation hard? @here` });
    const reply = await sent.waitForReply();

    for (const text of stringsOf(reply.embeds)) expect(text).not.toMatch(PING);
    expect(embedOf(reply).title).toMatch(/^@\u200Beveryone why is <@\u200B&12345678901234567>/);
  });
});

describe('message menu "Answer from the article"', () => {
  it('GIVEN someone’s message THEN the bot replies to that message with the answer and tells the user privately', async () => {
    const handle = await h.server.messageContextMenu('Answer from the article', QUESTION);
    const target = handle.payload.data as { target_id: string };
    const ack = await handle.waitForOriginal();

    expect(ack.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(ack.content).toMatch(/^Answered in a reply to that message: https:\/\/discord\.com\/channels\//);
    const answer = h.server.messages.find((m) => m.message_reference?.message_id === target.target_id);
    expect(answer && embedOf(answer).title).toBe(QUESTION);
    expect(answer?.author.id).toBe(h.server.botUser.id);
  });

  it('GIVEN the bot may not post in the channel THEN it answers privately instead, with Post to channel', async () => {
    h.server.failNext({ method: 'POST', pathPattern: /^\/channels\/\d+\/messages$/, status: 403, body: { code: 50013, message: 'Missing Permissions' } });
    const handle = await h.server.messageContextMenu('Answer from the article', QUESTION);
    const reply = await handle.waitForOriginal();

    expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(reply).title).toBe(QUESTION);
    expect(labelsOf(reply)).toContain('Post to channel');
  });

  it('GIVEN a message without text THEN a private explanation', async () => {
    const reply = await (await h.server.messageContextMenu('Answer from the article', '   ')).waitForOriginal();

    expect(reply.content).toBe('That message has no text to answer.');
    expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });
});
