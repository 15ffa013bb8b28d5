import { Events, type Client } from 'discord.js';
import { commands } from '../../commands/index.js';
import type { Library } from '../app/library.js';
import type { UnansweredStore } from '../app/unanswered.js';
import type { Config, DiscordConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { BotContext } from './command.js';
import { createClient } from './client.js';
import { createContext } from './context.js';
import { createDispatcher } from './dispatcher.js';
import { describeDiscordError, DiscordLoginError } from './errors.js';
import { createMessageHandler } from './mentions.js';

export interface BotDeps {
  readonly config: Config;
  readonly discord: DiscordConfig;
  readonly logger: Logger;
  readonly library: Library;
  /** Counts the questions the content could not answer (for /unanswered). */
  readonly unanswered?: UnansweredStore;
  /** Replaces parts of the handlers' context (tests). */
  readonly context?: Partial<BotContext>;
}

/** A running bot. */
export interface BotHandle {
  readonly client: Client<true>;
  /** Closes the gateway connection cleanly; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Logs in to Discord and serves commands, mentions and DMs until stopped. Resolves once the
 * gateway is ready; rejects with a one-line DiscordLoginError if the token is refused or Discord
 * cannot be reached.
 */
export const startBot = async (deps: BotDeps): Promise<BotHandle> => {
  const { discord, logger } = deps;
  const client = createClient(discord);
  const ctx = createContext({ ...deps, commands }, deps.context);
  const dispatch = createDispatcher(ctx);
  const onMessage = createMessageHandler(ctx, () => client.user?.id);
  // The handlers never reject; the catches only guard against a bug there taking the process down.
  client.on(Events.InteractionCreate, (interaction) => void dispatch(interaction).catch((err: unknown) => logger.error({ err }, 'dispatcher failed')));
  client.on(Events.MessageCreate, (message) => void onMessage(message).catch((err: unknown) => logger.error({ err }, 'message handler failed')));
  client.on(Events.Error, (err) => logger.error({ err }, 'discord.js error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord.js warning'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(discord.token);
  } catch (err) {
    await client.destroy();
    throw new DiscordLoginError(describeDiscordError(err, discord.apiUrl));
  }
  const readyClient = await ready;
  logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, commands: commands.length }, 'connected to Discord');

  let stopping: Promise<void> | undefined;
  return {
    client: readyClient,
    stop: () =>
      (stopping ??= client.destroy().then(() => {
        logger.info('disconnected from Discord');
      })),
  };
};
