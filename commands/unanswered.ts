import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { unansweredButtons } from '../src/discord/components.js';
import { UserFacingError } from '../src/discord/errors.js';
import { unansweredEmbed } from '../src/discord/format-unanswered.js';
import { mergeUnanswered } from '../src/discord/merge-unanswered.js';
import { NO_PINGS } from '../src/discord/replies.js';

const SHOWN = 20;

const storeOf = (ctx: BotContext) => {
  if (!ctx.unanswered) throw new UserFacingError('This bot does not keep unanswered questions.');
  return ctx.unanswered;
};

/** Every shard's questions merged (each shard keeps its own), or this process's. */
const gather = async (ctx: BotContext) => {
  const store = storeOf(ctx);
  if (!ctx.shards) return { questions: store.top(store.size), missing: 0 };
  const { values, missing } = await ctx.shards.all('unanswered');
  return { questions: mergeUnanswered(values), missing };
};

/** Forgets them on every shard; returns how many different questions were forgotten. */
const clearAll = async (ctx: BotContext) => {
  const store = storeOf(ctx);
  if (!ctx.shards) return store.clear();
  const { questions } = await gather(ctx);
  await ctx.shards.all('clearUnanswered');
  return questions.length;
};

const forgot = (n: number) => `Forgot ${n} unanswered question${n === 1 ? '' : 's'}.`;

/** `/unanswered [clear:<bool>]` — moderators see the questions the content could not answer, most asked first. */
export const unanswered = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('unanswered')
    .setDescription('Questions the article could not answer, most asked first (Manage Server)')
    .addBooleanOption((o) => o.setName('clear').setDescription('Forget them all (after adding content for them)'))
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  permission: { flag: PermissionFlagsBits.ManageGuild, refusal: 'Only members with the Manage Server permission can see or clear the unanswered questions.' },
  help: {
    usage: '/unanswered [clear:True]',
    summary: 'Moderators (Manage Server): what people asked that the article does not cover, with how often and when — a guide to what to add. clear:True forgets the list.',
    examples: ['/unanswered', '/unanswered clear:True'],
  },

  async execute(interaction, ctx) {
    // The dispatcher has checked Manage Server (see `permission`), for this and for the button.
    if (interaction.options.getBoolean('clear') ?? false) {
      const n = await clearAll(ctx);
      ctx.logger.info({ who: interaction.user.id, cleared: n }, 'unanswered questions cleared');
      await interaction.reply({ content: forgot(n), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return { result: `cleared ${n}` };
    }
    const { questions, missing } = await gather(ctx);
    await interaction.reply({
      embeds: [unansweredEmbed(questions.slice(0, SHOWN), questions.length, missing)],
      components: questions.length > 0 ? unansweredButtons() : [],
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
    return { result: `listed ${Math.min(SHOWN, questions.length)}` };
  },

  /** "Forget these": the same as clear:True. */
  async button(interaction, id, ctx) {
    if (id.command !== 'unanswered') throw new UserFacingError('This button no longer works — run the command again.');
    const n = await clearAll(ctx);
    ctx.logger.info({ who: interaction.user.id, cleared: n }, 'unanswered questions cleared');
    await interaction.update({ content: forgot(n), embeds: [], components: [], allowedMentions: NO_PINGS });
    return { result: `cleared ${n}` };
  },
} satisfies SlashCommand;
