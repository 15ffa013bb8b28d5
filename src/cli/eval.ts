import 'dotenv/config';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluate, type EvalQuestion, type EvalReport, type KindScore } from '../search/evaluate.js';
import { loadEngine } from './run-cli.js';

const USAGE = `Usage: npm run eval -- [--json] [--misses] [question-set.json …]
Scores the engine on question sets (default: every tests/fixtures/questions-*.json).`;

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const json = args.includes('--json');
const showMisses = args.includes('--misses');
const files = args.filter((a) => !a.startsWith('--'));
const FIXTURES = 'tests/fixtures';
const sets = files.length > 0 ? files : (await readdir(FIXTURES)).filter((f) => /^questions-.*\.json$/.test(f)).sort().map((f) => path.join(FIXTURES, f));

const engine = await loadEngine();
const pct = (n: number, d: number) => (d === 0 ? '   –' : `${((100 * n) / d).toFixed(0).padStart(3)}%`);
const row = (s: KindScore) => `  ${s.kind.padEnd(14)} ${String(s.total).padStart(4)}   top-1 ${pct(s.top1, s.total)}   top-3 ${pct(s.top3, s.total)}   refused ${s.refused}`;

const reports: Record<string, EvalReport> = {};
for (const file of sets) {
  let questions: EvalQuestion[];
  try {
    questions = JSON.parse(await readFile(file, 'utf8')) as EvalQuestion[];
  } catch (err) {
    process.stderr.write(`${file}: cannot read the question set (${(err as Error).message})\n`);
    process.exit(1);
  }
  const report = evaluate(questions, (q) => engine.answer(q));
  reports[path.basename(file)] = report;
  if (json) continue;
  const lines = [`${path.basename(file)}`, ...report.kinds.map(row), row(report.onTopic)];
  lines.push(`  off-topic      ${String(report.offTopic.total).padStart(4)}   refused ${pct(report.offTopic.refused, report.offTopic.total)}`);
  if (showMisses) for (const m of report.misses) lines.push(`    miss [${m.kind}] expected ${m.expect ?? 'refusal'}, got ${m.got.join(', ') || 'refusal'}: ${m.question}`);
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
if (json) process.stdout.write(`${JSON.stringify(reports)}\n`);
