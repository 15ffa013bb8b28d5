import 'dotenv/config';
import path from 'node:path';
import { UNANSWERED_FILE } from '../app/paths.js';
import { UnansweredStore } from '../app/unanswered.js';
import { ConfigError, loadConfig } from '../config.js';
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
  const store = await UnansweredStore.open(path.join(config.dataDir, UNANSWERED_FILE), (m) => process.stderr.write(`warning: ${m}\n`));
  if (args.includes('--clear')) {
    const n = await store.clear();
    process.stdout.write(args.includes('--json') ? `${JSON.stringify({ cleared: n })}\n` : `Cleared ${n} unanswered question${n === 1 ? '' : 's'}.\n`);
  } else {
    const top = store.top(limit);
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
