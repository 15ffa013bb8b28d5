import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import path from 'node:path';
import { Library } from '../../src/app/library.js';
import { UnansweredStore } from '../../src/app/unanswered.js';
import { loadConfig } from '../../src/config.js';
import { startBot, type BotHandle } from '../../src/discord/bot.js';
import type { BotContext } from '../../src/discord/command.js';
import { createLogger } from '../../src/logger.js';
import { commands } from '../../commands/index.js';
import { startDiscordServer, type DiscordServerOptions } from '../discord-server/index.js';
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
  /** Options of the loopback server (a short heartbeat interval, several guilds…). */
  readonly server?: Omit<DiscordServerOptions, 'token'>;
  /** Extra environment for loadConfig (HEALTH_LOG_SECONDS…). */
  readonly env?: Record<string, string>;
  /** Keep only warnings and worse in `logs` (long load runs, whose lines would fill the heap). */
  readonly alarmsOnly?: boolean;
}

/**
 * The loopback Discord server and the real bot connected to it through DISCORD_API_URL, with its
 * commands registered in the server's guild and its logs in a real stream.
 */
export const startHarness = async (options: HarnessOptions = {}) => {
  const server = await startDiscordServer({ ...options.server, token: TOKEN });
  const temp = options.copyContent ? await tempContent() : undefined;
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: server.restUrl,
    CONTENT_DIR: temp?.dir ?? CONTENT_DIR,
    CACHE_DIR,
    ASK_COOLDOWN_SECONDS: String(options.cooldownSeconds ?? 0),
    LOG_LEVEL: 'info',
    ...options.env,
  });
  const sink = logSink({ keep: options.alarmsOnly ? 'alarms' : 'all' });
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
    /** How many log lines were written, kept or not. */
    logCount: () => sink.counts.lines,
    /** Log lines about one interaction. */
    logsFor: (interactionId: string) => sink.lines.filter((l) => l.interactionId === interactionId),
    async stop() {
      await bot.stop();
      await server.close();
      await temp?.remove();
      // A pending save of the unanswered questions must land before its folder goes.
      await unanswered.flush();
      await data.remove();
      // Whatever the test did, no log line may hold the bot token or an interaction token.
      const leaked = sink.raw.find((line) => line.includes(TOKEN) || /aW50ZXJhY3Rpb246\d+\./.test(line));
      if (leaked) throw new Error(`a log line leaks a token: ${leaked.slice(0, 300)}`);
    },
  };
};

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/**
 * Starts one harness for the file (or describe block) and stops it at the end; after each test,
 * checks Discord rejected nothing the bot sent. `set` receives the harness once it is running.
 */
export const useHarness = (set: (harness: Harness) => void, options: HarnessOptions = {}): void => {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(options);
    set(harness);
  });
  afterEach(() => {
    expect(harness?.server.violations).toEqual([]);
    expect(harness?.server.unknownRoutes).toEqual([]);
  });
  afterAll(async () => {
    await harness?.stop();
  });
};
