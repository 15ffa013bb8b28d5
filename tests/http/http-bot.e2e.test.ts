import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { MessageFlags, PermissionFlagsBits, REST, Routes } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { Library } from '../../src/app/library.js';
import { UnansweredStore } from '../../src/app/unanswered.js';
import { loadConfig } from '../../src/config.js';
import { startHttpBot, type HttpBotHandle } from '../../src/http/http-bot.js';
import { createLogger } from '../../src/logger.js';
import { signatureHeaders, startDiscordServer, type DiscordServer } from '../discord-server/index.js';
import { TOKEN } from '../discord/harness.js';
import { buttonId, embedOf } from '../discord/e2e-helpers.js';
import { CACHE_DIR } from '../helpers/engine.js';
import { logSink } from '../helpers/log-sink.js';
import { tempContent } from '../helpers/temp-content.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const PUBLIC_KEY_HEX = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
const other = generateKeyPairSync('ed25519');

let server: DiscordServer;
let bot: HttpBotHandle;
let temp: Awaited<ReturnType<typeof tempContent>>;
let endpoint: string;
let library: Library;
let unanswered: UnansweredStore;

beforeAll(async () => {
  server = await startDiscordServer({ token: TOKEN });
  temp = await tempContent();
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.restUrl, DISCORD_PUBLIC_KEY: PUBLIC_KEY_HEX, TRANSPORT: 'http', CONTENT_DIR: temp.dir, CACHE_DIR, ASK_COOLDOWN_SECONDS: '0' });
  library = await Library.fromConfig(config);
  unanswered = await UnansweredStore.open(path.join(temp.dir, 'unanswered.json'));
  const discord = { ...config.discord!, publicKey: PUBLIC_KEY_HEX };
  bot = await startHttpBot({ config, discord, logger: createLogger(config, logSink().stream), library, unanswered, port: 0, host: '127.0.0.1' });
  endpoint = `http://127.0.0.1:${bot.port}/interactions`;
  await new REST({ api: server.restUrl }).setToken(TOKEN).put(Routes.applicationGuildCommands(server.applicationId, server.guilds[0]!.id), { body: commands.map((c) => c.data.toJSON()) });
  server.useInteractionsEndpoint({ url: endpoint, privateKey });
});
afterEach(() => {
  expect(server.violations).toEqual([]);
  expect(server.unknownRoutes).toEqual([]);
  expect(server.errors).toEqual([]);
});
afterAll(async () => {
  await bot.stop();
  await unanswered.flush();
  await server.close();
  await temp.remove();
});

const post = (body: string, headers: Record<string, string>) => fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const PING = JSON.stringify({ id: '1', type: 1, application_id: '2', token: 't', version: 1 });

describe('the HTTP interactions endpoint: verification', () => {
  it('GIVEN a signed PING THEN PONG', async () => {
    const response = await post(PING, signatureHeaders(privateKey, PING));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: 1 });
  });

  it.each([
    ['no signature', () => ({})],
    ['a malformed signature', () => ({ 'x-signature-ed25519': 'zz', 'x-signature-timestamp': String(Math.floor(Date.now() / 1000)) })],
    ['the wrong key', () => signatureHeaders(other.privateKey, PING)],
    ['a tampered body', () => signatureHeaders(privateKey, PING.replace('"t"', '"u"'))],
    ['a stale timestamp (replay)', () => signatureHeaders(privateKey, PING, Math.floor(Date.now() / 1000) - 301)],
  ])('GIVEN %s THEN 401 and nothing runs', async (_name, headers) => {
    const response = await post(PING, headers());
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: expect.any(String) });
  });

  it('GIVEN an oversized body THEN 413', async () => {
    const body = JSON.stringify({ type: 1, padding: 'x'.repeat(100_000) });
    expect((await post(body, signatureHeaders(privateKey, body))).status).toBe(413);
  });

  it('GIVEN GET /healthz THEN ready with the content revision', async () => {
    const response = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
    expect(await response.json()).toMatchObject({ status: 'ready', revision: library.revision, passages: 17 });
  });
});

describe('the HTTP interactions endpoint: the same handlers as the gateway bot', () => {
  it('GIVEN /ask THEN the HTTP reply is the answer, quoted with refs', async () => {
    const handle = await server.slashCommand('ask', { question: 'what constraints does the mechanism face?' });
    const delivery = await server.deliveries.get(handle.id);
    expect(delivery).toMatchObject({ status: 200, body: { type: 4, data: { allowed_mentions: { parse: [] } } } });
    const reply = await handle.waitForOriginal();
    expect(embedOf(reply).description).toMatch(/^\*\*§6\.1\*\* · Constraints on the mechanism/);
  });

  it('GIVEN /define autocomplete THEN the HTTP reply holds the choices', async () => {
    const handle = await server.autocomplete('define', { term: 'north' }, 'term');
    const delivery = await server.deliveries.get(handle.id);
    expect(delivery?.body).toMatchObject({ type: 8, data: { choices: expect.arrayContaining([expect.objectContaining({ name: expect.stringMatching(/North Korea/) })]) } });
  });

  it('GIVEN Full section on a private answer THEN the button works through HTTP too', async () => {
    const ask = await server.slashCommand('ask', { question: 'What constraints does the mechanism face?', private: true });
    const reply = await ask.waitForOriginal();
    const more = await server.button(buttonId(reply, 'Full section'), reply);
    const section = await more.waitForOriginal();
    expect(section.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(section).title).toMatch(/^§\d+ · /);
  });

  it('GIVEN /reindex by a moderator THEN the HTTP reply defers and the result comes as an edit', async () => {
    const handle = await server.slashCommand('reindex', {}, { permissions: PermissionFlagsBits.ManageGuild });
    expect((await server.deliveries.get(handle.id))?.body).toMatchObject({ type: 5 });
    expect(embedOf(await handle.waitForOriginal()).title).toBe('Reindexed');
  });

  it('GIVEN the message menu THEN it replies to the message through REST', async () => {
    const handle = await server.messageContextMenu('Answer from the article', 'why is trilateral cooperation hard to sustain?');
    const channel = (handle.payload as { channel_id: string }).channel_id;
    await expect.poll(() => server.requests.some((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`)).toBe(true);
    const posted = server.requests.find((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
    expect(posted?.body).toMatchObject({ allowed_mentions: { parse: [] }, message_reference: { message_id: expect.any(String) } });
    expect((await server.deliveries.get(handle.id))?.body).toMatchObject({ type: 5 });
    expect((await handle.waitForOriginal()).content).toMatch(/^Answered in a reply to that message: https:\/\/discord\.com\/channels\//);
  });

  it('GIVEN 1,000 signed requests, 50 in flight THEN every one is answered', async () => {
    const questions = ['what is AUKUS?', 'why is the mechanism hard to sustain?', 'best sushi in Tokyo', 'what did the joint statement say?'];
    let answered = 0;
    for (let batch = 0; batch < 20; batch++) {
      const handles = await Promise.all(Array.from({ length: 50 }, (_, i) => server.slashCommand('ask', { question: questions[(batch + i) % questions.length]! })));
      const deliveries = await Promise.all(handles.map((h) => server.deliveries.get(h.id)));
      answered += deliveries.filter((d) => d?.status === 200 && (d.body as { type?: number }).type === 4).length;
    }
    expect(answered).toBe(1000);
  });
});
