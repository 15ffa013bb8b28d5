import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PermissionFlagsBits, REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { startDiscordServer, type DiscordServer } from '../discord-server/index.js';
import { ROOT } from '../helpers/engine.js';
import { tempContent } from '../helpers/temp-content.js';
import { embedOf } from './e2e-helpers.js';
import { TOKEN } from './harness.js';

/**
 * BOT_SHARDS=auto through the real entry (a child process): discord.js's ShardingManager starts
 * one process per shard; the loopback server recommends 2 shards and routes each guild's events
 * to the shard that owns it (guild id >> 22, modulo the shard count).
 */
const GUILD_ON_SHARD_0 = String(1_000_000_000_000n << 22n);
const GUILD_ON_SHARD_1 = String(1_000_000_000_001n << 22n);
const MODERATOR = { permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages };

let server: DiscordServer;
let child: ChildProcess;
let stdout = '';
let stderr = '';
let data: Awaited<ReturnType<typeof tempContent>>;
let content: Awaited<ReturnType<typeof tempContent>>;
const lines = () =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const logged = (match: (l: Record<string, unknown>) => boolean, timeout = 10_000) => expect.poll(() => lines().filter(match).length, { timeout, interval: 50 });

beforeAll(async () => {
  server = await startDiscordServer({ token: TOKEN, shards: 2, guilds: [{ id: GUILD_ON_SHARD_0 }, { id: GUILD_ON_SHARD_1 }] });
  const rest = new REST({ api: server.restUrl }).setToken(TOKEN);
  for (const guild of [GUILD_ON_SHARD_0, GUILD_ON_SHARD_1]) {
    await rest.put(Routes.applicationGuildCommands(server.applicationId, guild), { body: commands.map((c) => c.data.toJSON()) });
  }
  data = await tempContent(false);
  content = await tempContent();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: server.restUrl,
      BOT_SHARDS: 'auto',
      HEALTH_PORT: '0',
      CONTENT_DIR: content.dir,
      DATA_DIR: data.dir,
      ASK_COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
      DOTENV_CONFIG_PATH: '/dev/null',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const started = Date.now();
  while (!lines().some((l) => l.msg === 'all shards ready')) {
    if (Date.now() - started > 30_000 || child.exitCode !== null) throw new Error(`the shards did not start:\n${stdout}\n${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}, 40_000);

afterAll(async () => {
  if (child.exitCode === null) {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
  await server.close();
  await data.remove();
  await content.remove();
});

describe('BOT_SHARDS=auto: one process per shard under the ShardingManager', () => {
  it('GIVEN Discord recommends 2 shards THEN each identifies as its shard, and each answers for its own guilds', async () => {
    expect(server.identifies.filter((i) => i.accepted).map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(lines().find((l) => l.msg === 'starting shards')).toMatchObject({ shards: 2, recommended: 2, maxConcurrency: 2 });

    const zero = await server.slashCommand('ask', { question: 'What is AUKUS?' }, { guild: GUILD_ON_SHARD_0 });
    const one = await server.slashCommand('ask', { question: 'What is AUKUS?' }, { guild: GUILD_ON_SHARD_1 });
    expect(embedOf(await zero.waitForOriginal()).title).toBe('What is AUKUS?');
    expect(embedOf(await one.waitForOriginal()).title).toBe('What is AUKUS?');
    await logged((l) => l.msg === 'interaction' && (l.interactionId === zero.id || l.interactionId === one.id)).toBe(2);
    expect(lines().find((l) => l.interactionId === zero.id)?.shard).toBe(0);
    expect(lines().find((l) => l.interactionId === one.id)?.shard).toBe(1);
  });

  it('GIVEN /about THEN it names the shard serving that server, and counts the servers of all shards (broadcastEval)', async () => {
    for (const [guild, shard] of [
      [GUILD_ON_SHARD_0, 0],
      [GUILD_ON_SHARD_1, 1],
    ] as const) {
      const embed = embedOf(await (await server.slashCommand('about', {}, { guild })).waitForOriginal());
      expect(embed.fields?.find((f) => f.name === 'Shard')?.value).toBe(`#${shard} of 2 (this server's) · 2 servers on 2 shards`);
    }
  });

  it('GIVEN unanswered questions on both shards THEN /unanswered on either lists them all, merged; Forget these clears every shard', async () => {
    for (const guild of [GUILD_ON_SHARD_0, GUILD_ON_SHARD_1, GUILD_ON_SHARD_1]) {
      await (await server.slashCommand('ask', { question: 'Where is the best sushi in Tokyo?' }, { guild })).waitForOriginal();
    }
    await (await server.slashCommand('ask', { question: 'What is the GDP of Japan?' }, { guild: GUILD_ON_SHARD_0 })).waitForOriginal();
    const list = await (await server.slashCommand('unanswered', {}, { guild: GUILD_ON_SHARD_0, ...MODERATOR })).waitForOriginal();
    expect(embedOf(list).description?.split('\n')).toEqual([expect.stringMatching(/^` {2}3×` Where is the best sushi in Tokyo\?/), expect.stringMatching(/^` {2}1×` What is the GDP of Japan\?/)]);

    const forget = await server.button('unanswered:clear', list, { guild: GUILD_ON_SHARD_0, ...MODERATOR });
    expect((await forget.waitForOriginal()).content).toBe('Forgot 2 unanswered questions.');
    const after = await (await server.slashCommand('unanswered', {}, { guild: GUILD_ON_SHARD_1, ...MODERATOR })).waitForOriginal();
    expect(embedOf(after).description).toBe('None so far.');
  });

  it('GIVEN /reindex on one shard THEN the other reindexes too; GIVEN SIGHUP to the manager THEN every shard reindexes', async () => {
    const article = path.join(content.dir, 'tenuous-connections.md');
    await content.write('tenuous-connections.md', (await readFile(article, 'utf8')).replace('Jan 5', 'January 5'));
    const reply = await (await server.slashCommand('reindex', {}, { guild: GUILD_ON_SHARD_1, ...MODERATOR })).waitForOriginal();
    expect(embedOf(reply).footer?.text).toMatch(/· 1 other shard reindexed too$/);
    await logged((l) => l.msg === 'reindexed' && l.trigger === 'command').toBe(2);

    child.kill('SIGHUP');
    await logged((l) => l.msg === 'reindexed' && l.trigger === 'sighup').toBe(2);
    expect(lines().filter((l) => l.msg === 'reindexed' && l.trigger === 'sighup').map((l) => l.shard).sort()).toEqual([0, 1]);
  });

  it('GIVEN HEALTH_PORT THEN the manager serves /healthz for all shards', async () => {
    const port = lines().find((l) => l.msg === 'serving GET /healthz')?.port;
    const response = await fetch(`http://127.0.0.1:${String(port)}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready', shards: 2, missing: 0, guilds: 2, perShard: [{ shard: 0, ready: true }, { shard: 1, ready: true }] });
  });

  it('GIVEN a shard process dies THEN the manager logs it and starts it again, and its guild is answered', async () => {
    const shard1 = lines().find((l) => l.msg === 'shard process started' && l.shard === 1)?.pid;
    expect(shard1).toEqual(expect.any(Number));
    process.kill(Number(shard1), 'SIGKILL');
    await logged((l) => l.msg === 'shard process exited; starting it again' && l.shard === 1).toBe(1);
    await logged((l) => l.msg === 'shard ready' && l.shard === 1, 20_000).toBe(2);
    const reply = await (await server.slashCommand('ask', { question: 'What is AUKUS?' }, { guild: GUILD_ON_SHARD_1 })).waitForOriginal(10_000);
    expect(embedOf(reply).title).toBe('What is AUKUS?');
  }, 30_000);

  it('GIVEN SIGTERM THEN every shard closes cleanly and the manager exits 0; the token is in no line', async () => {
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];

    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(lines().filter((l) => l.msg === 'disconnected from Discord').map((l) => l.shard).sort()).toEqual([0, 1]);
    expect(lines().at(-1)?.msg).toBe('all shards stopped');
    expect(lines().filter((l) => Number(l.level) >= 50)).toEqual([]);
    expect(stdout).not.toContain(TOKEN);
  });
});
