import { buildMessage, snowflake } from './fixtures.ts';
import type { ServerState } from './state.ts';
import type { JsonObject, MessageObject, UploadedFile } from './types.ts';
import { isEmptyMessage, validateMessage, type DiscordError } from './validation.ts';

/** One routed REST request. */
export interface RestContext {
  state: ServerState;
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: UploadedFile[];
}

/** What a route answers. */
export interface RestResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A route parameter (routes only name parameters they have). */
export function param(ctx: RestContext, name: string): string {
  return ctx.params[name] ?? '';
}

/** `value` if it is a JSON object, else an empty one. */
export function asObject(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

/** Answers with a Discord error and records it as a violation: Discord would have rejected the bot here. */
export function reject(ctx: RestContext, status: number, error: DiscordError): RestResult {
  ctx.state.violations.push({
    method: ctx.method,
    path: ctx.path,
    status,
    code: error.code,
    message: error.message,
    ...(error.errors ? { errors: error.errors } : {}),
    body: ctx.body,
    time: Date.now(),
  });
  return { status, body: error };
}

/** A 404 for a missing resource that is not the bot's fault (e.g. a fetch). */
export function notFound(code: number, message: string): RestResult {
  return { status: 404, body: { message, code } };
}

const LOADING = 1 << 7;
const EPHEMERAL = 1 << 6;

/** Attachment objects for uploaded files, with the `attachments` metadata of the body. */
export function attachmentsFrom(files: UploadedFile[], body: JsonObject): JsonObject[] {
  const meta = Array.isArray(body['attachments']) ? (body['attachments'] as unknown[]).map(asObject) : [];
  return files.map((file, index) => {
    const id = snowflake();
    const url = `https://cdn.discordapp.com/attachments/0/${id}/${encodeURIComponent(file.filename)}`;
    return {
      id,
      filename: file.filename,
      size: file.size,
      content_type: file.contentType,
      url,
      proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
      ...(typeof meta[index]?.['description'] === 'string' ? { description: meta[index]['description'] } : {}),
    };
  });
}

/** The fields a message body sets on a new message. */
export function messageFields(body: JsonObject, files: UploadedFile[]): Pick<MessageObject, 'content' | 'embeds' | 'components' | 'attachments' | 'flags'> {
  return {
    content: typeof body['content'] === 'string' ? body['content'] : '',
    embeds: Array.isArray(body['embeds']) ? (body['embeds'] as JsonObject[]) : [],
    components: Array.isArray(body['components']) ? (body['components'] as JsonObject[]) : [],
    attachments: attachmentsFrom(files, body),
    flags: typeof body['flags'] === 'number' ? body['flags'] & ~LOADING : 0,
  };
}

/** The message `message` becomes after an edit with `body` (not stored). */
export function editedMessage(message: MessageObject, body: JsonObject, files: UploadedFile[]): MessageObject {
  const next: MessageObject = { ...message };
  if (body['content'] !== undefined) next.content = typeof body['content'] === 'string' ? body['content'] : '';
  if (body['embeds'] !== undefined) next.embeds = Array.isArray(body['embeds']) ? (body['embeds'] as JsonObject[]) : [];
  if (body['components'] !== undefined) {
    next.components = Array.isArray(body['components']) ? (body['components'] as JsonObject[]) : [];
  }
  if (files.length > 0) next.attachments = attachmentsFrom(files, body);
  else if (Array.isArray(body['attachments'])) {
    const kept = new Set((body['attachments'] as unknown[]).map((item) => String(asObject(item)['id'])));
    next.attachments = message.attachments.filter((attachment) => kept.has(String(attachment['id'])));
  }
  const requested = typeof body['flags'] === 'number' ? body['flags'] : message.flags;
  next.flags = ((message.flags & EPHEMERAL) | requested) & ~LOADING;
  if ((message.flags & LOADING) === 0) next.edited_timestamp = new Date().toISOString();
  return next;
}

/** Validates and applies an edit; the result is stored, or a rejection is returned. */
export function editStoredMessage(ctx: RestContext, message: MessageObject): MessageObject | RestResult {
  const body = asObject(ctx.body);
  const invalid = validateMessage(ctx.body, { files: ctx.files.length, partial: true });
  if (invalid) return reject(ctx, 400, invalid);
  const next = editedMessage(message, body, ctx.files);
  if (isEmptyMessage(next, 0)) return reject(ctx, 400, { code: 50006, message: 'Cannot send an empty message' });
  return ctx.state.storeMessage(next);
}

/** True when an edit was rejected rather than applied. */
export function isResult(value: MessageObject | RestResult): value is RestResult {
  return 'status' in value && !('id' in value);
}

/** POST /channels/:channel/messages */
export function createChannelMessage(ctx: RestContext): RestResult {
  const { state } = ctx;
  const channel = state.channels.get(param(ctx, 'channel'));
  if (!channel) return reject(ctx, 404, { code: 10003, message: 'Unknown Channel' });
  const body = asObject(ctx.body);
  const invalid = validateMessage(ctx.body, { files: ctx.files.length, partial: false });
  if (invalid) return reject(ctx, 400, invalid);
  const extra: JsonObject = {};
  let type = 0;
  const reference = asObject(body['message_reference']);
  const referencedId = typeof reference['message_id'] === 'string' ? reference['message_id'] : undefined;
  if (referencedId !== undefined) {
    const referenced = state.messages.get(referencedId);
    if (!referenced && reference['fail_if_not_exists'] !== false) {
      return reject(ctx, 400, {
        code: 50035,
        message: 'Invalid Form Body',
        errors: { message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] } },
      });
    }
    if (referenced) {
      type = 19;
      extra['message_reference'] = {
        type: 0,
        message_id: referenced.id,
        channel_id: referenced.channel_id,
        ...(channel.guild_id ? { guild_id: channel.guild_id } : {}),
      };
      extra['referenced_message'] = referenced;
    }
  }
  const message = buildMessage({
    channelId: channel.id,
    author: state.config.bot,
    ...(channel.guild_id ? { guildId: channel.guild_id } : {}),
    ...messageFields(body, ctx.files),
    type,
    extra,
  });
  message.flags &= ~EPHEMERAL;
  state.storeMessage(message);
  return { status: 200, body: message };
}

