import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { metaOf } from '../src/discord/answer-reply.js';
import type { SlashCommand } from '../src/discord/command.js';
import { definitionEmbed } from '../src/discord/format-embed.js';
import { LIMITS, truncate } from '../src/discord/limits.js';
import { NO_PINGS } from '../src/discord/replies.js';

/** `/define term:<text>` — a glossary entry and the passages that use it; autocomplete offers terms and aliases. */
export const define = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('define')
    .setDescription('Look a term up in the glossary, with the passages that use it')
    .addStringOption((o) => o.setName('term').setDescription('A term or abbreviation, e.g. AUKUS').setRequired(true).setAutocomplete(true).setMaxLength(200)),
  help: {
    usage: '/define term:<term>',
    summary: 'The glossary entry for a term or abbreviation, and the passages that use it. Start typing to see the terms.',
    examples: ['/define term:AUKUS', '/define term:DPRK'],
  },

  async execute(interaction, ctx) {
    const engine = ctx.library.engine;
    const definition = engine.define(interaction.options.getString('term', true));
    const found = definition.kind === 'found';
    await interaction.reply({
      embeds: [definitionEmbed(definition, metaOf(engine, found ? definition.passages[0] : undefined))],
      allowedMentions: NO_PINGS,
      // "Did you mean" only helps the one who typed.
      ...(found ? {} : { flags: MessageFlags.Ephemeral }),
    });
    return found ? { ref: definition.passages[0]?.ref ?? 'background', result: `term ${definition.entry.term}` } : { result: 'not found' };
  },

  async autocomplete(interaction, ctx) {
    const typed = String(interaction.options.getFocused());
    const seen = new Set<string>();
    const choices = ctx.library.engine
      .completeTerm(typed.slice(0, 200), LIMITS.choices * 2)
      .filter((c) => c.term.length <= LIMITS.choiceValue && !seen.has(c.name) && seen.add(c.name))
      .slice(0, LIMITS.choices)
      .map((c) => ({ name: truncate(c.name, LIMITS.choiceName), value: c.term }));
    await interaction.respond(choices);
  },
} satisfies SlashCommand;
