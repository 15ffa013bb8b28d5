import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KeyObject } from 'node:crypto';
import type { APIInteraction, APIInteractionResponse } from 'discord.js';
import type { Library } from '../app/library.js';
import type { Logger } from '../logger.js';
import { verifyInteractionRequest } from './verify.js';

/** Interactions are a few kilobytes; anything far bigger is not from Discord. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface InteractionsServerDeps {
  readonly publicKey: KeyObject;
  readonly handle: (payload: APIInteraction) => Promise<APIInteractionResponse>;
  readonly library: Library;
  readonly logger: Logger;
}

export interface InteractionsServer {
  readonly server: Server;
  readonly port: number;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return reject(new HttpError(413, 'request body too large'));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const send = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

/**
 * The bot as a web endpoint: `POST /interactions` (Discord's Interactions Endpoint URL) verifies
 * every request's Ed25519 signature before anything else, answers PING with PONG, and runs the
 * same handlers as the gateway bot; `GET /healthz` reports readiness and the content revision.
 */
export const startInteractionsServer = async (deps: InteractionsServerDeps, port: number, host = '0.0.0.0'): Promise<InteractionsServer> => {
  const { logger } = deps;
  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'use GET' });
      const engine = deps.library.engine;
      return send(res, 200, { status: 'ready', revision: engine.revision, passages: engine.stats.passages, indexedAt: deps.library.indexedAt.toISOString() });
    }
    if (url.pathname !== '/interactions') return send(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
    const body = await readBody(req);
    const verdict = verifyInteractionRequest(
      deps.publicKey,
      req.headers['x-signature-ed25519'] as string | undefined,
      req.headers['x-signature-timestamp'] as string | undefined,
      body,
    );
    if (!verdict.ok) {
      logger.warn({ reason: verdict.reason, from: req.socket.remoteAddress }, 'interaction refused');
      return send(res, 401, { error: verdict.reason });
    }
    let payload: APIInteraction;
    try {
      payload = JSON.parse(body.toString('utf8')) as APIInteraction;
    } catch {
      return send(res, 400, { error: 'body is not JSON' });
    }
    if (payload.type === 1) return send(res, 200, { type: 1 });
    return send(res, 200, await deps.handle(payload));
  };
  const server = createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) return send(res, err.status, { error: err.message });
      logger.error({ err }, 'interactions endpoint failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      return undefined;
    });
  });
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