/** GET /channels/:channel/messages/:message */
export function getChannelMessage(ctx: RestContext): RestResult {
  const message = ctx.state.messages.get(param(ctx, 'message'));
  if (!message || message.channel_id !== param(ctx, 'channel') || (message.flags & EPHEMERAL) !== 0) {
    return notFound(10008, 'Unknown Message');
  }
  return { status: 200, body: message };
}

/** PATCH /channels/:channel/messages/:message */
export function editChannelMessage(ctx: RestContext): RestResult {
  const message = ctx.state.messages.get(param(ctx, 'message'));
  if (!message || message.channel_id !== param(ctx, 'channel')) return reject(ctx, 404, { code: 10008, message: 'Unknown Message' });
  if (message.author.id !== ctx.state.config.bot.id) {
    return reject(ctx, 403, { code: 50005, message: 'Cannot edit a message authored by another user' });
  }
  const result = editStoredMessage(ctx, message);
  return isResult(result) ? result : { status: 200, body: result };
}

/** DELETE /channels/:channel/messages/:message */
export function deleteChannelMessage(ctx: RestContext): RestResult {
  const message = ctx.state.messages.get(param(ctx, 'message'));
  if (!message || message.channel_id !== param(ctx, 'channel')) return reject(ctx, 404, { code: 10008, message: 'Unknown Message' });
  ctx.state.messages.delete(message.id);
  return { status: 204 };
}

/** PUT /channels/:channel/messages/:message/reactions/:emoji/@me */
export function addReaction(ctx: RestContext): RestResult {
  const message = ctx.state.messages.get(param(ctx, 'message'));
  if (!message) return reject(ctx, 404, { code: 10008, message: 'Unknown Message' });
  const reactions = (message['reactions'] ??= []) as JsonObject[];
  reactions.push({ emoji: { id: null, name: param(ctx, 'emoji') }, count: 1, me: true });
  return { status: 204 };
}
