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
    const { library, shards } = ctx;
    const engine = library.engine;
    // Under the ShardingManager: this shard, and the servers of all shards (asked with broadcastEval).
    const summaries = shards ? await shards.all('summary') : undefined;
    const shard = shards && summaries ? { id: shards.id, count: shards.count, guilds: summaries.values.reduce((n, s) => n + s.guilds, 0), missing: summaries.missing } : undefined;
    await interaction.reply({ embeds: [aboutEmbed(engine.documents, engine.stats, library.indexedAt, engine.revision, shard)], allowedMentions: NO_PINGS });
    return { result: shards ? `about (shard ${shards.id} of ${shards.count})` : 'about' };
  },
} satisfies SlashCommand;
