import { Events } from 'discord.js';
import { createClient } from '../src/discord/client.js';

/**
 * The floor of the end-to-end bench: the bot's own discord.js client setup, answering every /ask
 * with the same fixed embed and nothing else. Whatever article-qa adds above it is its own cost.
 */
const apiUrl = process.env.DISCORD_API_URL;
const client = createClient(apiUrl ? { apiUrl } : {});
const EMBED = { title: 'A fixed answer', description: '**§1.1** · A section\n> A quoted passage of about the usual length, with a **matched** word or two.', footer: { text: 'floor bot' } };
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand() && interaction.commandName === 'ask') void interaction.reply({ embeds: [EMBED], allowedMentions: { parse: [] } }).catch(() => {});
});
process.once('SIGTERM', () => void client.destroy().finally(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
