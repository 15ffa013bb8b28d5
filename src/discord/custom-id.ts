import { LIMITS } from './limits.js';

/**
 * What a button does, as carried in its custom id. The first part names the command whose module
 * handles it:
 * - `ask:more:<offset>:<key>` — the answer's passages from `offset` on (key: see QuestionStore)
 * - `ask:post:<offset>:<key>` — post that page of the answer to the channel
 * - `section:show:<ref>` — the whole section holding `ref`
 * - `section:post:<ref>` — post that section to the channel
 */
export type ComponentId =
  | { readonly command: 'ask'; readonly action: 'more' | 'post'; readonly offset: number; readonly key: string }
  | { readonly command: 'section'; readonly action: 'show' | 'post'; readonly ref: string };

const KEY = /^[A-Za-z0-9_-]{8,32}$/;
const REF = /^[a-z0-9-]{0,60}§\d{1,4}(?:\.\d{1,4})?$/;
const OFFSET = /^(?:0|[1-9]\d{0,2})$/;

/** The custom id for `id`, or undefined when a part is malformed or the id would be too long. */
export const encodeComponentId = (id: ComponentId): string | undefined => {
  const raw = id.command === 'ask' ? `ask:${id.action}:${id.offset}:${id.key}` : `section:${id.action}:${id.ref}`;
  return raw.length <= LIMITS.customId && decodeComponentId(raw) !== undefined ? raw : undefined;
};

/** Parses and checks a custom id; undefined for anything this bot did not make. */
export const decodeComponentId = (raw: string): ComponentId | undefined => {
  if (raw.length > LIMITS.customId) return undefined;
  const [command, action, ...rest] = raw.split(':');
  if (command === 'ask' && (action === 'more' || action === 'post') && rest.length === 2) {
    const [offset = '', key = ''] = rest;
    return OFFSET.test(offset) && KEY.test(key) ? { command, action, offset: Number(offset), key } : undefined;
  }
  if (command === 'section' && (action === 'show' || action === 'post') && rest.length === 1) {
    const [ref = ''] = rest;
    return REF.test(ref) ? { command, action, ref } : undefined;
  }
  return undefined;
};
