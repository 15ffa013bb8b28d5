import 'dotenv/config';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { UNANSWERED_FILE } from '../app/paths.js';
import { UnansweredStore } from '../app/unanswered.js';
import { ConfigError, loadConfig } from '../config.js';
import { mergeUnanswered } from '../discord/merge-unanswered.js';
import { quietOnClosedPipe } from './run-cli.js';

const USAGE = `Usage: npm run unanswered -- [--json] [--limit N] [--clear]
Lists the questions the bot could not answer, most asked first; --clear forgets them.`;

quietOnClosedPipe();
const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 20;
if (!Number.isInteger(limit) || limit < 1 || args.some((a, i) => a.startsWith('--') && !['--json', '--clear', '--limit'].includes(a) && i !== limitAt + 1)) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
try {
  const config = loadConfig(process.env);
  // A sharded bot keeps one file per shard (unanswered.shard-N.json besides shard 0's unanswered.json): read them all.
  const names = new Set([UNANSWERED_FILE, ...(await readdir(config.dataDir).catch(() => [])).filter((name) => /^unanswered\.shard-\d+\.json$/.test(name))]);
  const stores = await Promise.all([...names].map((name) => UnansweredStore.open(path.join(config.dataDir, name), (m) => process.stderr.write(`warning: ${m}\n`))));
  const merged = mergeUnanswered(stores.map((store) => store.top(store.size)));
  if (args.includes('--clear')) {
    await Promise.all(stores.map((store) => store.clear()));
    const n = merged.length;
    process.stdout.write(args.includes('--json') ? `${JSON.stringify({ cleared: n })}\n` : `Cleared ${n} unanswered question${n === 1 ? '' : 's'}.\n`);
  } else {
    const top = merged.slice(0, limit);
    if (args.includes('--json')) process.stdout.write(`${JSON.stringify({ questions: top })}\n`);
    else if (top.length === 0) process.stdout.write('No unanswered questions.\n');
    else {
      const lines = top.map((q) => `${String(q.count).padStart(5)}×  ${q.lastAsked.slice(0, 16).replace('T', ' ')}  ${q.question}`);
      process.stdout.write(`  asked  last asked (UTC)  question\n${lines.join('\n')}\n`);
    }
  }
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`Configuration problem:\n${err.message}\n`);
    process.exitCode = 1;
  } else throw err;
}
