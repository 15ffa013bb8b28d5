import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDiscordServer, type DiscordServer } from '../discord-server/index.js';
import { ROOT } from '../helpers/engine.js';
import { run, tsx } from '../helpers/run.js';
import { TOKEN } from './harness.js';

let server: DiscordServer;
beforeEach(async () => {
  server = await startDiscordServer({ token: TOKEN });
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

/** The environment of a child entry: this server, no .env file, nothing inherited that would change the run. */
const envFor = (extra: Record<string, string> = {}) => ({
  DISCORD_TOKEN: TOKEN,
  DISCORD_API_URL: server.restUrl,
  DISCORD_CLIENT_ID: server.applicationId,
  DISCORD_GUILD_ID: '',
  LOG_LEVEL: 'info',
  ASK_COOLDOWN_SECONDS: '0',
  DOTENV_CONFIG_PATH: '/dev/null',
  ...extra,
});

const STACK = /\n\s+at /;

/**
 * What `npm start` runs once `npm run build` (its prestart) has compiled the sources: node, its flags
 * and dist/src/main.js, taken from package.json. Spawned without npm in between, so that signals
 * (SIGHUP, SIGTERM) reach the bot as a supervisor sends them.
 */
const startCommand = (): string[] => {
  const start = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(/\s+/);
  expect(start[0]).toBe('node');
  return start.slice(1);
};

// This file alone compiles dist/ (npm start's prestart), so no other test runs it while it is rewritten.
beforeAll(async () => {
  const { code, stderr } = await run('npm', ['run', '--silent', 'build'], { timeoutMs: 60_000 });
  expect(stderr).toBe('');
  expect(code).toBe(0);
}, 60_000);

describe('npm start with DISCORD_TOKEN (the real entry, as a child process)', () => {
  it('GIVEN a token THEN it logs in, answers, logs one line per interaction, reindexes on SIGHUP (in a worker thread), and SIGTERM closes it cleanly', async () => {
    const child = spawn(process.execPath, startCommand(), { cwd: ROOT, env: { ...process.env, ...envFor() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    try {
      await server.waitForReady({ timeoutMs: 15_000 });
      const handle = await server.slashCommand('ask', { question: 'What is AUKUS?' });
      const reply = await handle.waitForOriginal(10_000);
      expect((reply.embeds[0] as { title?: string }).title).toBe('What is AUKUS?');
      await expect.poll(() => stdout.includes(handle.id), { timeout: 5_000 }).toBe(true);
      child.kill('SIGHUP');
      await expect.poll(() => stdout.includes('"trigger":"sighup"'), { timeout: 5_000 }).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await exited;

    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['warmed up', 'connected to Discord', 'interaction', 'reindexed', 'stopping', 'disconnected from Discord']));
    // Warmed up before it connects: no user's question waits for it.
    expect(lines.findIndex((l) => l.msg === 'warmed up')).toBeLessThan(lines.findIndex((l) => l.msg === 'connected to Discord'));
    expect(lines.find((l) => l.msg === 'warmed up')).toMatchObject({ questions: expect.any(Number), ms: expect.any(Number) });
    expect(lines.find((l) => l.msg === 'interaction')).toMatchObject({ command: '/ask', ref: '§3.2', score: expect.any(Number), latencyMs: expect.any(Number) });
    expect(server.identifies[0]?.intents).toBe(1 | 512 | 4096);
    expect(stdout).not.toContain(TOKEN);
  });

  it('GIVEN the gateway closes for good (4004: the token was revoked) THEN one clear line, exit status 1 for the supervisor to restart', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, ...envFor() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    await server.waitForReady({ timeoutMs: 15_000 });
    server.disconnectAll(4004);
    const [code] = await exited;

    expect(code).toBe(1);
    expect(stderr).toBe(
      'article-qa stopped: the gateway refused DISCORD_TOKEN (close 4004) — reset the token on the Bot page of your application and put the new one in .env — exiting with status 1 (a supervisor restarts it)\n',
    );
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => Number(l.level) >= 50).map((l) => l.msg)).toEqual([
      'gateway closed and will not reconnect',
      'the gateway refused DISCORD_TOKEN (close 4004) — reset the token on the Bot page of your application and put the new one in .env; exiting so that the supervisor restarts the bot',
    ]);
    expect(stdout + stderr).not.toContain(TOKEN);
  });

  it('GIVEN a token Discord rejects THEN one line explains it, no stack trace, and the exit is non-zero', async () => {
    const other = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.not-the-token-the-server-expects-9876';
    const { code, stderr, stdout } = await tsx('src/main.ts', [], { env: envFor({ DISCORD_TOKEN: other }) });

    expect(code).toBe(1);
    expect(stderr).toMatch(/^Discord login failed: DISCORD_TOKEN was rejected by Discord \(401 Unauthorized\) — reset the token[^\n]*\n$/);
    expect(stderr + stdout).not.toMatch(STACK);
    expect(stderr + stdout).not.toContain(other);
  });

  it('GIVEN a malformed variable THEN one line names it and the bot does not start', async () => {
    const { code, stderr } = await tsx('src/main.ts', [], { env: envFor({ DISCORD_API_URL: 'ftp://example.invalid' }) });

    expect(code).toBe(1);
    expect(stderr).toMatch(/^Configuration problem: DISCORD_API_URL - must be an http\(s\) URL[^\n]*\n$/);
    expect(server.requests).toEqual([]);
  });
});

describe('npm run build', () => {
  it('GIVEN dist/ already built THEN unchanged modules are not rewritten (a starting bot never reads one half-written) and a module whose source is gone is removed', async () => {
    const main = path.join(ROOT, 'dist/src/main.js');
    const stale = path.join(ROOT, 'dist/src/no-such-source.js');
    writeFileSync(stale, 'export {};\n');
    const before = statSync(main).mtimeMs;
    const { code, stderr } = await run('npm', ['run', '--silent', 'build'], { timeoutMs: 60_000 });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(statSync(main).mtimeMs).toBe(before);
    expect(existsSync(stale)).toBe(false);
  }, 60_000);

  it('GIVEN a module with a syntax error (another project root, a temp folder) THEN its file, line and column, no stack, exit status 1, and nothing written', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'article-qa-compile-'));
    try {
      for (const dir of ['src', 'commands', 'bench']) await mkdir(path.join(root, dir));
      await writeFile(path.join(root, 'src/fine.ts'), 'export const fine = 1;\n');
      await writeFile(path.join(root, 'commands/broken.ts'), 'export const a = 1;\nexport const b = (x: number => x;\n');
      await writeFile(path.join(root, 'bench/fine.ts'), 'export const fine = 2;\n');
      const { code, stderr } = await tsx('src/compile.ts', [root]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/commands\/broken\.ts:2:\d+/);
      expect(stderr).not.toMatch(STACK);
      expect(existsSync(path.join(root, 'dist'))).toBe(false);
      // Mended, the same root compiles.
      await writeFile(path.join(root, 'commands/broken.ts'), 'export const b = (x: number) => x;\n');
      expect((await tsx('src/compile.ts', [root])).code).toBe(0);
      expect(existsSync(path.join(root, 'dist/commands/broken.js'))).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('npm start without DISCORD_TOKEN (through npm: the build, then the compiled entry)', () => {
  it('GIVEN a question on stdin THEN the console chat answers it from the compiled sources and /quit leaves', async () => {
    const { code, stdout, stderr } = await run('npm', ['start'], { input: 'what constraints does the mechanism face?\n/quit\n', env: { DOTENV_CONFIG_PATH: '/dev/null' }, timeoutMs: 60_000 });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('node --max-semi-space-size=2 dist/src/main.js');
    expect(stdout).toMatch(/ask about “Tenuous connections”/);
    expect(stdout).toMatch(/\*§6\.1\* · Constraints on the mechanism/);
    expect(stdout.trim().endsWith('Bye.')).toBe(true);
  }, 60_000);
});

describe('npm run deploy-commands', () => {
  const deployed = () => server.requests.filter((r) => r.method === 'PUT');

  it('GIVEN DISCORD_GUILD_ID THEN one PUT registers every command to that guild, and it prints them', async () => {
    const guildId = server.guilds[0]!.id;
    const { code, stdout, stderr } = await tsx('src/deploy-commands.ts', [], { env: envFor({ DISCORD_GUILD_ID: guildId }) });

    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(deployed().map((r) => r.path)).toEqual([`/applications/${server.applicationId}/guilds/${guildId}/commands`]);
    const body = deployed()[0]?.body as { name: string; type?: number; default_member_permissions?: string; options?: { name: string; autocomplete?: boolean }[] }[];
    expect(body.map((c) => c.name)).toEqual(['ask', 'define', 'section', 'about', 'help', 'reindex', 'unanswered', 'Answer from the article']);
    expect(body.find((c) => c.name === 'ask')?.options?.map((o) => o.name)).toEqual(['question', 'private']);
    expect(body.find((c) => c.name === 'define')?.options?.[0]).toMatchObject({ name: 'term', autocomplete: true });
    expect(body.find((c) => c.name === 'reindex')?.default_member_permissions).toBe('32');
    expect(body.find((c) => c.name === 'unanswered')?.default_member_permissions).toBe('32');
    expect(body.find((c) => c.name === 'Answer from the article')?.type).toBe(3);
    expect(stdout).toMatch(new RegExp(`^Registered 8 commands to guild ${guildId} \\(available now\\):\\n  /ask — `));
    expect(stdout).toMatch(/ {2}Answer from the article \(message menu\)\n$/);
    expect(server.commands.filter((c) => c.guild_id === guildId)).toHaveLength(8);
  });

  it('GIVEN no DISCORD_GUILD_ID THEN the PUT goes to the global commands route', async () => {
    const { code, stdout } = await tsx('src/deploy-commands.ts', [], { env: envFor() });

    expect(code).toBe(0);
    expect(deployed().map((r) => r.path)).toEqual([`/applications/${server.applicationId}/commands`]);
    expect(stdout).toMatch(/^Registered 8 commands globally/);
  });

  it('GIVEN no DISCORD_CLIENT_ID THEN one line names it and nothing is sent', async () => {
    const { code, stderr } = await tsx('src/deploy-commands.ts', [], { env: envFor({ DISCORD_CLIENT_ID: '' }) });

    expect(code).toBe(1);
    expect(stderr).toMatch(/^Configuration problem: DISCORD_CLIENT_ID - is required to register commands[^\n]*\n$/);
    expect(server.requests).toEqual([]);
  });
});
