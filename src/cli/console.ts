import { createInterface } from 'node:readline';
import type { Library } from '../app/library.js';
import { formatAnswer, formatDefinition, type TerminalStyle } from './format-terminal.js';

export interface ConsoleIo {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly style: TerminalStyle;
  readonly interactive: boolean;
}

const HELP = `Ask a question about the article, or:
  /define <term>   look a term up in the glossary (e.g. /define AUKUS)
  /section <ref>   show a section or passage (e.g. /section §6 or /section §6.1)
  /help            this help
  /quit            leave (or Ctrl-D)`;

/**
 * A chat in the terminal over the same engine as the bot: a line is a question, or a command.
 * Resolves when the user quits or input ends.
 */
export const runConsole = async (library: Library, io: ConsoleIo): Promise<void> => {
  const write = (text: string) => io.output.write(`${text}\n`);
  const { title, authors } = library.engine.documents[0]?.meta ?? { title: 'the article', authors: [] };
  write(`article-qa — ask about “${title}”${authors.length ? ` by ${authors.map((a) => a.name).join(' and ')}` : ''}.`);
  write('Type a question, /help for commands, /quit to leave.');
  write(io.style.dim('(No DISCORD_TOKEN is set, so this is the terminal chat. To run the Discord bot, put DISCORD_TOKEN in .env — see README.)'));
  const rl = createInterface({ input: io.input, output: io.output, terminal: io.interactive, prompt: '> ' });
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    const [command, ...rest] = line.split(/\s+/);
    const arg = rest.join(' ');
    const engine = library.engine;
    if (line === '') {
      // nothing to answer
    } else if (command === '/quit' || command === '/exit') {
      break;
    } else if (command === '/help') {
      write(HELP);
    } else if (command === '/define') {
      write(arg ? formatDefinition(engine.define(arg), io.style) : 'Usage: /define <term>, e.g. /define DPRK');
    } else if (command === '/section') {
      const section = arg ? engine.section(arg) : undefined;
      const passage = arg ? engine.passage(arg) : undefined;
      if (passage) write(`${io.style.emphasis(passage.ref)} · ${passage.sectionTitle}\n  “${passage.text}”`);
      else if (section) write([`${io.style.emphasis(section.ref)} · ${section.title}`, ...section.passages.map((p) => `${io.style.emphasis(p.ref)}  ${p.text}`)].join('\n\n'));
      else write(`No section "${arg}". Refs look like §3 or §3.2.`);
    } else if (line.startsWith('/')) {
      write(`Unknown command ${command}. ${HELP}`);
    } else {
      write(formatAnswer(engine.answer(line), io.style));
    }
    write('');
    rl.prompt();
  }
  rl.close();
  write('Bye.');
};
