import { MessageFlags, type MessageMentionOptions, type RepliableInteraction } from 'discord.js';
import { LIMITS, truncate } from './limits.js';
import { neutraliseMentions, wellFormed } from './safe-text.js';

/** Sent with every interaction reply: nothing in it may ping anyone. */
export const NO_PINGS: MessageMentionOptions = { parse: [] };
/** Sent with every message reply: no pings, not even the author being replied to. */
export const NO_PINGS_REPLY: MessageMentionOptions = { parse: [], repliedUser: false };

/** What a user sees when a handler fails for a reason that is not theirs. */
export const APOLOGY = 'Sorry, something went wrong while handling that. It has been logged; please try again in a moment.';

/**
 * Shows `content` to the interaction's user only, whatever state the interaction is in: a reply,
 * the edit of a deferred (private) reply, or a private follow-up.
 */
export const tellPrivately = async (interaction: RepliableInteraction, content: string): Promise<void> => {
  const payload = { content: truncate(neutraliseMentions(wellFormed(content)), LIMITS.content), allowedMentions: NO_PINGS };
  if (interaction.deferred && !interaction.replied) await interaction.editReply(payload);
  else if (interaction.replied) await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
};
