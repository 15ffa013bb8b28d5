import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Library } from '../src/app/library.js';
import { answerReply } from '../src/discord/answer-reply.js';
import { QuestionStore } from '../src/discord/question-store.js';
import { startDiscordServer, type DiscordServer } from '../tests/discord-server/index.js';
import { compiledModule, percentiles, startFlags, type Percentiles } from './measure.js';
import type { BenchQuestion } from './questions.js';

/** A token in Discord's shape, accepted by the loopback server. */
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.bench-token-for-the-loopback-server-012';
const ONE_AT_A_TIME = 300;
const IN_FLIGHT = 50;
const THROUGHPUT_TOTAL = 1200;
/** The 50-in-flight bursts alternate between the bots in this many rounds. */
const ROUNDS = 4;
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

interface RunningBot {
  readonly server: DiscordServer;
  readonly pid: number;
  /** Rejects if the process exits before stop(). */
  readonly exited: Promise<never>;
  stop(): Promise<void>;
}

/** Starts `script` (compiled, a node process run as `npm start` runs the bot) against its own loopback server. */
const launch = async (root: string, script: string, env: Record<string, string>): Promise<RunningBot> => {
  const server = await startDiscordServer({ token: TOKEN, waitTimeoutMs: 60_000, interactionDeadlineMs: 0 });
  const child: ChildProcess = spawn(process.execPath, [...(await startFlags(root)), compiledModule(root, script)], {
    cwd: root,
    env: { ...process.env, ...env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.restUrl, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let stopping = false;
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => {
      if (!stopping) reject(new Error(`${script} exited (${code}) during the bench:\n${stderr.slice(-2000)}`));
    }),
  );
  exited.catch(() => {});
  // Its files (the unanswered questions, written on SIGTERM) are in the data folder removed after it.
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    server,
    pid: child.pid ?? 0,
    exited,
    async stop() {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      }
      await server.close();
    },
  };
};

/** `count` asks with `inFlight` outstanding at a time; the elapsed ms. */
const burst = async (bot: RunningBot, count: number, inFlight: number, question: (i: number) => string): Promise<number> => {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) await ask(bot.server, question(next++));
    }),
  );
  return performance.now() - started;
};

/**
 * End to end through Discord: interactions dispatched by the loopback Discord-compatible server to
 * a real discord.js bot in its own process, timed from dispatch to the visible reply. The floor bot
 * (a fixed real answer) and article-qa serving the article (`src/main.ts`, run like `npm start`)
 * run side by side and are asked in turn — one question each, then bursts of 50 in flight in
 * alternate rounds — so a busy machine slows both alike.
 */
export const measureDiscord = async (root: string, questions: readonly BenchQuestion[], progress: (step: string) => void): Promise<DiscordResult> => {
  const data = await mkdtemp(path.join(tmpdir(), 'article-qa-bench-data-'));
  const running: RunningBot[] = [];
  try {
    // The floor sends a real answer (embed and buttons) every time: the same bytes as the bot.
    const library = await Library.open(path.join(root, 'content'));
    const sample = answerReply(library.engine, new QuestionStore(), FLOOR_QUESTION);
    const floorReply = path.join(data, 'floor-reply.json');
    await writeFile(floorReply, JSON.stringify({ embeds: sample.embeds, components: sample.components }));
    progress('starting both bots');
    const floor = await launch(root, 'bench/floor-bot.ts', { FLOOR_REPLY: floorReply });
    running.push(floor);
    const bot = await launch(root, 'src/main.ts', { CONTENT_DIR: path.join(root, 'content'), CACHE_DIR: path.join(root, '.cache'), DATA_DIR: data, LOG_LEVEL: 'info', ASK_COOLDOWN_SECONDS: '0', CONTENT_WATCH: 'false', TRANSPORT: 'gateway' });
    running.push(bot);
    const run = async () => {
      const q = (i: number) => questions[i % questions.length]?.question ?? '';
      for (let i = 0; i < WARM_UP; i++) for (const b of running) await ask(b.server, q(i));
      const samples = running.map((): number[] => []);
      for (let i = 0; i < ONE_AT_A_TIME; i++) {
        if (i % 50 === 0) progress(`one at a time ${i}/${ONE_AT_A_TIME}, in turn`);
        for (const [k, b] of running.entries()) samples[k]?.push(await ask(b.server, q(i)));
      }
      const elapsed = running.map(() => 0);
      const each = Math.ceil(THROUGHPUT_TOTAL / ROUNDS);
      for (let r = 0; r < ROUNDS; r++) {
        progress(`${IN_FLIGHT} in flight, round ${r + 1}/${ROUNDS}`);
        for (const [k, b] of running.entries()) elapsed[k] = (elapsed[k] ?? 0) + (await burst(b, each, IN_FLIGHT, (i) => q(r * each + i)));
      }
      for (const b of running) {
        if (b.server.violations.length > 0 || b.server.errors.length > 0) throw new Error(`the loopback server saw problems: ${JSON.stringify([...b.server.violations, ...b.server.errors.map(String)]).slice(0, 500)}`);
      }
      const figures = await Promise.all(
        running.map(async (b, k): Promise<BotFigures> => ({ oneAtATime: percentiles(samples[k] ?? []), throughput: (each * ROUNDS) / ((elapsed[k] ?? 1) / 1000), peakRssMB: (await peakRss(b.pid)) ?? Number.NaN })),
      );
      return { questions: WARM_UP + ONE_AT_A_TIME + each * ROUNDS, inFlight: IN_FLIGHT, floor: figures[0] as BotFigures, bot: figures[1] as BotFigures };
    };
    return await Promise.race([run(), floor.exited, bot.exited]);
  } finally {
    for (const b of running) await b.stop();
    await rm(data, { recursive: true, force: true });
  }
};
