import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { reindexAndLog } from '../src/app/reload.js';
import type { SlashCommand } from '../src/discord/command.js';
import { UserFacingError } from '../src/discord/errors.js';
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
  help: {
    usage: '/reindex',
    summary: 'Moderators (Manage Server): re-reads the content folder and swaps in the new index at once; reports what changed, or which file and line to fix.',
    examples: ['/reindex'],
  },

  async execute(interaction, ctx) {
    // default_member_permissions is only a default: an admin can open the command to anyone, so check again.
    if (!interaction.inGuild()) throw new UserFacingError('Run /reindex in a server, as a member with the Manage Server permission.');
    if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserFacingError('Only members with the Manage Server permission can reindex.');
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const result = await reindexAndLog(ctx.library, ctx.logger, 'command', interaction.user.id);
    await interaction.editReply({ embeds: [reindexEmbed(result)], allowedMentions: NO_PINGS });
    return result.ok
      ? { result: `reindexed: ${result.report.added.length} added, ${result.report.removed.length} removed, ${result.report.changed.length} changed` }
      : { result: 'content error' };
  },
} satisfies SlashCommand;
