import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import { encodeComponentId, type ComponentId } from './custom-id.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

const button = (label: string, id: ComponentId, style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger = ButtonStyle.Secondary): APIButtonComponentWithCustomId | undefined => {
  const customId = encodeComponentId(id);
  return customId === undefined ? undefined : { type: ComponentType.Button, style, label, custom_id: customId };
};

const row = (buttons: readonly (APIButtonComponentWithCustomId | undefined)[]): ButtonRow[] => {
  const present = buttons.filter((b): b is APIButtonComponentWithCustomId => b !== undefined);
  return present.length > 0 ? [{ type: ComponentType.ActionRow, components: present }] : [];
};

export interface AnswerButtons {
  /** The QuestionStore key of the question. */
  readonly key: string;
  /** The first passage shown. */
  readonly offset: number;
  /** Where "More passages" continues; absent when every passage has been shown. */
  readonly next?: number;
  /** A ref in the section "Full section" shows. */
  readonly sectionRef?: string;
  /** Offer "Post to channel" (on private answers). */
  readonly postable: boolean;
  /** The content revision the answer was made from. */
  readonly revision: string;
}

/** "More passages", "Full section" and, on a private answer, "Post to channel". */
export const answerButtons = ({ key, offset, next, sectionRef, postable, revision }: AnswerButtons): ButtonRow[] =>
  row([
    next === undefined ? undefined : button('More passages', { command: 'ask', action: 'more', offset: next, key, revision }),
    sectionRef === undefined ? undefined : button('Full section', { command: 'section', action: 'show', ref: sectionRef, revision }),
    postable ? button('Post to channel', { command: 'ask', action: 'post', offset, key, revision }, ButtonStyle.Primary) : undefined,
  ]);

/** "Post to channel" under a private section. */
export const sectionButtons = (ref: string, postable: boolean, revision: string): ButtonRow[] =>
  row([postable ? button('Post to channel', { command: 'section', action: 'post', ref, revision }, ButtonStyle.Primary) : undefined]);

/** "Forget these" under the unanswered questions (moderators; checked again on click). */
export const unansweredButtons = (): ButtonRow[] => row([button('Forget these', { command: 'unanswered', action: 'clear' }, ButtonStyle.Danger)]);
