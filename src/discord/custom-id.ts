import { LIMITS } from './limits.js';

/**
 * What a button does, as carried in its custom id. The first part names the command whose module
 * handles it; buttons about the content end with the content revision they were made from, so a
 * click after a reindex that changed the content is recognised as stale:
 * - `ask:more:<offset>:<key>:<rev>` — the answer's passages from `offset` on (key: see QuestionStore)
 * - `ask:post:<offset>:<key>:<rev>` — post that page of the answer to the channel
 * - `section:show:<ref>:<rev>` — the whole section holding `ref`
 * - `section:post:<ref>:<rev>` — post that section to the channel
 * - `unanswered:clear` — forget the unanswered questions (moderators)
 *
 * A custom id comes back from the client verbatim and a crafted client can send any string: it is
 * only ever parsed by {@link decodeComponentId}, never used as code, a path or a lookup outside
 * these shapes.
 */
export type ComponentId =
  | { readonly command: 'ask'; readonly action: 'more' | 'post'; readonly offset: number; readonly key: string; readonly revision: string }
  | { readonly command: 'section'; readonly action: 'show' | 'post'; readonly ref: string; readonly revision: string }
  | { readonly command: 'unanswered'; readonly action: 'clear' };

const KEY = /^[A-Za-z0-9_-]{8,32}$/;
const REF = /^[a-z0-9-]{0,60}§\d{1,4}(?:\.\d{1,4})?$/;
const OFFSET = /^(?:0|[1-9]\d{0,2})$/;
/** Content revisions are 10 hex characters; 12 at most keeps the longest section id within 100. */
const REVISION = /^[0-9a-z]{4,12}$/;

const encode = (id: ComponentId): string => {
  switch (id.command) {
    case 'ask':
      return `ask:${id.action}:${id.offset}:${id.key}:${id.revision}`;
    case 'section':
      return `section:${id.action}:${id.ref}:${id.revision}`;
    case 'unanswered':
      return `unanswered:${id.action}`;
  }
};

/** The custom id for `id`, or undefined when a part is malformed or the id would be too long. */
export const encodeComponentId = (id: ComponentId): string | undefined => {
  const raw = encode(id);
  return raw.length <= LIMITS.customId && decodeComponentId(raw) !== undefined ? raw : undefined;
};

/** Parses and checks a custom id; undefined for anything this bot did not make. */
export const decodeComponentId = (raw: string): ComponentId | undefined => {
  if (raw.length > LIMITS.customId) return undefined;
  const [command, action, ...rest] = raw.split(':');
  if (command === 'ask' && (action === 'more' || action === 'post') && rest.length === 3) {
    const [offset = '', key = '', revision = ''] = rest;
    return OFFSET.test(offset) && KEY.test(key) && REVISION.test(revision) ? { command, action, offset: Number(offset), key, revision } : undefined;
  }
  if (command === 'section' && (action === 'show' || action === 'post') && rest.length === 2) {
    const [ref = '', revision = ''] = rest;
    return REF.test(ref) && REVISION.test(revision) ? { command, action, ref, revision } : undefined;
  }
  if (command === 'unanswered' && action === 'clear' && rest.length === 0) return { command, action };
  return undefined;
};

/** The content revision a button was made from, if it is about the content. */
export const revisionOf = (id: ComponentId): string | undefined => ('revision' in id ? id.revision : undefined);
