import type { Interaction } from 'discord.js';
import type { BotContext, Command, Outcome } from './command.js';
import { decodeComponentId } from './custom-id.js';
import { UserFacingError } from './errors.js';
import { APOLOGY, tellPrivately } from './replies.js';

/** The name an interaction is logged under: `/ask`, `autocomplete /define`, `button ask:more`, or the menu's name. */
export const interactionName = (interaction: Interaction): string => {
  if (interaction.isAutocomplete()) return `autocomplete /${interaction.commandName}`;
  if (interaction.isChatInputCommand()) return `/${interaction.commandName}`;
  if (interaction.isCommand()) return interaction.commandName;
  if (interaction.isButton()) return `button ${interaction.customId.split(':').slice(0, 2).join(':')}`;
  return 'other';
};

const find = (ctx: BotContext, name: string): Command | undefined => ctx.commands.find((c) => c.data.name === name);

const unknownCommand = (name: string) =>
  new UserFacingError(`This bot has no command “${name}” any more — an admin should run npm run deploy-commands.`);

/** Sends the interaction to its command's handler. */
const route = async (interaction: Interaction, ctx: BotContext): Promise<Outcome | void> => {
  if (interaction.isAutocomplete()) {
    const command = find(ctx, interaction.commandName);
    if (command?.kind === 'slash' && command.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
    return undefined;
  }
  if (interaction.isChatInputCommand()) {
    const command = find(ctx, interaction.commandName);
    if (command?.kind !== 'slash') throw unknownCommand(interaction.commandName);
    return command.execute(interaction, ctx);
  }
  if (interaction.isMessageContextMenuCommand()) {
    const command = find(ctx, interaction.commandName);
    if (command?.kind !== 'message') throw unknownCommand(interaction.commandName);
    return command.execute(interaction, ctx);
  }
  if (interaction.isButton()) {
    const id = decodeComponentId(interaction.customId);
    const handler = id && find(ctx, id.command)?.button;
    if (!id || !handler) throw new UserFacingError('This button no longer works — run the command again.');
    return handler(interaction, id, ctx);
  }
  return { result: 'ignored' };
};

/**
 * The one place interactions are handled and errors caught: each interaction goes to its handler
 * with a child logger, is logged on one line (command, guild, user, latency, top ref and score),
 * and a failure becomes a private message — the user's own mistake verbatim, anything else an
 * apology — without ever rejecting.
 */
export const createDispatcher =
  (ctx: BotContext) =>
  async (interaction: Interaction): Promise<void> => {
    const started = performance.now();
    const logger = ctx.logger.child({ interactionId: interaction.id, command: interactionName(interaction) });
    const where = () => ({ guild: interaction.guildId ?? 'dm', user: interaction.user.id, latencyMs: Math.round(performance.now() - started) });
    try {
      const outcome = await route(interaction, { ...ctx, logger });
      logger.info({ ...where(), ...outcome }, 'interaction');
    } catch (err) {
      const userFacing = err instanceof UserFacingError;
      if (userFacing) logger.info({ ...where(), result: 'refused', reason: err.message }, 'interaction');
      else logger.error({ ...where(), err }, 'interaction failed');
      try {
        if (interaction.isAutocomplete()) {
          if (!interaction.responded) await interaction.respond([]);
        } else if (interaction.isRepliable()) {
          await tellPrivately(interaction, userFacing ? err.message : APOLOGY);
        }
      } catch (replyErr) {
        logger.warn({ err: replyErr }, 'could not tell the user about the failure');
      }
    }
  };
