import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { UserFacingError } from '../src/discord/errors.js';
import { unansweredEmbed } from '../src/discord/format-unanswered.js';
import { NO_PINGS } from '../src/discord/replies.js';

/** `/unanswered [clear:<bool>]` — moderators see the questions the content could not answer, most asked first. */
export const unanswered = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('unanswered')
    .setDescription('Questions the article could not answer, most asked first (Manage Server)')
    .addBooleanOption((o) => o.setName('clear').setDescription('Forget them all (after adding content for them)'))
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  help: {
    usage: '/unanswered [clear:True]',
    summary: 'Moderators (Manage Server): what people asked that the article does not cover, with how often and when — a guide to what to add. clear:True forgets the list.',
    examples: ['/unanswered', '/unanswered clear:True'],
  },

  async execute(interaction, ctx) {
    // The default permission can be widened by an admin: check again on every run.
    if (!interaction.inGuild() || !interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserFacingError('Only members with the Manage Server permission can see or clear the unanswered questions.');
    }
    const store = ctx.unanswered;
    if (!store) throw new UserFacingError('This bot does not keep unanswered questions.');
    if (interaction.options.getBoolean('clear') ?? false) {
      const n = await store.clear();
      ctx.logger.info({ who: interaction.user.id, cleared: n }, 'unanswered questions cleared');
      await interaction.reply({ content: `Forgot ${n} unanswered question${n === 1 ? '' : 's'}.`, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return { result: `cleared ${n}` };
    }
    await interaction.reply({ embeds: [unansweredEmbed(store.top(20), store.size)], flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return { result: `listed ${Math.min(20, store.size)}` };
  },
} satisfies SlashCommand;
