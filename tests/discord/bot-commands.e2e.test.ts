import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { embedOf, interactionLog } from './e2e-helpers.js';
import { useHarness, type Harness } from './harness.js';

let h: Harness;
useHarness((started) => (h = started));

interface Choice {
  name: string;
  value: string;
}
const choicesOf = async (handle: Awaited<ReturnType<Harness['server']['autocomplete']>>) => {
  const callback = await handle.waitForCallback();
  expect(callback.type).toBe(8);
  return (callback.data as { choices: Choice[] }).choices;
};

describe('/define', () => {
  it('GIVEN a glossary term THEN its definition and the passages that use it, with refs and the term in bold', async () => {
    const handle = await h.server.slashCommand('define', { term: 'Quad' });
    const reply = await handle.waitForOriginal();
    const embed = embedOf(reply);

    expect(embed.title).toBe('Quad');
    expect(embed.description).toMatch(/Quadrilateral Security Dialogue/);
    expect(embed.description).toMatch(/Used in §3\.2, §4\.3/);
    expect(embed.fields?.map((f) => f.name)).toEqual(['§3.2 · Aims: pressuring the DPRK, containing China', '§4.3 · Risks to regional security']);
    expect(embed.fields?.[0]?.value).toMatch(/^> .*\*\*Quad\*\*/);
    expect(reply.flags & MessageFlags.Ephemeral).toBe(0);
    expect(await interactionLog(h, handle.id)).toMatchObject({ command: '/define', ref: '§3.2', result: 'term Quad' });
  });

  it('GIVEN a misspelt term THEN a private "did you mean" with suggestions', async () => {
    const reply = await (await h.server.slashCommand('define', { term: 'qaud' })).waitForOriginal();

    expect(embedOf(reply).title).toBe('No glossary entry for “qaud”');
    expect(embedOf(reply).description).toMatch(/^Did you mean \*\*Quad\*\*/);
    expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('GIVEN someone typing THEN autocomplete offers matching terms and aliases, at most 25, within 3 s', async () => {
    const asked = Date.now();
    const handle = await h.server.autocomplete('define', { term: 'au' }, 'term');
    const choices = await choicesOf(handle);

    expect(choices[0]).toEqual({ name: 'AUKUS', value: 'AUKUS' });
    expect(choices).toContainEqual({ name: 'AUKUS pact', value: 'AUKUS' });
    expect(choices.length).toBeLessThanOrEqual(25);
    // The server, like Discord, refuses callbacks later than 3 s; this one came well before.
    expect((await handle.waitForCallback()).time - asked).toBeLessThan(3000);
    const empty = await choicesOf(await h.server.autocomplete('define', { term: '' }, 'term'));
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.length).toBeLessThanOrEqual(25);
    for (const c of [...choices, ...empty]) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('/section', () => {
  it('GIVEN a section ref THEN the whole section with each passage ref', async () => {
    const handle = await h.server.slashCommand('section', { ref: '§6' });
    const embed = embedOf(await handle.waitForOriginal());

    expect(embed.title).toBe('§6 · Constraints on the mechanism');
    expect(embed.description).toMatch(/^\*\*§6\.1\*\* However, the global power balance/);
    expect(embed.description).toContain('**§6.3**');
  });

  it('GIVEN a passage ref typed loosely THEN that passage alone', async () => {
    const embed = embedOf(await (await h.server.slashCommand('section', { ref: '6.1' })).waitForOriginal());

    expect(embed.title).toBe('§6.1 · Constraints on the mechanism');
    expect(embed.description).toMatch(/^However, the global power balance/);
  });

  it('GIVEN an unknown ref THEN a private message saying what refs look like', async () => {
    const reply = await (await h.server.slashCommand('section', { ref: '§42' })).waitForOriginal();

    expect(reply.content).toMatch(/There is no section “§42”\. Refs look like §3 or §3\.2/);
    expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('GIVEN a number or a word typed THEN autocomplete offers the matching sections and passages', async () => {
    const byNumber = await choicesOf(await h.server.autocomplete('section', { ref: '6' }, 'ref'));
    const byWord = await choicesOf(await h.server.autocomplete('section', { ref: 'constraints' }, 'ref'));

    expect(byNumber.map((c) => c.value)).toEqual(['§6', '§6.1', '§6.2', '§6.3']);
    expect(byNumber[0]?.name).toBe('§6 · Constraints on the mechanism');
    expect(byWord[0]?.value).toBe('§6');
    for (const c of byNumber) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('/about and /help', () => {
  it('GIVEN /about THEN the article metadata, index statistics and last reindex time', async () => {
    const embed = embedOf(await (await h.server.slashCommand('about')).waitForOriginal());
    const field = (name: string) => embed.fields?.find((f) => f.name === name)?.value;

    expect(embed.title).toBe('Tenuous connections');
    expect(embed.description).toMatch(/trilateral cooperation mechanism/);
    expect(field('Authors')).toMatch(/\*\*Zhang Yunling\*\* — .*Shandong University/);
    expect(field('Published')).toMatch(/China Daily/);
    expect(field('Index')).toMatch(/^1 document · 7 sections · 17 passages · \d+ indexed words · \d+ glossary terms$/);
    const unix = Math.floor(h.library.indexedAt.getTime() / 1000);
    expect(field('Last reindexed')).toBe(`<t:${unix}:f> (<t:${unix}:R>)`);
  });

  it('GIVEN /help THEN every registered command is listed with an example, privately', async () => {
    const reply = await (await h.server.slashCommand('help')).waitForOriginal();
    const embed = embedOf(reply);

    expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embed.fields).toHaveLength(commands.length);
    for (const command of commands) {
      const field = embed.fields?.find((f) => f.name.includes(command.data.name));
      expect(field, command.data.name).toBeDefined();
      expect(field?.value).toMatch(/e\.g\. /);
    }
    expect(embed.description).toMatch(/mention me/);
  });
});
