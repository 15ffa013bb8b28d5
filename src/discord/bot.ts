import type { Library } from '../app/library.js';
import type { Config, DiscordConfig } from '../config.js';
import type { Logger } from '../logger.js';

export interface BotDeps {
  readonly config: Config;
  readonly discord: DiscordConfig;
  readonly logger: Logger;
  readonly library: Library;
}

/** Placeholder until the Discord adapter lands (issue 3): says so instead of pretending to connect. */
export const startBot = async ({ logger }: BotDeps): Promise<void> => {
  logger.error('The Discord bot is not built yet: unset DISCORD_TOKEN to use the terminal chat.');
  process.exitCode = 1;
};
