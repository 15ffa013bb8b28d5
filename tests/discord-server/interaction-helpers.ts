import type { InteractionHandle } from './handles.ts';
import {
  commandData,
  findCommand,
  hasComponent,
  resolveOptions,
  resolvePlace,
  resolveUser,
  userMessage,
} from './interaction-payloads.ts';
import type { ServerState } from './state.ts';
import type { CommandOptionValues, InteractionInput, InteractionOptions, MessageObject } from './types.ts';

/** The typed interaction helpers of {@link DiscordServer}, built on `sendInteraction`. */
export abstract class InteractionHelpers {
  /** @internal */
  constructor(protected readonly state: ServerState) {}

  /** Dispatches a complete INTERACTION_CREATE built from `input` once a gateway session is ready. */
  abstract sendInteraction(input: InteractionInput, label?: string): Promise<InteractionHandle>;

  private guildIdFor(options: InteractionOptions): string | null {
    if (options.dm) return null;
    if (options.channelId !== undefined) return this.state.channels.get(options.channelId)?.guild_id ?? null;
    return this.state.guild(options.guild)?.id ?? null;
  }

  /**
   * A chat-input command (`/name`). Option types come from the registered command when there is one,
   * else from the values (string 3, integer 4, boolean 5, other number 10).
   */
  slashCommand(name: string, options?: CommandOptionValues, interaction: InteractionOptions = {}): Promise<InteractionHandle> {
    const label = `/${name}`;
    const command = findCommand(this.state, name, 1, this.guildIdFor(interaction));
    const data = { ...commandData(command, name, 1), options: resolveOptions(label, options, command) };
    return this.sendInteraction({ ...interaction, type: 2, data }, label);
  }

  /** An autocomplete request for `/name` while the user types in option `focusedName`. */
  autocomplete(name: string, options: CommandOptionValues, focusedName: string, interaction: InteractionOptions = {}): Promise<InteractionHandle> {
    const label = `autocomplete /${name} (${focusedName})`;
    const command = findCommand(this.state, name, 1, this.guildIdFor(interaction));
    const data = { ...commandData(command, name, 1), options: resolveOptions(label, options, command, focusedName) };
    return this.sendInteraction({ ...interaction, type: 4, data }, label);
  }

  /**
   * A click on the button `customId` of `message` (a message object or the id of a stored one).
   * @throws when the message has no such button
   */
  button(customId: string, message: MessageObject | string, interaction: InteractionOptions = {}): Promise<InteractionHandle> {
    const id = typeof message === 'string' ? message : message.id;
    const stored = this.state.messages.get(id) ?? (typeof message === 'string' ? undefined : this.state.storeMessage(message));
    if (!stored) throw new Error(`DiscordServer: unknown message ${id}`);
    if (!hasComponent(stored.components, customId)) {
      throw new Error(`DiscordServer: message ${id} has no component "${customId}"`);
    }
    const data = { custom_id: customId, component_type: 2 };
    return this.sendInteraction({ ...interaction, type: 3, data, message: stored, channelId: interaction.channelId ?? stored.channel_id }, `button "${customId}"`);
  }

  /** A message context-menu command on `target` (a message object, or content for a new message by the user). */
  messageContextMenu(name: string, target: MessageObject | string, interaction: InteractionOptions = {}): Promise<InteractionHandle> {
    let message: MessageObject;
    if (typeof target === 'string') {
      const user = resolveUser(this.state, interaction.user);
      message = userMessage(this.state, target, user, resolvePlace(this.state, interaction, user).channel);
    } else {
      message = this.state.messages.get(target.id) ?? this.state.storeMessage(target);
    }
    const command = findCommand(this.state, name, 3, this.guildIdFor({ ...interaction, channelId: message.channel_id }));
    const data = {
      ...commandData(command, name, 3),
      target_id: message.id,
      resolved: { messages: { [message.id]: message } },
    };
    return this.sendInteraction({ ...interaction, type: 2, data, channelId: message.channel_id }, `message command "${name}"`);
  }
}
