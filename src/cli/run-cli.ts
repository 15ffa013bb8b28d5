import { createInterface } from 'node:readline';
import { loadConfig, ConfigError } from '../config.js';
import { Library } from '../app/library.js';
import { ContentError } from '../content/load-content.js';
import type { Engine } from '../search/engine.js';

/** A reader that closes the pipe early (`| head`) ends the command quietly, not with an EPIPE trace. */
export const quietOnClosedPipe = (stream: NodeJS.WriteStream = process.stdout): void => {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
};

export interface CliArgs {
  readonly json: boolean;
  readonly batch: boolean;
  readonly text: string;
}

/** Parses `[--json] [--batch] [words…]`; unknown flags are an error. */
export const parseArgs = (argv: readonly string[], usage: string): CliArgs => {
  const flags = new Set<string>();
  const words: string[] = [];
  for (const arg of argv) {
    if (arg === '--') continue;
    if (arg === '-h' || arg === '--help') exitWith(usage, 0);
    if (arg.startsWith('--')) {
      if (arg !== '--json' && arg !== '--batch') exitWith(`Unknown option ${arg}.\n${usage}`, 2);
      flags.add(arg);
    } else words.push(arg);
  }
  const text = words.join(' ').trim();
  if (!flags.has('--batch') && !text) exitWith(usage, 2);
  return { json: flags.has('--json'), batch: flags.has('--batch'), text };
};

const exitWith = (message: string, code: number): never => {
  (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
  process.exit(code);
};

/** Loads config and content for a terminal command; a problem ends the process with a clear message. */
export const loadEngine = async (): Promise<Engine> => {
  quietOnClosedPipe();
  try {
    const config = loadConfig(process.env);
    return (await Library.fromConfig(config, (message) => process.stderr.write(`warning: ${message}\n`))).engine;
  } catch (err) {
    if (err instanceof ContentError) exitWith(`Content problem:\n${err.message}`, 1);
    if (err instanceof ConfigError) exitWith(`Configuration problem:\n${err.message}`, 1);
    throw err;
  }
  return exitWith('unreachable', 1);
};

/** Calls `each` for every line of stdin, in order. */
export const forEachLine = async (each: (line: string) => void): Promise<void> => {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) each(line);
};
