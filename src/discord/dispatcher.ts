import type { Interaction } from 'discord.js';
import type { BotContext, Command, Outcome } from './command.js';
import { decodeComponentId, revisionOf } from './custom-id.js';
import { UserFacingError } from './errors.js';
import { APOLOGY, tellPrivately } from './replies.js';

/** The name an interaction is logged under: `/ask`, `autocomplete /define`, `button ask:more`, or the menu's name. */
export const interactionName = (interaction: Interaction): string => {
  if (interaction.isAutocomplete()) return `autocomplete /${interaction.commandName}`;
  if (interaction.isChatInputCommand()) return `/${interaction.commandName}`;
  if (interaction.isCommand()) return interaction.commandName;
  // A forged custom id can be anything: log a bounded, printable prefix of it.
  if (interaction.isButton()) return `button ${interaction.customId.split(':').slice(0, 2).join(':').replace(/[^\w:-]/g, '?').slice(0, 40)}`;
  if (interaction.isMessageComponent()) return 'component';
  if (interaction.isModalSubmit()) return 'modal';
  return 'other';
};

const find = (ctx: BotContext, name: string): Command | undefined => ctx.commands.find((c) => c.data.name === name);

const unknownCommand = (name: string) =>
  new UserFacingError(`This bot has no command “${name.slice(0, 40)}” any more — an admin should run npm run deploy-commands.`);

const BUTTON_GONE = 'This button no longer works — run the command again.';
export const STALE_BUTTON =
  'The article has been updated since this message was made, so its buttons no longer apply — run /ask or /section again to see the current text.';

/**
 * Moderator commands are registered with a default permission, but a server admin can open them
 * to anyone: the member's permissions, as Discord reports them with the interaction, are checked
 * again here, for the command and for every button it made.
 */
const checkPermission = (interaction: Interaction, command: Command): void => {
  const rule = command.permission;
  if (!rule) return;
  if (!interaction.inGuild() || !interaction.memberPermissions.has(rule.flag)) throw new UserFacingError(rule.refusal);
};

/** Sends the interaction to its command's handler. */
const route = async (interaction: Interaction, ctx: BotContext): Promise<Outcome | void> => {
  if (interaction.isAutocomplete()) {
    const command = find(ctx, interaction.commandName);
    // Choices are only offered to members who may run the command.
    if (command?.kind === 'slash' && command.autocomplete && (!command.permission || interaction.memberPermissions?.has(command.permission.flag))) {
      await command.autocomplete(interaction, ctx);
    } else await interaction.respond([]);
    return undefined;
  }
  if (interaction.isChatInputCommand()) {
    const command = find(ctx, interaction.commandName);
    if (command?.kind !== 'slash') throw unknownCommand(interaction.commandName);
    checkPermission(interaction, command);
    return command.execute(interaction, ctx);
  }
  if (interaction.isMessageContextMenuCommand()) {
    const command = find(ctx, interaction.commandName);
    if (command?.kind !== 'message') throw unknownCommand(interaction.commandName);
    checkPermission(interaction, command);
    return command.execute(interaction, ctx);
  }
  if (interaction.isButton()) {
    const id = decodeComponentId(interaction.customId);
    const command = id && find(ctx, id.command);
    if (!id || !command?.button) throw new UserFacingError(BUTTON_GONE);
    checkPermission(interaction, command);
    const revision = revisionOf(id);
    if (revision !== undefined && revision !== ctx.library.engine.revision) throw new UserFacingError(STALE_BUTTON);
    return command.button(interaction, id, ctx);
  }
  // Select menus, modals or commands of a type this bot never registered: a crafted client.
  if (interaction.isRepliable()) throw new UserFacingError(BUTTON_GONE);
  return { result: 'ignored' };
};

/** discord.js's complaints about a command's options: they come from what the client sent, not from a bug here. */
const OPTION_ERRORS = new Set([
  'CommandInteractionOptionNotFound',
  'CommandInteractionOptionType',
  'CommandInteractionOptionEmpty',
  'CommandInteractionOptionNoSubcommand',
  'CommandInteractionOptionNoSubcommandGroup',
  'AutocompleteInteractionOptionNoFocusedOption',
]);

const asUserFacing = (err: unknown): UserFacingError | undefined => {
  if (err instanceof UserFacingError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && OPTION_ERRORS.has(code)) {
    return new UserFacingError('This command arrived with options this bot does not know — update Discord, or ask an admin to run npm run deploy-commands.');
  }
  return undefined;
};

/**
 * Discord's answers meaning the interaction can no longer be answered at all: 10062 Unknown
 * interaction (its 3 s, or its 15 min token, ran out) and 40060 already acknowledged.
 */
const EXPIRED_CODES = new Set([10062, 40060]);
const isExpired = (err: unknown): boolean => EXPIRED_CODES.has(Number((err as { code?: unknown } | null)?.code));

/**
 * The one place interactions are handled and errors caught: each interaction goes to its handler
 * with a child logger, is logged on one line (command, guild, user, latency, top ref and score),
 * and a failure becomes a private message — the user's own mistake verbatim, anything else an
 * apology — without ever rejecting. An interaction Discord no longer accepts is logged once, with
 * no apology (there is nowhere to send it).
 */
export const createDispatcher =
  (ctx: BotContext) =>
  async (interaction: Interaction): Promise<void> => {
    const started = performance.now();
    const logger = ctx.logger.child({ interactionId: interaction.id, command: interactionName(interaction) });
    const where = () => ({ guild: interaction.guildId ?? 'dm', user: interaction.user.id, latencyMs: Math.round(performance.now() - started) });
    ctx.stats.interactions += 1;
    try {
      const outcome = await route(interaction, { ...ctx, logger });
      logger.info({ ...where(), ...outcome }, 'interaction');
    } catch (err) {
      const userFacing = asUserFacing(err);
      if (userFacing) {
        ctx.stats.refused += 1;
        logger.info({ ...where(), result: 'refused', reason: userFacing.message }, 'interaction');
      } else if (isExpired(err)) {
        ctx.stats.expired += 1;
        logger.warn({ ...where(), result: 'expired', code: (err as { code: number }).code }, 'interaction expired before the reply reached Discord');
        return;
      } else {
        ctx.stats.failed += 1;
        logger.error({ ...where(), err }, 'interaction failed');
      }
      try {
        if (interaction.isAutocomplete()) {
          if (!interaction.responded) await interaction.respond([]);
        } else if (interaction.isRepliable()) {
          await tellPrivately(interaction, userFacing ? userFacing.message : APOLOGY);
        }
      } catch (replyErr) {
        logger.warn({ err: replyErr }, 'could not tell the user about the failure');
      }
    }
  };
