import { readFileSync } from 'node:fs';
import { Events, type APIActionRowComponent, type APIComponentInMessageActionRow, type APIEmbed } from 'discord.js';
import { createClient } from '../src/discord/client.js';

/**
 * The floor of the end-to-end bench: the bot's own discord.js client setup, answering every /ask
 * with the same fixed reply and nothing else — a real answer's embed and buttons (FLOOR_REPLY, a
 * JSON file), so both bots send as many bytes. Whatever article-qa adds above it is its own cost.
 */
const apiUrl = process.env.DISCORD_API_URL;
const client = createClient(apiUrl ? { apiUrl } : {});
const reply = process.env.FLOOR_REPLY
  ? (JSON.parse(readFileSync(process.env.FLOOR_REPLY, 'utf8')) as { embeds: APIEmbed[]; components: APIActionRowComponent<APIComponentInMessageActionRow>[] })
  : { embeds: [{ title: 'A fixed answer', description: 'A quoted passage.' }], components: [] };
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand() && interaction.commandName === 'ask') void interaction.reply({ ...reply, allowedMentions: { parse: [] } }).catch(() => {});
});
process.once('SIGTERM', () => void client.destroy().finally(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
