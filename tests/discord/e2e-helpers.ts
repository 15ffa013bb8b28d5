import { expect } from 'vitest';
import type { MessageObject } from '../discord-server/index.js';
import type { Harness } from './harness.js';

export interface EmbedJson {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: { name: string; value: string; inline?: boolean }[];
}

export const embedOf = (message: MessageObject): EmbedJson => (message.embeds[0] ?? {}) as EmbedJson;

/** The message's buttons as `label=custom_id`. */
export const buttonsOf = (message: MessageObject): string[] =>
  message.components.flatMap((row) => (row.components as { custom_id?: string; label?: string }[]).map((b) => `${b.label}=${b.custom_id}`));

export const labelsOf = (message: MessageObject): string[] => buttonsOf(message).map((b) => b.split('=')[0] ?? '');

/** The custom id of the button labelled `label`. */
export const buttonId = (message: MessageObject, label: string): string => {
  const found = buttonsOf(message).find((b) => b.startsWith(`${label}=`));
  if (!found) throw new Error(`no "${label}" button on message ${message.id}: ${buttonsOf(message).join(', ')}`);
  return found.slice(label.length + 1);
};

/** The log line of an interaction or message, once written (handlers log after their reply has gone). */
export const logLine = async (h: Harness, match: (line: Record<string, unknown>) => boolean) => {
  await expect.poll(() => h.logs.some(match)).toBe(true);
  return h.logs.find(match);
};

export const interactionLog = (h: Harness, id: string) => logLine(h, (l) => l.interactionId === id && /^interaction/.test(String(l.msg)));
