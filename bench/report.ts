import type { DiscordResult } from './discord.js';
import type { TierResult } from './tiers.js';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGB: number;
  readonly node: string;
  readonly os: string;
  /** One-minute load averages when the run started and ended: how busy the machine was with other work. */
  readonly load: readonly [number, number];
}

export interface BenchReport {
  readonly date: string;
  readonly machine: Machine;
  readonly tiers: readonly TierResult[];
  readonly discord?: DiscordResult;
  readonly discordSkipped?: string;
  readonly targets: readonly Target[];
}

export interface Target {
  readonly what: string;
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean;
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const mb = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(1));
const count = (n: number) => n.toLocaleString('en-US');
const triple = (p: { p50: number; p99: number; max: number }) => `${ms(p.p50)} / ${ms(p.p99)} / ${ms(p.max)}`;

/** The targets of issue 5, checked against a run. */
export const checkTargets = (tiers: readonly TierResult[], discord: DiscordResult | undefined): Target[] => {
  const targets: Target[] = [];
  const article = tiers.find((t) => t.name === 'article');
  const large = tiers.find((t) => t.passages >= 100_000);
  if (article) {
    targets.push({ what: 'article: answer() p99, the mix asked again', goal: '≤ 1 ms', measured: `${ms(article.answer.p99)} ms`, met: article.answer.p99 <= 1 });
    targets.push({ what: 'article: answer() p99, questions asked for the first time', goal: '≤ 1 ms', measured: `${ms(article.firstAsk.p99)} ms`, met: article.firstAsk.p99 <= 1 });
  }
  if (discord) {
    const gap = discord.bot.oneAtATime.p99 - discord.floor.oneAtATime.p99;
    targets.push({ what: 'article: end-to-end p99 vs floor bot', goal: '≤ floor + 5 ms', measured: `${ms(discord.bot.oneAtATime.p99)} vs ${ms(discord.floor.oneAtATime.p99)} ms (${gap < 0 ? '−' : '+'}${ms(Math.abs(gap))})`, met: gap <= 5 });
    const ratio = discord.bot.throughput / discord.floor.throughput;
    targets.push({ what: 'article: throughput, 50 in flight', goal: '≥ 0.7 × floor', measured: `${discord.bot.throughput.toFixed(0)} vs ${discord.floor.throughput.toFixed(0)} /s (${ratio.toFixed(2)}×)`, met: ratio >= 0.7 });
    targets.push({ what: 'bot peak RSS serving the article', goal: '≤ 150 MB', measured: `${mb(discord.bot.peakRssMB)} MB`, met: discord.bot.peakRssMB <= 150 });
  }
  if (large) {
    targets.push({ what: `${count(large.passages)} passages: answer() p99, the mix asked again`, goal: '≤ 20 ms', measured: `${ms(large.answer.p99)} ms`, met: large.answer.p99 <= 20 });
    targets.push({ what: `${count(large.passages)} passages: answer() p99, questions asked for the first time`, goal: '≤ 20 ms', measured: `${ms(large.firstAsk.p99)} ms`, met: large.firstAsk.p99 <= 20 });
    const ratio = large.raw.answer.p99 / large.answer.p99;
    targets.push({ what: `${count(large.passages)} passages: vs raw MiniSearch p99`, goal: '≥ 5× faster', measured: `${ratio.toFixed(0)}×`, met: ratio >= 5 });
    targets.push({ what: `${count(large.passages)} passages: build`, goal: '≤ 10 s', measured: `${(large.build.ms / 1000).toFixed(1)} s`, met: large.build.ms <= 10_000 });
    targets.push({
      what: `${count(large.passages)} passages: longest stall by a reindex`,
      goal: '≤ 50 ms',
      measured: `${ms(large.reindex.longestReindexStallMs)} ms (${ms(large.reindex.longestStallMs)} with answering)`,
      met: large.reindex.longestReindexStallMs <= 50,
    });
    targets.push({ what: `${count(large.passages)} passages: start-up from the stored index`, goal: '≤ 1 s', measured: `${ms(large.stored.openMs)} ms`, met: large.stored.openMs <= 1000 });
  }
  return targets;
};

