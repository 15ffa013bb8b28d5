import 'dotenv/config';
import { formatAnswer, terminalStyle } from './format-terminal.js';
import { answerJson } from './json.js';
import { forEachLine, loadEngine, parseArgs } from './run-cli.js';

const USAGE = `Usage: npm run ask -- [--json] "<question>"
       npm run --silent ask -- --json --batch < questions.txt   (one question a line)`;

const args = parseArgs(process.argv.slice(2), USAGE);
const engine = await loadEngine();
const style = terminalStyle(process.stdout, process.env);
const answerOne = (question: string) => {
  const answer = engine.answer(question);
  process.stdout.write(args.json ? `${JSON.stringify(answerJson(question, answer))}\n` : `${formatAnswer(answer, style)}\n${args.batch ? '\n' : ''}`);
};
if (args.batch) await forEachLine(answerOne);
else answerOne(args.text);
