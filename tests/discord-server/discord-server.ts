import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultInjector } from './faults.ts';
import type { GuildFixture } from './fixtures.ts';
import { Gateway } from './gateway.ts';
import { InteractionHandle, MessageHandle } from './handles.ts';
import { deliverOverHttp, type Delivery, type InteractionsEndpoint } from './http-delivery.ts';
import { InvalidBodyError, newRecord, parseBody, readBody, sendJson, type ParsedBody } from './http-body.ts';
import { InteractionHelpers } from './interaction-helpers.ts';
import { buildInteraction } from './interaction-payloads.ts';
import { buildMessageCreate } from './message-create.ts';
import { findRoute, isAuthorised } from './rest-router.ts';
import { ServerState } from './state.ts';
import type {
  CommandObject,
  DiscordServerOptions,
  FaultRule,
  HangRule,
  IdentifyRecord,
  InteractionInput,
  MessageInput,
  MessageObject,
  RecordedRequest,
  ResumeRecord,
  UserObject,
  Violation,
} from './types.ts';

/**
 * A Discord-compatible REST API and gateway on 127.0.0.1 for end-to-end tests with the real discord.js client.
 * Create it with {@link startDiscordServer}; point the client at it with `rest: { api: server.restUrl }`.
 */
export class DiscordServer extends InteractionHelpers {
  /** Internal failures of this fake server; they should stay empty. */
  readonly errors: Error[] = [];
  private readonly gateway: Gateway;
  private readonly http: Server;
  private readonly faults = new FaultInjector();
  private portNumber = 0;
  private endpoint: InteractionsEndpoint | undefined;
  /** What the Interactions Endpoint answered, by interaction id (HTTP delivery only). */
  readonly deliveries = new Map<string, Promise<Delivery>>();

  /** @internal Use {@link startDiscordServer}. */
  constructor(options: DiscordServerOptions = {}) {
    const state = new ServerState(options);
    super(state);
    this.gateway = new Gateway(state);
    this.http = createServer((req, res) => {
      this.onRequest(req, res).catch((error: unknown) => {
        this.errors.push(error as Error);
        sendJson(res, 500, { message: '500: Internal Server Error', code: 0 });
      });
    });
    this.http.on('upgrade', (req, socket, head) => this.gateway.handleUpgrade(req, socket, head));
  }

