import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Status, type Client } from 'discord.js';
import type { Logger } from '../logger.js';
import type { BotContext } from './command.js';

/** How one bot process is doing: what the health log line and GET /healthz report. */
export interface Health {
  /** `ready` when every gateway shard of this process is connected, else `connecting`. */
  readonly status: 'ready' | 'connecting';
  readonly shard?: number;
  readonly guilds: number;
  /** Gateway heartbeat round trip in ms (-1 before the first). */
  readonly ping: number;
  readonly uptimeS: number;
  readonly revision: string;
  readonly interactions: number;
  readonly refused: number;
  readonly expired: number;
  readonly failed: number;
  readonly heapUsedMB: number;
  readonly rssMB: number;
  /** Sizes of the bounded in-memory tables. */
  readonly cached: { readonly users: number; readonly members: number; readonly questions: number; readonly cooldowns: number };
}

/** Every gateway connection of this process is up (the manager's own status stays Ready once reached). */
export const gatewayReady = (client: Client): boolean => client.ws.shards.size > 0 && client.ws.shards.every((shard) => shard.status === Status.Ready);

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** This process's health, from its client and handler context. */
export const healthOf = (client: Client, ctx: Pick<BotContext, 'library' | 'stats' | 'questions' | 'cooldowns' | 'shards'>, startedAt: number): Health => {
  const memory = process.memoryUsage();
  return {
    status: gatewayReady(client) ? 'ready' : 'connecting',
    ...(ctx.shards ? { shard: ctx.shards.id } : {}),
    guilds: client.guilds.cache.size,
    ping: Math.round(client.ws.ping),
    uptimeS: Math.round((Date.now() - startedAt) / 1000),
    revision: ctx.library.engine.revision,
    ...ctx.stats,
    heapUsedMB: mb(memory.heapUsed),
    rssMB: mb(memory.rss),
    cached: {
      users: client.users.cache.size,
      members: client.guilds.cache.reduce((n, g) => n + g.members.cache.size, 0),
      questions: ctx.questions.size,
      cooldowns: ctx.cooldowns.size,
    },
  };
};

/** Logs `health()` every `seconds` (0: never) as one `health` line; returns a function that stops it. */
export const logHealthEvery = (seconds: number, logger: Logger, health: () => unknown): (() => void) => {
  if (seconds <= 0) return () => {};
  const timer = setInterval(() => logger.info(health(), 'health'), seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
};

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * `GET /healthz` on `port`, for a supervisor or load balancer: 200 with the health as JSON when
 * `ready` says so, else 503 with the same body. Nothing else is served.
 */
export const serveHealth = async (port: number, host: string, health: () => Promise<{ ready: boolean; body: unknown }>, logger: Logger): Promise<HealthServer> => {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (url.pathname !== '/healthz') return send(404, { error: 'not found' });
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { error: 'use GET' });
    health().then(
      ({ ready, body }) => send(ready ? 200 : 503, body),
      (err: unknown) => {
        logger.warn({ err }, 'health check failed');
        send(503, { status: 'unknown' });
      },
    );
    return undefined;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
