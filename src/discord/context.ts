import type { Library } from '../app/library.js';
import type { UnansweredStore } from '../app/unanswered.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { BotContext, Command } from './command.js';
import { Batcher } from './batch.js';
import { Cooldowns } from './cooldowns.js';
import { QuestionStore } from './question-store.js';
import type { ShardPeers } from './shard-state.js';

export interface ContextDeps {
  readonly library: Library;
  readonly logger: Logger;
  readonly config: Config;
  readonly commands: readonly Command[];
  readonly unanswered?: UnansweredStore;
  readonly shards?: ShardPeers | undefined;
}

/** The handlers' context: the deps plus a fresh cooldown table, question store, answer batcher and counters. */
export const createContext = ({ shards, ...deps }: ContextDeps, overrides: Partial<BotContext> = {}): BotContext => ({
  ...deps,
  ...(shards ? { shards } : {}),
  cooldowns: new Cooldowns(deps.config.askCooldownSeconds),
  questions: new QuestionStore(),
  batch: new Batcher(),
  stats: { interactions: 0, refused: 0, expired: 0, failed: 0 },
  ...overrides,
});
