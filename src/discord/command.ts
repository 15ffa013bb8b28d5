import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ContextMenuCommandBuilder,
  MessageContextMenuCommandInteraction,
  SharedSlashCommand,
} from 'discord.js';
import type { Library } from '../app/library.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Batcher } from './batch.js';
import type { Cooldowns } from './cooldowns.js';
import type { ComponentId } from './custom-id.js';
import type { CommandHelp } from './format-embed.js';
import type { UnansweredStore } from '../app/unanswered.js';
import type { QuestionStore } from './question-store.js';
import type { ShardPeers } from './shard-state.js';

/** What every handler gets besides its interaction. A test builds one with createContext. */
export interface BotContext {
  readonly library: Library;
  /** A child logger bound to the interaction or message being handled. */
  readonly logger: Logger;
  readonly config: Config;
  readonly cooldowns: Cooldowns;
  readonly questions: QuestionStore;
  /** Answers are computed through it (answerInTurn), so that those asked in the same turn run back to back (see Batcher). */
  readonly batch: Batcher;
  /** Every registered command, for /help. */
  readonly commands: readonly Command[];
  /** Where questions the content could not answer are counted (absent in some tests). */
  readonly unanswered?: UnansweredStore;
  /** Counters since start, for health lines and /about; per process (per shard) by design. */
  readonly stats: BotStats;
  /** Other shards' state, when the bot runs under the ShardingManager. */
  readonly shards?: ShardPeers;
}

/** What the dispatcher counts. */
export interface BotStats {
  interactions: number;
  refused: number;
  expired: number;
  failed: number;
}

/** What a handler reports for the interaction's log line: the top ref and score, or another result. */
export interface Outcome {
  readonly ref?: string;
  readonly score?: number;
  readonly result?: string;
}

type Handler<I> = (interaction: I, ctx: BotContext) => Promise<Outcome | void>;

interface CommandModule {
  readonly help: CommandHelp;
  /**
   * Who may run it (and press its buttons), checked by the dispatcher on every interaction: the
   * registered default permission alone can be widened by a server admin.
   */
  readonly permission?: { readonly flag: bigint; readonly refusal: string };
  /** Handles the buttons whose custom id starts with this command's name. */
  readonly button?: (interaction: ButtonInteraction, id: ComponentId, ctx: BotContext) => Promise<Outcome | void>;
}

/** A chat-input command module: `export const ask = { … } satisfies SlashCommand`. */
export interface SlashCommand extends CommandModule {
  readonly kind: 'slash';
  readonly data: SharedSlashCommand;
  readonly execute: Handler<ChatInputCommandInteraction>;
  /** Answers within 3 s with at most 25 choices. */
  readonly autocomplete?: (interaction: AutocompleteInteraction, ctx: BotContext) => Promise<void>;
}

/** A message context-menu command module. */
export interface MessageCommand extends CommandModule {
  readonly kind: 'message';
  readonly data: ContextMenuCommandBuilder;
  readonly execute: Handler<MessageContextMenuCommandInteraction>;
}

export type Command = SlashCommand | MessageCommand;
