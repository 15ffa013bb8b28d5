import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Library } from '../src/app/library.js';
import { answerReply } from '../src/discord/answer-reply.js';
import { QuestionStore } from '../src/discord/question-store.js';
import { startDiscordServer, type DiscordServer } from '../tests/discord-server/index.js';
import { percentiles, startFlags, type Percentiles } from './measure.js';
import type { BenchQuestion } from './questions.js';

/** A token in Discord's shape, accepted by the loopback server. */
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.bench-token-for-the-loopback-server-012';
const ONE_AT_A_TIME = 300;
const IN_FLIGHT = 50;
const THROUGHPUT_TOTAL = 1000;
const WARM_UP = 30;
/** The question whose answer the floor bot sends every time (a typical three-passage answer). */
const FLOOR_QUESTION = 'What constraints does the trilateral mechanism face?';

export interface BotFigures {
  readonly oneAtATime: Percentiles;
  /** Replies per second with IN_FLIGHT interactions outstanding. */
  readonly throughput: number;
  readonly peakRssMB: number;
}

export interface DiscordResult {
  readonly questions: number;
  readonly inFlight: number;
  readonly floor: BotFigures;
  readonly bot: BotFigures;
}

/** The largest resident set the process has had (VmHWM), in MiB; undefined where /proc is not available. */
const peakRss = async (pid: number): Promise<number | undefined> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : undefined;
};

const ask = async (server: DiscordServer, question: string): Promise<number> => {
  const started = performance.now();
  const handle = await server.slashCommand('ask', { question });
  await handle.waitForOriginal(30_000);
  return performance.now() - started;
};

/** Starts `args` (a node process) against a fresh loopback server and measures /ask end to end. */
const measureBot = async (root: string, args: readonly string[], env: Record<string, string>, questions: readonly BenchQuestion[], progress: (step: string) => void): Promise<BotFigures> => {
  const server = await startDiscordServer({ token: TOKEN, waitTimeoutMs: 60_000, interactionDeadlineMs: 0 });
  let child: ChildProcess | undefined;
  try {
    child = spawn(process.execPath, [...(await startFlags(root)), '--import', 'tsx', ...args], {
      cwd: root,
      env: { ...process.env, ...env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.restUrl, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<never>((_, reject) => child?.once('exit', (code) => reject(new Error(`bot exited (${code}) during the bench:\n${stderr.slice(-2000)}`))));
    const run = async () => {
      const q = (i: number) => questions[i % questions.length]?.question ?? '';
      for (let i = 0; i < WARM_UP; i++) await ask(server, q(i));
      const samples: number[] = [];
      for (let i = 0; i < ONE_AT_A_TIME; i++) {
        if (i % 50 === 0) progress(`one at a time ${i}/${ONE_AT_A_TIME}`);
        samples.push(await ask(server, q(i)));
      }
      progress(`${IN_FLIGHT} in flight`);
      let next = 0;
      const started = performance.now();
      await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
        while (next < THROUGHPUT_TOTAL) await ask(server, q(next++));
      }));
      const throughput = THROUGHPUT_TOTAL / ((performance.now() - started) / 1000);
      const rss = await peakRss(child?.pid ?? 0);
      if (server.violations.length > 0 || server.errors.length > 0) throw new Error(`the loopback server saw problems: ${JSON.stringify([...server.violations, ...server.errors.map(String)]).slice(0, 500)}`);
      return { oneAtATime: percentiles(samples), throughput, peakRssMB: rss ?? Number.NaN };
    };
    return await Promise.race([run(), exited]);
  } finally {
    child?.kill('SIGTERM');
    await server.close();
  }
};

/**
 * End to end through Discord: interactions dispatched by the loopback Discord-compatible server to
 * a real discord.js bot in its own process, timed from dispatch to the visible reply; first the floor
 * bot (fixed embed), then article-qa serving the article (`src/main.ts`, as `npm start` runs it).
 */
export const measureDiscord = async (root: string, questions: readonly BenchQuestion[], progress: (step: string) => void): Promise<DiscordResult> => {
  const data = await mkdtemp(path.join(tmpdir(), 'article-qa-bench-data-'));
  try {
    // The floor sends a real answer (embed and buttons) every time: the same bytes as the bot.
    const library = await Library.open(path.join(root, 'content'));
    const sample = answerReply(library.engine, new QuestionStore(), FLOOR_QUESTION);
    const floorReply = path.join(data, 'floor-reply.json');
    await writeFile(floorReply, JSON.stringify({ embeds: sample.embeds, components: sample.components }));
    const floor = await measureBot(root, ['bench/floor-bot.ts'], { FLOOR_REPLY: floorReply }, questions, (s) => progress(`floor bot: ${s}`));
    const bot = await measureBot(
      root,
      ['src/main.ts'],
      { CONTENT_DIR: path.join(root, 'content'), CACHE_DIR: path.join(root, '.cache'), DATA_DIR: data, LOG_LEVEL: 'info', ASK_COOLDOWN_SECONDS: '0', CONTENT_WATCH: 'false', TRANSPORT: 'gateway' },
      questions,
      (s) => progress(`article-qa bot: ${s}`),
    );
    return { questions: WARM_UP + ONE_AT_A_TIME + THROUGHPUT_TOTAL, inFlight: IN_FLIGHT, floor, bot };
  } finally {
    await rm(data, { recursive: true, force: true });
  }
};
