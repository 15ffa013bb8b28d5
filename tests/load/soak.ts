// `npm run soak [-- --seconds 60 --workers 50]`: the full load run, opt-in (npm test runs a bounded one).
// The real bot against the loopback Discord server in this process: a burst of 1,000 interactions,
// then `workers` users asking one after another for `seconds`, from a community of 20,000 people.
// It reports every interaction's time to first response, and the heap (after a forced GC) after a
// warm-up in which everyone asked once, after 10,000 more interactions, and at the end.
// Exit status 1 if an interaction was lost or late, or the heap grew by more than 25 %.
import { parseArgs } from 'node:util';
import { CACHE_LIMITS } from '../../src/discord/client.js';
import { startHarness } from '../discord/harness.js';
import { burst, COMMUNITY, DEADLINE_MS, describeReport, sustained } from './load-run.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, workers: { type: 'string', default: '50' } } });
const seconds = Number(values.seconds);
const workers = Number(values.workers);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  process.stderr.write('soak: run it with node --expose-gc (npm run soak does)\n');
  process.exit(2);
}

/** Heap in use after two full collections, in MB. */
const heapMB = () => {
  gc();
  gc();
  return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10;
};

const h = await startHarness({ cooldownSeconds: 5, alarmsOnly: true });
const out = (line: string) => process.stdout.write(`${line}\n`);
out(`soak: ${workers} concurrent for ${seconds} s after a burst of 1000; Discord's deadline ${DEADLINE_MS} ms`);

// Warm-up: JIT, and every member of the community has asked once, so every table has met its bound.
await sustained(h.server, workers, 120_000, () => h.server.prune(2000), () => h.bot.context.stats.interactions >= COMMUNITY);
h.server.prune(0);
const warm = heapMB();
out(`heap after warm-up (${h.bot.context.stats.interactions} interactions): ${warm} MB`);

const burstReport = await burst(h.server, 1000);
out(describeReport('burst of 1000', burstReport));

let at10k: { heap: number; interactions: number } | undefined;
const startCount = h.bot.context.stats.interactions;
const soakReport = await sustained(h.server, workers, seconds * 1000, () => {
  h.server.prune(2000);
  const done = h.bot.context.stats.interactions - startCount;
  if (!at10k && done >= 10_000) {
    h.server.prune(0);
    at10k = { heap: heapMB(), interactions: done };
  }
});
out(describeReport(`${workers} concurrent for ${seconds} s`, soakReport));
h.server.prune(0);
const end = heapMB();
const { client, context } = h.bot;
out(`heap: ${warm} MB after warm-up, ${at10k ? `${at10k.heap} MB after ${at10k.interactions} more interactions, ` : ''}${end} MB at the end (${context.stats.interactions} interactions in all)`);
out(
  `bounded tables: users ${client.users.cache.size}/${CACHE_LIMITS.users}, members ${client.guilds.cache.reduce((n, g) => n + g.members.cache.size, 0)}/${CACHE_LIMITS.members}, ` +
    `questions ${context.questions.size}/2000, cooldowns ${context.cooldowns.size}/10000, unanswered ${h.unanswered.size}/1000`,
);
const alarms = h.logs.filter((l) => Number(l.level) >= 40);
out(`log lines ${h.logCount()}, warnings or errors ${alarms.length}${alarms.length > 0 ? `: ${[...new Set(alarms.map((l) => String(l.msg)))].join('; ')}` : ''}`);

const problems = [
  burstReport.lost + soakReport.lost > 0 ? 'interactions lost' : '',
  burstReport.late + soakReport.late > 0 ? 'interactions answered after the deadline' : '',
  h.server.violations.length > 0 ? `${h.server.violations.length} requests Discord would refuse` : '',
  (at10k?.heap ?? end) > warm * 1.25 ? 'the heap grew by more than 25 %' : '',
  alarms.length > 0 ? 'warnings were logged' : '',
].filter(Boolean);
await h.stop();
out(problems.length === 0 ? 'soak: OK' : `soak: FAILED — ${problems.join(', ')}`);
process.exit(problems.length === 0 ? 0 : 1);
