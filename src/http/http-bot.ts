import { commands } from '../../commands/index.js';
import type { Library } from '../app/library.js';
import type { UnansweredStore } from '../app/unanswered.js';
import type { Config, DiscordConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { BotContext } from '../discord/command.js';
import { createContext } from '../discord/context.js';
import { createDispatcher } from '../discord/dispatcher.js';
import { logRestTrouble } from '../discord/rest-logging.js';
import { HttpInteractionBridge } from './bridge.js';
import { startInteractionsServer, type InteractionsServer } from './interactions-server.js';
import { publicKeyFromHex } from './verify.js';

export interface HttpBotDeps {
  readonly config: Config;
  readonly discord: DiscordConfig & { readonly publicKey: string };
  readonly logger: Logger;
  readonly library: Library;
  readonly unanswered?: UnansweredStore;
  readonly context?: Partial<BotContext>;
  /** Listen here instead of config.port (tests use 0). */
  readonly port?: number;
  readonly host?: string;
}

export interface HttpBotHandle {
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * The bot over HTTP: the same commands, dispatcher and context as the gateway bot, fed by signed
 * requests to `POST /interactions`. No gateway connection: any number of replicas can run behind
 * a load balancer. (Mentions and DMs need the gateway.)
 */
export const startHttpBot = async (deps: HttpBotDeps): Promise<HttpBotHandle> => {
  const ctx = createContext({ ...deps, commands }, deps.context);
  const bridge = new HttpInteractionBridge(deps.discord, createDispatcher(ctx), deps.logger);
  logRestTrouble(bridge.client.rest, deps.logger);
  const server: InteractionsServer = await startInteractionsServer(
    { publicKey: publicKeyFromHex(deps.discord.publicKey), handle: (payload) => bridge.handle(payload), library: deps.library, logger: deps.logger },
    deps.port ?? deps.config.port,
    deps.host,
  );
  deps.logger.info({ port: server.port, commands: commands.length }, 'serving interactions over HTTP at POST /interactions');
  let stopping: Promise<void> | undefined;
  return {
    port: server.port,
    stop: () =>
      (stopping ??= server.close().then(async () => {
        await bridge.client.destroy();
        deps.logger.info('HTTP interactions server closed');
      })),
  };
};
