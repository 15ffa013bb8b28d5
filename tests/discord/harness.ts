import path from 'node:path';
import { Library } from '../../src/app/library.js';
import { UnansweredStore } from '../../src/app/unanswered.js';
import { loadConfig } from '../../src/config.js';
import { startBot, type BotHandle } from '../../src/discord/bot.js';
import type { BotContext } from '../../src/discord/command.js';
import { createLogger } from '../../src/logger.js';
import { commands } from '../../commands/index.js';
import { startDiscordServer } from '../discord-server/index.js';
import { CACHE_DIR, CONTENT_DIR } from '../helpers/engine.js';
import { logSink } from '../helpers/log-sink.js';
import { tempContent } from '../helpers/temp-content.js';

/** A token in Discord's shape (config checks it), accepted by the loopback server. */
export const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.test-token-for-the-loopback-server-0123';

export interface HarnessOptions {
  /** ASK_COOLDOWN_SECONDS; 0 by default so tests can ask in a row. */
  readonly cooldownSeconds?: number;
  /** Serve a temporary copy of content/ that the test may edit. */
  readonly copyContent?: boolean;
  readonly context?: Partial<BotContext>;
}

/**
 * The loopback Discord server and the real bot connected to it through DISCORD_API_URL, with its
 * commands registered in the server's guild and its logs in a real stream.
 */
export const startHarness = async (options: HarnessOptions = {}) => {
  const server = await startDiscordServer({ token: TOKEN });
  const temp = options.copyContent ? await tempContent() : undefined;
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: server.restUrl,
    CONTENT_DIR: temp?.dir ?? CONTENT_DIR,
    CACHE_DIR,
    ASK_COOLDOWN_SECONDS: String(options.cooldownSeconds ?? 0),
    LOG_LEVEL: 'info',
  });
  const sink = logSink();
  const logger = createLogger(config, sink.stream);
  const library = await Library.fromConfig(config);
  const data = await tempContent(false);
  const unanswered = await UnansweredStore.open(path.join(data.dir, 'unanswered.json'));
  const bot: BotHandle = await startBot({ config, discord: config.discord!, logger, library, unanswered, ...(options.context ? { context: options.context } : {}) });
  const guildId = server.guilds[0]!.id;
  await bot.client.application.commands.set(commands.map((c) => c.data.toJSON()), guildId);
  return {
    server,
    bot,
    library,
    unanswered,
    config,
    guildId,
    contentDir: config.contentDir,
    temp,
    /** Parsed log lines so far. */
    logs: sink.lines,
    rawLogs: sink.raw,
    /** Log lines about one interaction. */
    logsFor: (interactionId: string) => sink.lines.filter((l) => l.interactionId === interactionId),
    async stop() {
      await bot.stop();
      await server.close();
      await temp?.remove();
      await data.remove();
    },
  };
};

export type Harness = Awaited<ReturnType<typeof startHarness>>;
