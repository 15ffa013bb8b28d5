import { buildMessage } from './fixtures.ts';
import {
  asObject,
  editStoredMessage,
  editedMessage,
  isResult,
  messageFields,
  notFound,
  param,
  reject,
  type RestContext,
  type RestResult,
} from './rest-messages.ts';
import type { InteractionRecord, ServerState } from './state.ts';
import type { JsonObject, MessageObject } from './types.ts';
import { validateCallback, validateMessage } from './validation.ts';

const LOADING = 1 << 7;
const EPHEMERAL = 1 << 6;

function interactionMetadata(record: InteractionRecord, extra: JsonObject = {}): JsonObject {
  const data = asObject(record.payload['data']);
  return {
    id: record.id,
    type: record.type,
    user: record.user,
    authorizing_integration_owners: record.payload['authorizing_integration_owners'],
    ...(record.type === 2 ? { name: data['name'], command_type: data['type'] } : {}),
    ...(record.componentMessageId ? { interacted_message_id: record.componentMessageId } : {}),
    ...extra,
  };
}

/** A message the bot sends through the interaction's webhook (a reply or a follow-up). */
function interactionMessage(state: ServerState, record: InteractionRecord, body: JsonObject, ctx: RestContext, extra: JsonObject = {}): MessageObject {
  const commandType = Number(asObject(record.payload['data'])['type'] ?? 1);
  return buildMessage({
    channelId: record.channelId,
    author: state.config.bot,
    ...(record.guildId ? { guildId: record.guildId } : {}),
    ...messageFields(body, ctx.files),
    type: record.type === 2 ? (commandType === 1 ? 20 : 23) : 0,
    extra: {
      webhook_id: state.config.applicationId,
      application_id: state.config.applicationId,
      interaction_metadata: interactionMetadata(record, extra),
      interaction: { id: record.id, type: record.type, name: asObject(record.payload['data'])['name'] ?? '', user: record.user },
    },
  });
}

/** POST /interactions/:interaction/:token/callback */
export function interactionCallback(ctx: RestContext): RestResult {
  const { state } = ctx;
  const record = state.interactions.get(param(ctx, 'interaction'));
  if (!record) return reject(ctx, 404, { code: 10062, message: 'Unknown interaction' });
  if (record.token !== param(ctx, 'token')) return reject(ctx, 401, { code: 50027, message: 'Invalid Webhook Token' });
  if (record.callback) return reject(ctx, 400, { code: 40060, message: 'Interaction has already been acknowledged.' });
  const deadline = state.config.interactionDeadlineMs;
  if (deadline > 0 && Date.now() - record.dispatchedAt > deadline) {
    return reject(ctx, 404, { code: 10062, message: 'Unknown interaction' });
  }
  const invalid = validateCallback(ctx.body, record.type, ctx.files.length);
  if (invalid) return reject(ctx, 400, invalid);
  const body = asObject(ctx.body);
  const type = Number(body['type']);
  const data = body['data'] === undefined ? undefined : asObject(body['data']);
  const withResponse = ctx.query['with_response'] === 'true';
  record.callback = { type, data, withResponse, time: Date.now() };
  let message: MessageObject | undefined;
  if (type === 4 || type === 5) {
    const fields = type === 4 ? (data ?? {}) : { flags: ((Number(data?.['flags']) || 0) & EPHEMERAL) | LOADING };
    message = interactionMessage(state, record, fields, ctx);
    if (type === 5) message.flags |= LOADING;
    state.storeMessage(message);
    record.originalId = message.id;
    record.originalState = type === 4 ? 'final' : 'deferred';
  } else if ((type === 6 || type === 7) && record.componentMessageId) {
    record.originalId = record.componentMessageId;
    const component = state.messages.get(record.componentMessageId);
    if (type === 7 && component) message = state.storeMessage(editedMessage(component, data ?? {}, ctx.files));
    else message = component;
    record.originalState = type === 7 ? 'final' : 'deferred';
  }
  if (!withResponse) return { status: 204 };
  return {
    status: 200,
    body: {
      interaction: {
        id: record.id,
        type: record.type,
        activity_instance_id: null,
        response_message_id: message?.id ?? null,
        response_message_loading: type === 5,
        response_message_ephemeral: message ? (message.flags & EPHEMERAL) !== 0 : false,
      },
      resource: { type, ...(message ? { message } : {}) },
    },
  };
}

/** The interaction a webhook route addresses, or Discord's Unknown Webhook. */
function webhookRecord(ctx: RestContext): InteractionRecord | RestResult {
  const record = ctx.state.interactionByToken(param(ctx, 'token'));
  if (!record || param(ctx, 'app') !== ctx.state.config.applicationId) {
    return reject(ctx, 404, { code: 10015, message: 'Unknown Webhook' });
  }
  return record;
}

function isRecord(value: InteractionRecord | RestResult): value is InteractionRecord {
  return 'token' in value;
}

/** POST /webhooks/:app/:token (a follow-up; the first one after a deferral replaces the loading message). */
export function createFollowUp(ctx: RestContext): RestResult {
  const record = webhookRecord(ctx);
  if (!isRecord(record)) return record;
  // Discord only accepts follow-ups once the interaction has been acknowledged.
  if (!record.callback) return reject(ctx, 404, { code: 10015, message: 'Unknown Webhook' });
  const invalid = validateMessage(ctx.body, { files: ctx.files.length, partial: false });
  if (invalid) return reject(ctx, 400, invalid);
  const body = asObject(ctx.body);
  const { state } = ctx;
  let message: MessageObject;
  const original = record.originalId ? state.messages.get(record.originalId) : undefined;
  if (record.callback.type === 5 && record.originalState === 'deferred' && original) {
    message = state.storeMessage(editedMessage(original, { ...body, flags: original.flags }, ctx.files));
    record.originalState = 'final';
  } else {
    message = state.storeMessage(
      interactionMessage(state, record, body, ctx, record.originalId ? { original_response_message_id: record.originalId } : {}),
    );
  }
  record.followUpIds.push(message.id);
  return ctx.query['wait'] === 'true' ? { status: 200, body: message } : { status: 204 };
}

function webhookMessageId(record: InteractionRecord, requested: string): string | null {
  if (requested === '@original') return record.originalId;
  return requested === record.originalId || record.followUpIds.includes(requested) ? requested : null;
}

/** GET, PATCH and DELETE /webhooks/:app/:token/messages/:message (`@original` included). */
export function webhookMessage(ctx: RestContext): RestResult {
  const record = webhookRecord(ctx);
  if (!isRecord(record)) return record;
  const { state } = ctx;
  const id = webhookMessageId(record, param(ctx, 'message'));
  const message = id === null ? undefined : state.messages.get(id);
  if (!message) {
    return ctx.method === 'GET' ? notFound(10008, 'Unknown Message') : reject(ctx, 404, { code: 10008, message: 'Unknown Message' });
  }
  if (ctx.method === 'GET') return { status: 200, body: message };
  if (ctx.method === 'DELETE') {
    state.messages.delete(message.id);
    return { status: 204 };
  }
  const edited = editStoredMessage(ctx, message);
  if (isResult(edited)) return edited;
  if (edited.id === record.originalId) record.originalState = 'final';
  return { status: 200, body: edited };
}
