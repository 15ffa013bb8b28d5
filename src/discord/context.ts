import type { Library } from '../app/library.js';
import type { UnansweredStore } from '../app/unanswered.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { BotContext, Command } from './command.js';
import { Cooldowns } from './cooldowns.js';
import { QuestionStore } from './question-store.js';

export interface ContextDeps {
  readonly library: Library;
  readonly logger: Logger;
  readonly config: Config;
  readonly commands: readonly Command[];
  readonly unanswered?: UnansweredStore;
}

/** The handlers' context: the deps plus a fresh cooldown table and question store. */
export const createContext = (deps: ContextDeps, overrides: Partial<BotContext> = {}): BotContext => ({
  ...deps,
  cooldowns: new Cooldowns(deps.config.askCooldownSeconds),
  questions: new QuestionStore(),
  ...overrides,
});
