import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DiscordServer, InteractionHandle } from '../discord-server/index.js';
import { ROOT } from '../helpers/engine.js';

/** Discord's deadline for the first response to an interaction. */
export const DEADLINE_MS = 3000;

/** Real questions from the question sets, and what people type into the other commands. */
const QUESTIONS = (JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/questions-dev.json'), 'utf8')) as { question: string }[]).map((q) => q.question);
const TERMS = ['AUKUS', 'DPRK', 'Quad', 'IPEF', 'de-risking', 'Camp David', 'qaud', 'NATO'];
const REFS = ['§1', '§2.1', '§3.2', '§4', '§6.1', '6.3', '§42'];

/** A community of this many active people: each asks again after all the others (past their cooldown). */
export const COMMUNITY = 20_000;
let userSeq = 0;
/** The next asker: a burst is many people, each with a cooldown of their own. */
const nextUser = () => {
  userSeq = (userSeq % COMMUNITY) + 1;
  return { id: String(100_000_000_000_000_000n + BigInt(userSeq)), username: `user${userSeq}` };
};

/** One interaction of the mix a busy server sends: mostly /ask, then /define, /section, autocomplete, /about. */
export const sendOne = (server: DiscordServer, i: number): Promise<InteractionHandle> => {
  const user = nextUser();
  const pick = <T>(list: readonly T[]) => list[i % list.length] as T;
  switch (i % 10) {
    case 6:
      return server.slashCommand('define', { term: pick(TERMS) }, { user });
    case 7:
      return server.slashCommand('section', { ref: pick(REFS) }, { user });
    case 8:
      return server.autocomplete(i % 20 === 8 ? 'define' : 'section', i % 20 === 8 ? { term: pick(TERMS).slice(0, 2) } : { ref: pick(REFS).slice(0, 2) }, i % 20 === 8 ? 'term' : 'ref', { user });
    case 9:
      return i % 30 === 9 ? server.slashCommand('about', {}, { user }) : server.slashCommand('ask', { question: pick(QUESTIONS), private: true }, { user });
    default:
      return server.slashCommand('ask', { question: pick(QUESTIONS) }, { user });
  }
};

/** What a load run measured: every interaction's time from dispatch to the bot's first response. */
export interface LoadReport {
  readonly sent: number;
  readonly answered: number;
  /** Dispatched but never answered (or answered after Discord's deadline). */
  readonly lost: number;
  readonly late: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly ms: number;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const report = (latencies: number[], sent: number, ms: number): LoadReport => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    sent,
    answered: sorted.length,
    lost: sent - sorted.length,
    late: sorted.filter((l) => l > DEADLINE_MS).length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    ms,
  };
};

/**
 * How long the bot took to respond to each handle (from dispatch to its accepted callback), or
 * undefined for one it never responded to within `timeoutMs`. One timer polls them all: a waiter
 * per handle would cost the process as much as the bot it measures.
 */
const latenciesOf = (handles: readonly InteractionHandle[], timeoutMs: number): Promise<(number | undefined)[]> =>
  new Promise((resolve) => {
    const started = Date.now();
    const out: (number | undefined)[] = handles.map(() => undefined);
    let pending = handles.map((_, i) => i);
    const poll = () => {
      pending = pending.filter((i) => {
        const handle = handles[i]!;
        const callback = handle.callback();
        if (callback) out[i] = callback.time - handle.dispatchedAt;
        return !callback;
      });
      if (pending.length === 0 || Date.now() - started > timeoutMs) resolve(out);
      else setTimeout(poll, 10);
    };
    poll();
  });

/** `count` interactions sent at once; resolves when each is answered or has missed the deadline by far. */
export const burst = async (server: DiscordServer, count: number): Promise<LoadReport> => {
  const started = Date.now();
  const handles = await Promise.all(Array.from({ length: count }, (_, i) => sendOne(server, i)));
  const latencies = await latenciesOf(handles, DEADLINE_MS * 3);
  return report(latencies.filter((l): l is number => l !== undefined), count, Date.now() - started);
};

/**
 * `workers` users each sending an interaction, awaiting the response, and sending the next, for
 * `durationMs` (or until `stopWhen`). `onTick` runs about every second (the soak prunes the
 * server's records there).
 */
export const sustained = async (
  server: DiscordServer,
  workers: number,
  durationMs: number,
  onTick?: (done: number) => void | Promise<void>,
  stopWhen: () => boolean = () => false,
): Promise<LoadReport> => {
  const started = Date.now();
  const latencies: number[] = [];
  let sent = 0;
  let lastTick = started;
  const worker = async () => {
    while (Date.now() - started < durationMs && !stopWhen()) {
      const handle = await sendOne(server, sent++);
      const latency = await handle.waitForCallback(DEADLINE_MS * 3).then(
        (callback) => callback.time - handle.dispatchedAt,
        () => undefined,
      );
      if (latency !== undefined) latencies.push(latency);
      if (onTick && Date.now() - lastTick >= 1000) {
        lastTick = Date.now();
        await onTick(latencies.length);
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return report(latencies, sent, Date.now() - started);
};

/** One line for a report. */
export const describeReport = (name: string, r: LoadReport): string =>
  `${name}: ${r.answered}/${r.sent} answered in ${(r.ms / 1000).toFixed(1)} s (${Math.round((r.answered * 1000) / Math.max(1, r.ms))}/s), ${r.lost} lost, ${r.late} late; first response p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, max ${r.max} ms`;
