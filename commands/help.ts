import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { helpEmbed } from '../src/discord/format-embed.js';
import { NO_PINGS } from '../src/discord/replies.js';

/** `/help` — every command with examples, from the registry (passed in the context, so no import cycle). */
export const help = {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('help').setDescription('How to use this bot, with examples'),
  help: {
    usage: '/help',
    summary: 'This list.',
    examples: ['/help'],
  },

  async execute(interaction, ctx) {
    const meta = ctx.library.engine.documents[0]?.meta;
    const name = interaction.client.user?.displayName ?? 'this bot';
    await interaction.reply({
      embeds: [helpEmbed(ctx.commands.map((c) => c.help), name, meta)],
      allowedMentions: NO_PINGS,
      flags: MessageFlags.Ephemeral,
    });
    return { result: 'help' };
  },
} satisfies SlashCommand;
