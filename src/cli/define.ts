import 'dotenv/config';
import { formatDefinition, terminalStyle } from './format-terminal.js';
import { definitionJson } from './json.js';
import { forEachLine, loadEngine, parseArgs } from './run-cli.js';

const USAGE = `Usage: npm run define -- [--json] "<term>"
       npm run --silent define -- --json --batch < terms.txt   (one term a line)`;

const args = parseArgs(process.argv.slice(2), USAGE);
const engine = await loadEngine();
const style = terminalStyle(process.stdout, process.env);
const defineOne = (term: string) => {
  const definition = engine.define(term);
  process.stdout.write(args.json ? `${JSON.stringify(definitionJson(term, definition))}\n` : `${formatDefinition(definition, style)}\n${args.batch ? '\n' : ''}`);
};
if (args.batch) await forEachLine(defineOne);
else defineOne(args.text);
