import { MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buttonId, embedOf, interactionLog as logOf, labelsOf } from './e2e-helpers.js';
import { PING, stringsOf } from './discord-text.js';
import { startHarness, TOKEN, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => {
  // Discord would have accepted every request, and discord.js only used routes the server knows.
  expect(h.server.violations).toEqual([]);
  expect(h.server.unknownRoutes).toEqual([]);
  expect(h.server.errors).toEqual([]);
});
afterAll(async () => {
  expect(h.rawLogs.join('\n')).not.toContain(TOKEN);
  await h.stop();
});

/** Answered with more than one page of passages (9 at the time of writing), so "More passages" appears. */
const MANY = 'What is the trilateral cooperation mechanism for?';

describe('/ask', () => {
  it('GIVEN a question THEN a public embed quotes the best passages with refs, bold matches and the article in the footer', async () => {
    const handle = await h.server.slashCommand('ask', { question: MANY });
    const reply = await handle.waitForOriginal();
    const embed = embedOf(reply);

    expect(embed.title).toBe(MANY);
    expect(embed.description).toMatch(/^\*\*§\d\.\d\*\* · .+\n> /);
    expect(embed.description).toMatch(/\*\*[^*]+\*\*/);
    expect(embed.footer?.text).toMatch(/^Tenuous connections — Zhang Yunling, Yang Yanlong · passages 1–3 of \d/);
    expect(reply.flags & MessageFlags.Ephemeral).toBe(0);
    expect(labelsOf(reply)).toEqual(['More passages', 'Full section']);
    expect(handle.responses()[0]?.body).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
    const line = await logOf(h, handle.id);
    expect(line).toMatchObject({ command: '/ask', guild: h.guildId, user: h.server.defaultUser.id, ref: expect.stringMatching(/^§\d\.\d$/), score: expect.any(Number) });
    expect(line?.latencyMs).toEqual(expect.any(Number));
  });

  it('GIVEN More passages on a public answer THEN the next page comes privately to whoever clicked', async () => {
    const reply = await (await h.server.slashCommand('ask', { question: MANY })).waitForOriginal();
    const click = await h.server.button(buttonId(reply, 'More passages'), reply);
    const next = await click.waitForOriginal();

    expect(next.id).not.toBe(reply.id);
    expect(next.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(next).footer?.text).toMatch(/passages 4–\d of \d/);
    expect(labelsOf(next)).toContain('Post to channel');
  });

  it('GIVEN private:true THEN the answer is ephemeral, pages in place, and Post to channel posts it publicly', async () => {
    const handle = await h.server.slashCommand('ask', { question: MANY, private: true });
    const reply = await handle.waitForOriginal();
    expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(labelsOf(reply)).toEqual(['More passages', 'Full section', 'Post to channel']);

    const more = await h.server.button(buttonId(reply, 'More passages'), reply);
    expect((await more.waitForCallback()).type).toBe(7);
    const paged = await more.waitForOriginal();
    expect(paged.id).toBe(reply.id);
    expect(embedOf(paged).footer?.text).toMatch(/passages 4–/);

    const post = await h.server.button(buttonId(paged, 'Post to channel'), paged);
    const posted = await post.waitForOriginal();
    expect(posted.flags & MessageFlags.Ephemeral).toBe(0);
    expect(embedOf(posted).description).toBe(embedOf(paged).description);
    expect(labelsOf(posted)).not.toContain('Post to channel');
  });

  it('GIVEN Full section THEN the whole section of the top passage comes privately, and can be posted', async () => {
    const reply = await (await h.server.slashCommand('ask', { question: 'What constraints does the mechanism face?' })).waitForOriginal();
    const top = /^\*\*(§\d+)\.\d+\*\*/.exec(embedOf(reply).description ?? '')?.[1];
    const click = await h.server.button(buttonId(reply, 'Full section'), reply);
    const section = await click.waitForOriginal();

    expect(section.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(section).title).toMatch(new RegExp(`^${top} · `));
    expect(embedOf(section).description).toContain(`**${top}.1**`);
    const post = await h.server.button(buttonId(section, 'Post to channel'), section);
    expect((await post.waitForOriginal()).flags & MessageFlags.Ephemeral).toBe(0);
  });

  it('GIVEN many questions at once THEN each is answered with its own passages, as when asked alone', async () => {
    // Answers asked for together are computed together (Batcher): none may get another's passages.
    const questions = ['What is AUKUS?', 'best sushi in Tokyo', MANY, 'Why is the ROK-Japan relationship an obstacle?', 'What does the US want from Japan?', 'Who wrote this?'];
    const alone: ReturnType<typeof embedOf>[] = [];
    for (const question of questions) alone.push(embedOf(await (await h.server.slashCommand('ask', { question })).waitForOriginal()));
    const handles = await Promise.all([...questions, ...questions].map((question) => h.server.slashCommand('ask', { question })));
    const together = await Promise.all(handles.map(async (handle) => embedOf(await handle.waitForOriginal())));

    together.forEach((embed, i) => {
      const asked = alone[i % questions.length];
      expect(embed.description).toBeTruthy();
      expect(embed.title).toBe(asked?.title);
      expect(embed.description).toBe(asked?.description);
    });
  });

  it('GIVEN a question the article does not cover THEN a not-covered reply with suggestions, logged as not covered', async () => {
    const handle = await h.server.slashCommand('ask', { question: 'Where is the best sushi in Tokyo?' });
    const embed = embedOf(await handle.waitForOriginal());

    expect(embed.description).toMatch(/does not cover this/);
    expect(embed.description).toMatch(/Closest sections/);
    expect(await logOf(h, handle.id)).toMatchObject({ result: 'not covered' });
  });

  it('GIVEN a question naming a section THEN the answer comes from it; GIVEN one the article lacks THEN the reply says which there are', async () => {
    const named = embedOf(await (await h.server.slashCommand('ask', { question: 'What does section 3 say about NATO?' })).waitForOriginal());
    expect(named.description).toContain('**§3.2**');
    const missing = embedOf(await (await h.server.slashCommand('ask', { question: 'What does section 9 say?' })).waitForOriginal());
    expect(missing.description).toMatch(/does not cover this/);
    expect(missing.description).toContain('There is no §9: the sections are numbered 1 to 7.');
  });

  it('GIVEN a question about the piece itself THEN the reply says no passage answers it and names its authors and outlet', async () => {
    const embed = embedOf(await (await h.server.slashCommand('ask', { question: 'Who wrote this article?' })).waitForOriginal());
    expect(embed.description).toMatch(/does not cover this/);
    expect(embed.description).toContain('"Tenuous connections" is by Zhang Yunling');
    const outlet = embedOf(await (await h.server.slashCommand('ask', { question: 'Which newspaper published it?' })).waitForOriginal());
    expect(outlet.description).toContain('was published in China Daily Global Edition (USA), 2024-01');
  });

  it('GIVEN a question with mentions and Markdown THEN nothing in the reply can ping or render as the asker typed it', async () => {
    const question = '@everyone <@123456789012345678> **why** is # trilateral [cooperation](https://x.invalid) hard? @here <@&98765432109876543>';
    const handle = await h.server.slashCommand('ask', { question });
    const reply = await handle.waitForOriginal();

    for (const text of stringsOf(reply.embeds)) expect(text).not.toMatch(PING);
    expect(embedOf(reply).title).toContain('\\*\\*why\\*\\*');
    expect(handle.responses()[0]?.body).toMatchObject({ data: { allowed_mentions: { parse: [] } } });
  });
});
