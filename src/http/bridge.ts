import { Client, Events, type Interaction } from 'discord.js';
import type { APIInteraction, APIInteractionResponse } from 'discord.js';
import type { DiscordConfig } from '../config.js';
import type { Logger } from '../logger.js';

/** Past this, an interaction still unanswered gets a deferral, before Discord's 3 s deadline. */
const DEFER_AFTER_MS = 2500;
/** Interaction tokens are valid for 15 minutes; nothing is kept longer. */
const TOKEN_LIFETIME_MS = 15 * 60 * 1000;
const MAX_PENDING = 10_000;

interface Pending {
  readonly applicationId: string;
  readonly token: string;
  resolve?: (response: APIInteractionResponse) => void;
  timer?: NodeJS.Timeout;
  deferred: boolean;
}

/**
 * Runs the gateway bot's handlers, unchanged, on interactions that arrive over HTTP. A discord.js
 * client with no gateway builds the usual interaction objects; its REST layer hands the first
 * response (the callback) back to the HTTP request instead of sending it, and sends everything
 * else (edits, follow-ups) to Discord's REST API as usual, through DISCORD_API_URL when set.
 */
export class HttpInteractionBridge {
  readonly client: Client;
  private readonly pending = new Map<string, Pending>();

  constructor(discord: DiscordConfig, onInteraction: (interaction: Interaction) => Promise<void>, private readonly logger: Logger) {
    this.client = new Client({
      intents: [],
      rest: { ...(discord.apiUrl ? { api: discord.apiUrl } : {}), makeRequest: (url, init) => this.request(url, init as RequestInit) },
    });
    this.client.rest.setToken(discord.token);
    this.client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction).catch((err: unknown) => logger.error({ err }, 'dispatcher failed')));
  }

  /** Handles one interaction; resolves with the response for the HTTP reply (deferred if the handler is slow). */
  handle(payload: APIInteraction): Promise<APIInteractionResponse> {
    if (this.pending.size >= MAX_PENDING) this.forget(this.pending.keys().next().value as string);
    const entry: Pending = { applicationId: payload.application_id, token: payload.token, deferred: false };
    this.pending.set(payload.id, entry);
    setTimeout(() => this.forget(payload.id), TOKEN_LIFETIME_MS).unref();
    return new Promise((resolve) => {
      entry.resolve = resolve;
      entry.timer = setTimeout(() => {
        // A component's deferral keeps its message; a command's shows "thinking…".
        entry.deferred = true;
        this.respond(payload.id, { type: payload.type === 3 ? 6 : 5 } as APIInteractionResponse);
      }, DEFER_AFTER_MS);
      (this.client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }).actions.InteractionCreate.handle(payload);
    });
  }

  private forget(id: string) {
    const entry = this.pending.get(id);
    if (entry?.timer) clearTimeout(entry.timer);
    this.pending.delete(id);
  }

  private respond(id: string, response: APIInteractionResponse) {
    const entry = this.pending.get(id);
    if (!entry?.resolve) return false;
    clearTimeout(entry.timer);
    const resolve = entry.resolve;
    delete entry.resolve;
    resolve(response);
    return true;
  }

  /** discord.js's REST requests: an interaction's callback goes to its HTTP reply, the rest to Discord. */
  private async request(url: string, init: RequestInit): Promise<Response> {
    const match = /\/interactions\/(\d+)\/([^/?]+)\/callback/.exec(url);
    const entry = match?.[1] ? this.pending.get(match[1]) : undefined;
    if (!match?.[1] || !entry) return fetch(url, init);
    const body = await callbackBody(init.body);
    if (this.respond(match[1], body)) return callbackResult(url, match[1], body);
    // Answered after the automatic deferral: the answer becomes the deferred message.
    if (entry.deferred && (body.type === 4 || body.type === 7) && 'data' in body) {
      const original = url.replace(/\/interactions\/.*$/, `/webhooks/${entry.applicationId}/${entry.token}/messages/%40original`);
      const response = await fetch(original, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body.data) });
      if (!response.ok) this.logger.warn({ status: response.status }, 'could not deliver a late answer');
      return callbackResult(url, match[1], body);
    }
    if (entry.deferred) return callbackResult(url, match[1], body);
    return fetch(url, init);
  }
}

const callbackBody = async (body: RequestInit['body']): Promise<APIInteractionResponse> => {
  if (typeof body === 'string') return JSON.parse(body) as APIInteractionResponse;
  if (body instanceof FormData) return JSON.parse(String(body.get('payload_json'))) as APIInteractionResponse;
  return JSON.parse(await new Response(body as ConstructorParameters<typeof Response>[0]).text()) as APIInteractionResponse;
};

/** What Discord would have answered discord.js for a callback: nothing, or a small resource when asked. */
const callbackResult = (url: string, id: string, body: APIInteractionResponse): Response =>
  /with_response=true/.test(url)
    ? Response.json({ interaction: { id, type: 2, activity_instance_id: null, response_message_id: null, response_message_loading: body.type === 5, response_message_ephemeral: false }, resource: { type: body.type } })
    : new Response(null, { status: 204 });
