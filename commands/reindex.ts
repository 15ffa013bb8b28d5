import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { reindexAndLog } from '../src/app/reload.js';
import type { SlashCommand } from '../src/discord/command.js';
import { reindexEmbed } from '../src/discord/format-embed.js';
import { NO_PINGS } from '../src/discord/replies.js';

/** `/reindex` — moderators re-read content/ and swap in the new index; a content error keeps the old one serving. */
export const reindex = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('reindex')
    .setDescription('Re-read the article and glossary and rebuild the index (Manage Server)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  permission: { flag: PermissionFlagsBits.ManageGuild, refusal: 'Only members with the Manage Server permission can reindex.' },
  help: {
    usage: '/reindex',
    summary: 'Moderators (Manage Server): re-reads the content folder and swaps in the new index at once; reports what changed, or which file and line to fix.',
    examples: ['/reindex'],
  },

  async execute(interaction, ctx) {
    // The dispatcher has checked Manage Server (see `permission`).
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const result = await reindexAndLog(ctx.library, ctx.logger, 'command', interaction.user.id);
    // Every shard serves its own copy of the index: the others reindex too.
    const others = ctx.shards && result.ok ? await ctx.shards.all('reindex', { others: true }) : undefined;
    await interaction.editReply({ embeds: [reindexEmbed(result, others && { reindexed: others.values.length, missing: others.missing })], allowedMentions: NO_PINGS });
    return result.ok
      ? { result: `reindexed: ${result.report.added.length} added, ${result.report.removed.length} removed, ${result.report.changed.length} changed` }
      : { result: 'content error' };
  },
} satisfies SlashCommand;
