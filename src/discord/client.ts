import { Client, GatewayIntentBits, Options, Partials, type User } from 'discord.js';
import { Agent } from 'undici';
import type { DiscordConfig } from '../config.js';
import { NO_PINGS_REPLY } from './replies.js';

/**
 * Intents: Guilds for interactions, GuildMessages and DirectMessages for mentions and DMs — whose
 * content Discord sends without the privileged MessageContent intent. Partials.Channel lets DMs
 * arrive before their channel is cached.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

/**
 * Caches discord.js keeps, bounded: by default it remembers every user and member it ever sees,
 * which grows with every new asker in a big community. The bot reads nothing from them between
 * interactions (each interaction carries its user and member), so a few hundred recent ones do.
 */
export const CACHE_LIMITS = { users: 500, members: 200, messages: 50 } as const;

/**
 * Connections to Discord's REST API. By default every request waiting at once opens its own: in
 * a burst of 1,000 interactions, 1,000 TCP (and TLS) handshakes before the first reply, and most
 * replies past the 3 s deadline. A bounded keep-alive pool answers the same burst in time.
 */
export const REST_CONNECTIONS = 64;

/** A discord.js client for this bot; `apiUrl` replaces Discord's REST base (a proxy, or the tests' loopback server). */
export const createClient = (discord: Pick<DiscordConfig, 'apiUrl'>): Client => {
  const isMe = (user: Pick<User, 'id'>) => user.id === client.user?.id;
  const client: Client = new Client({
    intents: [...INTENTS],
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS_REPLY,
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: CACHE_LIMITS.messages,
      UserManager: { maxSize: CACHE_LIMITS.users, keepOverLimit: isMe },
      GuildMemberManager: { maxSize: CACHE_LIMITS.members, keepOverLimit: (member) => isMe(member) },
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      messages: { interval: 600, lifetime: 1800 },
    },
    // `api: undefined` would override the default and break every URL: pass it only when set.
    rest: { agent: new Agent({ connections: REST_CONNECTIONS }), ...(discord.apiUrl ? { api: discord.apiUrl } : {}) },
  });
  return client;
};