/** The report as tables for a terminal or a README (Markdown). */
export const formatReport = (r: BenchReport): string => {
  const lines: string[] = [];
  lines.push(`${r.date} · ${r.machine.cpu} (${r.machine.cores} cores, ${r.machine.memoryGB} GB) · Node ${r.machine.node} · ${r.machine.os} · load average ${r.machine.load[0].toFixed(1)} at the start, ${r.machine.load[1].toFixed(1)} at the end`, '');
  const head = ['', ...r.tiers.map((t) => (t.name === 'article' ? 'article' : `${count(t.passages)} passages`))];
  const rows: string[][] = [
    ['documents / distinct terms', ...r.tiers.map((t) => `${count(t.documents)} / ${count(t.terms)}`)],
    ['build (ms)', ...r.tiers.map((t) => ms(t.build.ms))],
    ['memory after build (MB: heap + buffers)', ...r.tiers.map((t) => `${mb(t.build.heapMB)} + ${mb(t.build.buffersMB)}`)],
    ['stored index (MB)', ...r.tiers.map((t) => mb(t.stored.MB))],
    ['start-up from it (ms: index / lexicon / process ready)', ...r.tiers.map((t) => `${ms(t.stored.openMs)} / ${ms(t.stored.lexiconMs)} / ${ms(t.stored.readyMs)}`)],
    ['answer() p50 / p99 / max (ms), the mix asked again', ...r.tiers.map((t) => triple(t.answer))],
    ['answer() p50 / p99 / max (ms), questions asked for the first time', ...r.tiers.map((t) => triple(t.firstAsk))],
    ['raw MiniSearch search() p50 / p99 / max (ms)', ...r.tiers.map((t) => triple(t.raw.answer))],
    ['raw ÷ ours, p50 and p99', ...r.tiers.map((t) => `${(t.raw.answer.p50 / t.answer.p50).toFixed(1)}× · ${(t.raw.answer.p99 / t.answer.p99).toFixed(1)}×`)],
    ['raw MiniSearch: build (ms) / heap (MB)', ...r.tiers.map((t) => `${ms(t.raw.buildMs)} / ${mb(t.raw.heapMB)}`)],
    ['raw MiniSearch: JSON (MB) / loadJSON (ms)', ...r.tiers.map((t) => `${mb(t.raw.jsonMB)} / ${ms(t.raw.loadMs)}`)],
    ['reindex under questions (ms; a question every … ms)', ...r.tiers.map((t) => `${ms(t.reindex.ms)}; ${t.reindex.everyMs}`)],
    ['longest event-loop stall in it (ms): by the reindex / any cause', ...r.tiers.map((t) => `${ms(t.reindex.longestReindexStallMs)} / ${ms(t.reindex.longestStallMs)}`)],
    ['questions answered meanwhile / failed', ...r.tiers.map((t) => `${t.reindex.questions} / ${t.reindex.failed}`)],
    ['answer() p99 meanwhile (ms)', ...r.tiers.map((t) => ms(t.reindex.answerDuring.p99))],
  ];
  lines.push(...table(head, rows), '');
  lines.push(
    `Questions: a fixed mix asked pass after pass (two question sets, plus a typo variant of each question in the article's words), after a warm-up; then questions of the other sets, each asked once (a tier's own, none in the mix), ${r.tiers[0]?.firstAsk.n ?? 0} of them timed after as many untimed: the engine remembers what it worked out about a question's words, and a question asked for the first time pays for it. answer() is the engine's public API, the path the bot takes; raw MiniSearch is asked the mix.`,
    '',
  );
  if (r.discord) {
    const d = r.discord;
    lines.push(
      `End to end through Discord (loopback server, real discord.js, ${d.questions} /ask interactions to each bot, the two asked in turn: one at a time, then bursts of ${d.inFlight} in flight; the floor bot sends one fixed real answer, as many bytes as the bot):`,
      '',
    );
    lines.push(
      ...table(
        ['', 'floor bot (fixed answer)', 'article-qa bot'],
        [
          ['dispatch → visible reply p50 / p99 / max (ms)', triple(d.floor.oneAtATime), triple(d.bot.oneAtATime)],
          [`throughput, ${d.inFlight} in flight (replies/s)`, d.floor.throughput.toFixed(0), d.bot.throughput.toFixed(0)],
          ['peak RSS (MB)', mb(d.floor.peakRssMB), mb(d.bot.peakRssMB)],
        ],
      ),
      '',
    );
  } else if (r.discordSkipped) lines.push(`End to end through Discord: skipped (${r.discordSkipped}).`, '');
  if (r.targets.length > 0) {
    lines.push('Targets (issue 5):', '');
    lines.push(...table(['', 'goal', 'measured', ''], r.targets.map((t) => [t.what, t.goal, t.measured, t.met ? 'met' : 'NOT MET'])), '');
  }
  return lines.join('\n');
};

const table = (head: readonly string[], rows: readonly (readonly string[])[]): string[] => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)];
};
