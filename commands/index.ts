import type { Command } from '../src/discord/command.js';
import { about } from './about.js';
import { answerMessage } from './answer-message.js';
import { ask } from './ask.js';
import { define } from './define.js';
import { help } from './help.js';
import { reindex } from './reindex.js';
import { section } from './section.js';
import { unanswered } from './unanswered.js';

/**
 * Every command, in /help's order. The dispatcher routes by these names and deploy-commands
 * registers exactly these; a listed module that does not type-check fails the build.
 */
export const commands: readonly Command[] = [ask, define, section, about, help, reindex, unanswered, answerMessage];
