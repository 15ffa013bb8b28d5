import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import path from 'node:path';
import { readContentFiles } from '../src/content/load-content.js';
import { loadLexicon } from '../src/lexicon/load-lexicon.js';
import { measureDiscord, type DiscordResult } from './discord.js';
import { buildAsStartDoes } from './measure.js';
import { benchQuestions, firstAskQuestions } from './questions.js';
import { checkTargets, formatReport, type BenchReport } from './report.js';
import { syntheticContent } from './synthetic-corpus.js';
import { measureTier, type TierResult } from './tiers.js';

const USAGE = `Usage: npm run bench -- [--json] [--sizes article,1000,10000,100000] [--no-discord] [--seed N]
Measures build, memory, stored index, start-up, answer latency (a fixed mix asked again and again, and
questions asked for the first time) against raw MiniSearch, the longest
event-loop stall in a reindex, and /ask end to end through the loopback Discord server.
Default sizes: article,1000,10000 (add 100000 for the large tier: about three minutes more).`;

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  const arg = args[at] as string;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
};
if (flag('--help') || flag('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const json = flag('--json');
const seed = Number(option('--seed') ?? 1);
const sizes = (option('--sizes') ?? 'article,1000,10000').split(',').map((s) => s.trim().replace(/[_,]/g, '')).filter(Boolean);
for (const s of sizes) {
  if (s !== 'article' && !/^\d+$/.test(s)) {
    process.stderr.write(`--sizes: "${s}" is neither "article" nor a number of passages\n${USAGE}\n`);
    process.exit(2);
  }
}

/** One progress line on stderr, rewritten in place on a terminal. */
const progress = (() => {
  const tty = process.stderr.isTTY;
  let last = '';
  return (text: string) => {
    if (text === last) return;
    last = text;
    if (tty) process.stderr.write(`\r\x1b[2K${text.slice(0, (process.stderr.columns || 100) - 1)}`);
    else process.stderr.write(`${text}\n`);
  };
})();

const started = performance.now();
const loadAtStart = loadavg()[0] ?? 0;
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
progress('compiling as npm start does (npm run build)');
await buildAsStartDoes(ROOT);
const article = await readContentFiles(path.join(ROOT, 'content'));
const questions = await benchQuestions(ROOT);
const lexiconDir = path.join(ROOT, '.cache');
const lexicon = await loadLexicon(lexiconDir);

// Discord end to end before the synthetic tiers (after the article's, which it would otherwise warm): the loopback
// server runs in this process, which those tiers leave with a heap of some hundreds of MB to collect, and measured
// after them the bot's throughput was 0.60-0.62x the floor's where it was 0.72-0.75x on its own.
let discord: DiscordResult | undefined;
let discordSkipped: string | undefined;
if (flag('--no-discord')) discordSkipped = '--no-discord';
const measureEndToEnd = async () => {
  if (discord || discordSkipped) return;
  discord = await measureDiscord(ROOT, questions, (s) => progress(`Discord end to end: ${s}… (${elapsed()})`));
};
const tiers: TierResult[] = [];
for (const [i, size] of sizes.entries()) {
  if (size !== 'article') await measureEndToEnd();
  const name = size === 'article' ? 'article' : `${Number(size).toLocaleString('en-US')} passages`;
  const step = (text: string) => progress(`[${i + 1}/${sizes.length}] ${name}: ${text}… (${elapsed()})`);
  step('generating');
  const files = size === 'article' ? article : syntheticContent(article, { passages: Number(size), seed });
  const firstAsk = await firstAskQuestions(ROOT, questions, i);
  tiers.push(await measureTier({ name: size === 'article' ? 'article' : name, files, questions, firstAsk, lexicon, lexiconDir, root: ROOT, progress: step }));
}
await measureEndToEnd();

if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
else progress(`done in ${elapsed()}`);

const cpu = cpus();
const report: BenchReport = {
  date: new Date().toISOString().slice(0, 10),
  machine: { cpu: cpu[0]?.model.trim() ?? 'unknown', cores: cpu.length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.versions.node, os: `${platform()} ${release()}`, load: [loadAtStart, loadavg()[0] ?? 0] },
  tiers,
  ...(discord ? { discord } : {}),
  ...(discordSkipped ? { discordSkipped } : {}),
  targets: checkTargets(tiers, discord),
};
process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n`);
// The lexicon and timers of the libraries measured hold nothing that must finish.
process.exit(0);
