import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { DiscordConfig } from '../config.js';
import { NO_PINGS_REPLY } from './replies.js';

/**
 * Intents: Guilds for interactions, GuildMessages and DirectMessages for mentions and DMs — whose
 * content Discord sends without the privileged MessageContent intent. Partials.Channel lets DMs
 * arrive before their channel is cached.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

/** A discord.js client for this bot; `apiUrl` replaces Discord's REST base (a proxy, or the tests' loopback server). */
export const createClient = (discord: Pick<DiscordConfig, 'apiUrl'>): Client =>
  new Client({
    intents: [...INTENTS],
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS_REPLY,
    // `api: undefined` would override the default and break every URL: pass it only when set.
    rest: discord.apiUrl ? { api: discord.apiUrl } : {},
  });