  /** @internal */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(0, '127.0.0.1', () => resolve());
    });
    this.portNumber = (this.http.address() as AddressInfo).port;
    this.state.gatewayUrl = `ws://127.0.0.1:${this.portNumber}`;
  }

  /** The TCP port the server listens on. */
  get port(): number {
    return this.portNumber;
  }
  /** The discord.js `rest.api` option: `http://127.0.0.1:PORT/api`. */
  get restUrl(): string {
    return `http://127.0.0.1:${this.portNumber}/api`;
  }
  /** `ws://127.0.0.1:PORT`, as reported by /gateway/bot and READY's resume_gateway_url. */
  get gatewayUrl(): string {
    return this.state.gatewayUrl;
  }
  /** The bot token the server accepts. */
  get token(): string {
    return this.state.config.token;
  }
  /** The application id (by default the bot user's id). */
  get applicationId(): string {
    return this.state.config.applicationId;
  }
  /** The bot's user object. */
  get botUser(): UserObject {
    return this.state.config.bot;
  }
  /** `<@botId>`, to mention the bot in message content. */
  get botMention(): string {
    return `<@${this.state.config.bot.id}>`;
  }
  /** The user who runs commands and writes messages unless a call names another. */
  get defaultUser(): UserObject {
    return this.state.config.defaultUser;
  }
  /** The guilds reported to the bot, with their channels and roles. */
  get guilds(): readonly GuildFixture[] {
    return this.state.config.guilds;
  }
  /** Every REST request, in arrival order. */
  get requests(): readonly RecordedRequest[] {
    return this.state.requests;
  }
  /** Requests Discord would have rejected (limits, double acknowledgement, unknown webhook…). */
  get violations(): readonly Violation[] {
    return this.state.violations;
  }
  /** Requests to routes this server does not know (answered 404 or 405). */
  get unknownRoutes(): readonly RecordedRequest[] {
    return this.state.unknownRoutes;
  }
  /** Registered commands, global ones first; guild ones carry `guild_id`. */
  get commands(): readonly CommandObject[] {
    return [...this.state.globalCommands, ...[...this.state.guildCommands.values()].flat()];
  }
  /** Every message the server knows (the bot's and the test users'). */
  get messages(): readonly MessageObject[] {
    return [...this.state.messages.values()];
  }
  /** Every IDENTIFY received (accepted or not), with its intents. */
  get identifies(): readonly IdentifyRecord[] {
    return this.state.identifies;
  }
  /** Every RESUME received (accepted or not). */
  get resumes(): readonly ResumeRecord[] {
    return this.state.resumes;
  }
  /** How many IDENTIFYs were received. */
  get identifyCount(): number {
    return this.state.identifies.length;
  }
  /** How many RESUMEs were accepted. */
  get resumeCount(): number {
    return this.state.resumes.filter((resume) => resume.accepted).length;
  }

  /** Makes the next `times` (default 1) matching REST requests fail with `status`. */
  failNext(rule: FaultRule): void {
    this.faults.failNext(rule);
  }

  /** Makes the next `times` (default 1) matching REST requests wait `ms` (forever when unset) before being handled. */
  hangNext(rule: HangRule): void {
    this.faults.hangNext(rule);
  }

  /** Dispatches a complete INTERACTION_CREATE built from `input` once a gateway session is ready. */
  async sendInteraction(input: InteractionInput, label = `type ${input.type}`): Promise<InteractionHandle> {
    const record = buildInteraction(this.state, input, label);
    if (this.endpoint) {
      record.dispatchedAt = Date.now();
      const delivery = deliverOverHttp(this.state, this.endpoint, record);
      delivery.catch((error: unknown) => this.errors.push(error as Error));
      this.deliveries.set(record.id, delivery);
      return new InteractionHandle(this.state, record);
    }
    await this.waitForSession(record.guildId);
    record.dispatchedAt = Date.now();
    this.gateway.dispatch('INTERACTION_CREATE', record.payload, record.guildId);
    return new InteractionHandle(this.state, record);
  }

  /**
   * From now on, deliver interactions to an Interactions Endpoint URL (signed POSTs) instead of
   * the gateway, as Discord does for an application that has one; `undefined` goes back to the gateway.
   */
  useInteractionsEndpoint(endpoint: InteractionsEndpoint | undefined): void {
    this.endpoint = endpoint;
  }

  /**
   * Dispatches MESSAGE_CREATE from a user, as Discord would for the bot's intents: not at all without
   * GUILD_MESSAGES / DIRECT_MESSAGES, and with empty content in guilds without MESSAGE_CONTENT unless the bot is mentioned.
   */
  async sendMessage(input: MessageInput): Promise<MessageHandle> {
    const draft = buildMessageCreate(this.state, input);
    const intents = await this.waitForSession(draft.guildId);
    const { payload, delivered } = draft.forIntents(intents);
    if (delivered) this.gateway.dispatch('MESSAGE_CREATE', payload, draft.guildId);
    return new MessageHandle(this.state, payload, delivered);
  }

  /** Dispatches any gateway event to the session of `guildId` (shard 0 when null). */
  dispatch(event: string, data: unknown, guildId: string | null = null): boolean {
    return this.gateway.dispatch(event, data, guildId);
  }

  /** Closes every gateway socket with `code`; with 4000 discord.js reconnects and RESUMEs. */
  disconnectAll(code = 4000): void {
    this.gateway.disconnectAll(code);
  }

  /** Destroys every gateway socket without a close frame (an abrupt TCP loss); discord.js sees 1006 and RESUMEs. */
  terminateAll(): void {
    this.gateway.terminateAll();
  }

  /** Leaves the next `count` heartbeats without their ACK; discord.js closes the zombie connection and RESUMEs. */
  withholdHeartbeatAcks(count = 1): void {
    this.gateway.withholdHeartbeatAcks(count);
  }

  /** Sends op 7 RECONNECT to every socket. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** Sends op 9 INVALID SESSION; unless `resumable`, the client has to IDENTIFY again (discord.js waits ≥5 s for that). */
  invalidateSession(resumable = false): void {
    this.gateway.invalidateSessions(resumable);
  }

  /** Resolves once `count` (default 1) IDENTIFYs in all have been received. */
  waitForIdentify({ count = 1, timeoutMs }: { count?: number; timeoutMs?: number } = {}): Promise<IdentifyRecord> {
    return this.state.waitFor(() => this.state.identifies[count - 1], timeoutMs, () => `IDENTIFY #${count} (${this.identifyCount} so far)`);
  }

  /** Resolves once `count` (default 1) READY dispatches (with their GUILD_CREATEs) have been sent in all. */
  async waitForReady({ count = 1, timeoutMs }: { count?: number; timeoutMs?: number } = {}): Promise<void> {
    const probe = (): true | undefined => (this.state.readyCount >= count ? true : undefined);
    await this.state.waitFor(probe, timeoutMs, () => `READY #${count} (${this.state.readyCount} so far)`);
  }

  /** Resolves once `count` (default 1) RESUMEs in all have been accepted. */
  waitForResume({ count = 1, timeoutMs }: { count?: number; timeoutMs?: number } = {}): Promise<ResumeRecord> {
    return this.state.waitFor(
      () => this.state.resumes.filter((resume) => resume.accepted)[count - 1],
      timeoutMs,
      () => `RESUME #${count} (${this.resumeCount} accepted so far, ${this.state.resumes.length} received)`,
    );
  }

  /** Resolves with the first answered REST request matching `predicate`. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest> {
    return this.state.waitFor(
      () => this.state.requests.find((request) => request.status !== 0 && predicate(request)),
      timeoutMs,
      () => `a matching request; last requests: ${this.state.describeRequests(() => true)}`,
    );
  }

  /**
   * Forgets what is older than `ms`: recorded requests, messages, and interactions already
   * answered; and all but the last 1,000 dispatches kept for RESUME. For long load runs, so that
   * the server's memory stays flat too.
   */
  prune(ms: number): void {
    const before = Date.now() - ms;
    const { state } = this;
    const keep = state.requests.filter((request) => request.time >= before || request.status === 0);
    state.requests.splice(0, state.requests.length, ...keep);
    for (const [id, message] of state.messages) if (Date.parse(message.timestamp) < before) state.messages.delete(id);
    for (const [id, record] of state.interactions) if (record.callback && record.dispatchedAt < before) state.interactions.delete(id);
    this.gateway.trimLogs(1000);
  }

  /** Stops the server: gateway sockets are terminated and pending waits reject. */
  async close(): Promise<void> {
    if (this.state.closed) return;
    this.state.close();
    this.faults.clear();
    await this.gateway.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private async waitForSession(guildId: string | null): Promise<number> {
    return this.state.waitFor(
      () => this.gateway.intentsFor(guildId) ?? undefined,
      undefined,
      () => `a gateway session for ${guildId === null ? 'DMs' : `guild ${guildId}`} (has the client logged in?)`,
    );
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { record, api } = newRecord(req);
    const { method } = record;
    this.state.requests.push(record);
    const finish = (status: number, body: unknown, headers?: Record<string, string>): void => {
      record.status = status;
      sendJson(res, status, body, headers);
      this.state.notify();
    };
    let parsed: ParsedBody;
    try {
      parsed = await parseBody(await readBody(req), req.headers['content-type']);
    } catch (error) {
      if (!(error instanceof InvalidBodyError)) throw error;
      finish(400, { message: 'The request body contains invalid JSON.', code: 50109 });
      return;
    }
    record.body = parsed.body;
    record.files = parsed.files;
    const hang = this.faults.takeHang(method, record.path);
    if (hang) {
      record.injected = true;
      this.state.notify();
      if (hang.ms === undefined) return;
      await this.faults.delay(hang.ms);
    }
    const fault = this.faults.takeFault(method, record.path);
    if (fault) {
      record.injected = true;
      finish(fault.status, fault.body, fault.headers);
      return;
    }
    const found = api ? findRoute(method, api) : null;
    if (found === null || found === 'method-not-allowed') {
      this.state.unknownRoutes.push(record);
      if (found === null) finish(404, { message: '404: Not Found', code: 0 });
      else finish(405, { message: '405: Method Not Allowed', code: 0 });
      return;
    }
    if (found.route.auth && !isAuthorised(this.state, req.headers)) {
      finish(401, { message: '401: Unauthorized', code: 0 });
      return;
    }
    const result = found.route.handle({ state: this.state, method, path: record.path, params: found.params, query: record.query, ...parsed });
    finish(result.status, result.body, result.headers);
  }
}

/**
 * Starts a {@link DiscordServer} on 127.0.0.1 with a random port.
 * @example
 * const server = await startDiscordServer();
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: server.restUrl } });
 * await client.login(server.token);
 */
export async function startDiscordServer(options: DiscordServerOptions = {}): Promise<DiscordServer> {
  const server = new DiscordServer(options);
  await server.listen();
  return server;
}
