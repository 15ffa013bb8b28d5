import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { completeRef, normaliseRef } from '../src/app/complete-ref.js';
import { metaOf } from '../src/discord/answer-reply.js';
import type { SlashCommand } from '../src/discord/command.js';
import { sectionButtons } from '../src/discord/components.js';
import { UserFacingError } from '../src/discord/errors.js';
import { passageEmbed, sectionEmbed } from '../src/discord/format-embed.js';
import { LIMITS, truncate } from '../src/discord/limits.js';
import { NO_PINGS } from '../src/discord/replies.js';
import { safeLine } from '../src/discord/safe-text.js';
import type { Engine } from '../src/search/engine.js';

/** The embed for a section ref (`§3`) or a passage ref (`§3.2`). */
const show = (engine: Engine, input: string, whole: boolean) => {
  const ref = normaliseRef(input);
  const passage = engine.passage(ref);
  if (passage && !whole) return { embed: passageEmbed(passage, metaOf(engine, passage)), ref: passage.ref };
  const section = engine.section(ref);
  if (!section) throw new UserFacingError(`There is no section “${truncate(safeLine(input), 60)}”. Refs look like §3 or §3.2 — start typing in /section to see them.`);
  // A passage ref past the section's last passage (from an old button, or typed) is not the section.
  if (!passage && /§\d+\.\d+$/.test(ref)) {
    const refs = section.passages.map((p) => p.ref);
    throw new UserFacingError(`There is no passage “${truncate(safeLine(input), 60)}”: ${safeLine(section.ref)} has ${refs.length === 1 ? safeLine(refs[0] ?? '') : `${safeLine(refs[0] ?? '')} to ${safeLine(refs.at(-1) ?? '')}`}.`);
  }
  return { embed: sectionEmbed(section, metaOf(engine, section.passages[0])), ref: section.ref };
};

/** `/section ref:<ref>` — a section or a passage by its ref; also the "Full section" button of answers. */
export const section = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('section')
    .setDescription('Show a section or a passage of the article by its ref')
    .addStringOption((o) => o.setName('ref').setDescription('A ref such as §3 or §3.2, or words of a section title').setRequired(true).setAutocomplete(true).setMaxLength(100)),
  help: {
    usage: '/section ref:<ref>',
    summary: 'Shows a whole section (§6) or one passage (§6.1). Start typing a number or a word of the title to pick one.',
    examples: ['/section ref:§6', '/section ref:§6.1'],
  },

  async execute(interaction, ctx) {
    const { embed, ref } = show(ctx.library.engine, interaction.options.getString('ref', true), false);
    await interaction.reply({ embeds: [embed], allowedMentions: NO_PINGS });
    return { ref };
  },

  async autocomplete(interaction, ctx) {
    const choices = completeRef(ctx.library.engine, String(interaction.options.getFocused()).slice(0, 100), LIMITS.choices);
    await interaction.respond(choices.filter((c) => c.ref.length <= LIMITS.choiceValue).map((c) => ({ name: c.name, value: c.ref })));
  },

  /** "Full section" shows the section privately, with "Post to channel"; that button posts it. */
  async button(interaction, id, ctx) {
    if (id.command !== 'section') throw new UserFacingError('This button no longer works — run the command again.');
    const { embed, ref } = show(ctx.library.engine, id.ref, true);
    if (id.action === 'post') {
      await interaction.reply({ embeds: [embed], allowedMentions: NO_PINGS });
    } else {
      await interaction.reply({ embeds: [embed], components: sectionButtons(ref, true, ctx.library.engine.revision), allowedMentions: NO_PINGS, flags: MessageFlags.Ephemeral });
    }
    return { ref };
  },
} satisfies SlashCommand;
