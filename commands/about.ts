import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { aboutEmbed } from '../src/discord/format-embed.js';
import { NO_PINGS } from '../src/discord/replies.js';

/** `/about` — the article's metadata, the index's statistics and when it was last reindexed. */
export const about = {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('about').setDescription('About the article: title, authors, source, index statistics'),
  help: {
    usage: '/about',
    summary: 'The article’s title, authors, outlet and source, how much is indexed, and when it was last reindexed.',
    examples: ['/about'],
  },

  async execute(interaction, ctx) {
    const { library } = ctx;
    const engine = library.engine;
    await interaction.reply({ embeds: [aboutEmbed(engine.documents, engine.stats, library.indexedAt, engine.revision)], allowedMentions: NO_PINGS });
    return { result: 'about' };
  },
} satisfies SlashCommand;
