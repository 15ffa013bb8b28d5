import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { buildMember, guildCreatePayload } from './fixtures.ts';
import type { ServerState } from './state.ts';
import type { JsonObject } from './types.ts';

interface Dispatch {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

/** A gateway session: survives its socket so the client can RESUME it. */
interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  log: Dispatch[];
  socket: WebSocket | null;
  invalid: boolean;
}

interface Connection {
  socket: WebSocket;
  session: Session | null;
}

/** Intent bits the server honours when it decides what to dispatch. */
export const Intent = { Guilds: 1 << 0, GuildMessages: 1 << 9, DirectMessages: 1 << 12, MessageContent: 1 << 15 } as const;

/** The gateway side of the server: HELLO, heartbeats, IDENTIFY/READY, RESUME and dispatches. */
export class Gateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();
  /** Heartbeats still to leave unacknowledged (withholdHeartbeatAcks). */
  private acksToWithhold = 0;

  constructor(private readonly state: ServerState) {}

  /** Takes over an HTTP upgrade request on any path. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  private accept(socket: WebSocket): void {
    const connection: Connection = { socket, session: null };
    this.connections.add(connection);
    socket.on('message', (raw) => this.onMessage(connection, raw.toString()));
    socket.on('close', (code) => {
      this.connections.delete(connection);
      const session = connection.session;
      if (!session || session.socket !== socket) return;
      session.socket = null;
      // Like Discord, a client closing with 1000/1001 ends its session.
      if (code === 1000 || code === 1001) session.invalid = true;
    });
    socket.on('error', () => undefined);
    this.send(socket, { op: 10, d: { heartbeat_interval: this.state.config.heartbeatIntervalMs, _trace: ['["loopback-gateway",{}]'] } });
  }

  private send(socket: WebSocket, payload: unknown): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
  }

  private onMessage(connection: Connection, raw: string): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(raw) as { op?: unknown; d?: unknown };
    } catch {
      connection.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    const d = (typeof payload.d === 'object' && payload.d !== null ? payload.d : {}) as JsonObject;
    switch (payload.op) {
      case 1:
        if (this.acksToWithhold > 0) {
          this.acksToWithhold--;
          return;
        }
        this.send(connection.socket, { op: 11 });
        return;
      case 2:
        this.identify(connection, d);
        return;
      case 6:
        this.resume(connection, d);
        return;
      case 3:
      case 4:
        return;
      case 8:
        this.requestMembers(connection, d);
        return;
      default:
        connection.socket.close(4001, 'Unknown opcode.');
    }
  }

  private identify(connection: Connection, d: JsonObject): void {
    if (connection.session) {
      connection.socket.close(4005, 'Already authenticated.');
      return;
    }
    const accepted = d['token'] === this.state.config.token;
    const shardField = Array.isArray(d['shard']) ? (d['shard'] as number[]) : null;
    const shard: [number, number] = [shardField?.[0] ?? 0, shardField?.[1] ?? 1];
    const session: Session | null = accepted
      ? { id: randomBytes(16).toString('hex'), shard, intents: Number(d['intents'] ?? 0), seq: 0, log: [], socket: connection.socket, invalid: false }
      : null;
    this.state.identifies.push({
      token: String(d['token']),
      intents: Number(d['intents'] ?? 0),
      shard: shardField ? shard : null,
      properties: d['properties'],
      accepted,
      sessionId: session?.id ?? null,
      time: Date.now(),
    });
    this.state.notify();
    if (!session) {
      connection.socket.close(4004, 'Authentication failed.');
      return;
    }
    connection.session = session;
    this.sessions.set(session.id, session);
    const { bot, applicationId } = this.state.config;
    const guilds = this.state.config.guilds.filter((guild) => this.shardOf(guild.id, shard[1]) === shard[0]);
    this.push(session, 'READY', {
      v: 10,
      user: { ...bot, verified: true, mfa_enabled: false, email: null, flags: 0 },
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.state.gatewayUrl,
      application: { id: applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      ...(shardField ? { shard } : {}),
      _trace: ['["loopback-gateway",{}]'],
    });
    if ((session.intents & Intent.Guilds) !== 0) {
      for (const guild of guilds) this.push(session, 'GUILD_CREATE', guildCreatePayload(guild, bot));
    }
    this.state.readyCount++;
    this.state.notify();
  }

  private resume(connection: Connection, d: JsonObject): void {
    const session = this.sessions.get(String(d['session_id']));
    const seq = Number(d['seq'] ?? 0);
    const record = { sessionId: String(d['session_id']), seq, accepted: false, replayed: 0, time: Date.now() };
    this.state.resumes.push(record);
    if (d['token'] !== this.state.config.token) {
      this.state.notify();
      connection.socket.close(4004, 'Authentication failed.');
      return;
    }
    if (!session || session.invalid || seq > session.seq) {
      this.state.notify();
      this.send(connection.socket, { op: 9, d: false });
      return;
    }
    if (session.socket && session.socket !== connection.socket) session.socket.close(4009, 'Session resumed elsewhere.');
    session.socket = connection.socket;
    connection.session = session;
    const missed = session.log.filter((event) => event.s > seq);
    for (const event of missed) this.send(connection.socket, event);
    this.push(session, 'RESUMED', { _trace: ['["loopback-gateway",{}]'] });
    record.accepted = true;
    record.replayed = missed.length;
    this.state.notify();
  }

  private requestMembers(connection: Connection, d: JsonObject): void {
    const session = connection.session;
    const guild = this.state.guild(String(d['guild_id']));
    if (!session || !guild) return;
    const wanted = Array.isArray(d['user_ids']) ? new Set((d['user_ids'] as unknown[]).map(String)) : null;
    const query = typeof d['query'] === 'string' ? d['query'].toLowerCase() : '';
    const members = [...this.state.users.values()]
      .filter((user) => (wanted ? wanted.has(user.id) : user.username.toLowerCase().startsWith(query)))
      .map((user) => buildMember(user, user.id === this.state.config.bot.id ? [guild.botRoleId] : [], guild.joinedAt));
    this.push(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: guild.id,
      members,
      chunk_index: 0,
      chunk_count: 1,
      not_found: [],
      ...(d['nonce'] !== undefined ? { nonce: d['nonce'] } : {}),
    });
  }

  private push(session: Session, t: string, d: unknown): void {
    session.seq++;
    const event: Dispatch = { op: 0, t, s: session.seq, d };
    session.log.push(event);
    if (session.socket) this.send(session.socket, event);
  }

  private shardOf(guildId: string | null, count: number): number {
    return guildId === null ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(count));
  }

  private liveSession(guildId: string | null): Session | null {
    let found: Session | null = null;
    for (const session of this.sessions.values()) {
      if (!session.invalid && this.shardOf(guildId, session.shard[1]) === session.shard[0]) found = session;
    }
    return found;
  }

  /** The intents of the newest live session receiving events of `guildId` (DMs go to shard 0), or null. */
  intentsFor(guildId: string | null): number | null {
    return this.liveSession(guildId)?.intents ?? null;
  }

  /**
   * Dispatches an event to the session handling `guildId`; it is replayed on RESUME if the socket is down.
   * @returns false when no session exists
   */
  dispatch(t: string, d: unknown, guildId: string | null): boolean {
    const session = this.liveSession(guildId);
    if (!session) return false;
    this.push(session, t, d);
    return true;
  }

  /** Closes every gateway socket with `code`; sessions stay resumable unless the code ends them. */
  disconnectAll(code: number, reason = 'Disconnected by the test server.'): void {
    for (const { socket } of this.connections) socket.close(code, reason);
  }

  /** Destroys every socket without a close frame, as a lost TCP connection does (the client sees 1006). */
  terminateAll(): void {
    for (const { socket } of this.connections) socket.terminate();
  }

  /** Leaves the next `count` heartbeats unanswered: the client should take the connection for a zombie, reconnect and RESUME. */
  withholdHeartbeatAcks(count: number): void {
    this.acksToWithhold = count;
  }

  /** Keeps only the last `count` dispatches of each session for RESUME replays (long load runs). */
  trimLogs(count: number): void {
    for (const session of this.sessions.values()) if (session.log.length > count) session.log.splice(0, session.log.length - count);
  }

  /** Sends op 7 RECONNECT: the client should reconnect and RESUME. */
  requestReconnect(): void {
    for (const { socket } of this.connections) this.send(socket, { op: 7, d: null });
  }

  /** Sends op 9 INVALID SESSION; when not resumable the sessions are dropped and the client must IDENTIFY again. */
  invalidateSessions(resumable: boolean): void {
    for (const { socket, session } of this.connections) {
      if (session && !resumable) session.invalid = true;
      this.send(socket, { op: 9, d: resumable });
    }
  }

  /** Terminates every socket and stops accepting upgrades. */
  async close(): Promise<void> {
    for (const { socket } of this.connections) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
