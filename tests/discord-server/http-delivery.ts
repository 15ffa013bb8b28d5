import { sign, type KeyObject } from 'node:crypto';
import { interactionCallback } from './rest-interactions.ts';
import type { InteractionRecord, ServerState } from './state.ts';

/** Where Discord sends interactions when an application has an Interactions Endpoint URL. */
export interface InteractionsEndpoint {
  readonly url: string;
  /** The application's Ed25519 private key: Discord signs `timestamp + body` with it. */
  readonly privateKey: KeyObject;
}

/** What the endpoint answered to one delivery. */
export interface Delivery {
  readonly status: number;
  readonly body: unknown;
  readonly ms: number;
}

/** The signature headers Discord sends, for `body` at `timestamp` (seconds). */
export const signatureHeaders = (privateKey: KeyObject, body: string, timestamp = Math.floor(Date.now() / 1000)) => ({
  'x-signature-ed25519': sign(null, Buffer.from(`${timestamp}${body}`), privateKey).toString('hex'),
  'x-signature-timestamp': String(timestamp),
});

/**
 * Delivers an interaction as Discord does to an Interactions Endpoint URL: a signed POST whose
 * response body is the interaction's first response (as if it had been POSTed to the callback
 * route). Later edits and follow-ups come through the REST webhook routes as usual.
 */
export const deliverOverHttp = async (state: ServerState, endpoint: InteractionsEndpoint, record: InteractionRecord): Promise<Delivery> => {
  const body = JSON.stringify(record.payload);
  const started = performance.now();
  const response = await fetch(endpoint.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)', ...signatureHeaders(endpoint.privateKey, body) },
    body,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // kept as text: the test sees what the endpoint sent
  }
  if (response.status === 200 && parsed && typeof parsed === 'object') {
    const result = interactionCallback({ state, method: 'POST', path: `/interactions/${record.id}/${record.token}/callback`, params: { interaction: record.id, token: record.token }, query: {}, body: parsed, files: [] });
    state.notify();
    if (result.status >= 300) throw new Error(`DiscordServer: the endpoint's response was refused as a callback: ${JSON.stringify(result.body)}`);
  }
  return { status: response.status, body: parsed, ms };
};
