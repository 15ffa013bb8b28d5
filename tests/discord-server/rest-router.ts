import type { IncomingHttpHeaders } from 'node:http';
import { buildMember, snowflake } from './fixtures.ts';
import { createFollowUp, interactionCallback, webhookMessage } from './rest-interactions.ts';
import {
  addReaction,
  asObject,
  createChannelMessage,
  deleteChannelMessage,
  editChannelMessage,
  getChannelMessage,
  notFound,
  param,
  reject,
  type RestContext,
  type RestResult,
} from './rest-messages.ts';
import type { ServerState } from './state.ts';
import type { CommandObject, JsonObject } from './types.ts';
import { validateCommands } from './validation.ts';

interface Route {
  method: string;
  segments: string[];
  /** Interaction and webhook routes are authorised by their token, not the bot token. */
  auth: boolean;
  handle: (ctx: RestContext) => RestResult;
}

const ok = (body: unknown): RestResult => ({ status: 200, body });

function gatewayBot(ctx: RestContext): RestResult {
  return ok({
    url: ctx.state.gatewayUrl,
    shards: ctx.state.config.shards,
    session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: ctx.state.config.maxConcurrency },
  });
}

function application(ctx: RestContext): RestResult {
  const { applicationId, bot, guilds } = ctx.state.config;
  return ok({
    id: applicationId,
    name: bot.username,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    owner: ctx.state.config.defaultUser,
    team: null,
    bot,
    approximate_guild_count: guilds.length,
    integration_types_config: { '0': {} },
    tags: [],
  });
}

function commandList(ctx: RestContext): CommandObject[] {
  const guildId = ctx.params['guild'];
  if (guildId === undefined) return ctx.state.globalCommands;
  const existing = ctx.state.guildCommands.get(guildId);
  if (existing) return existing;
  const created: CommandObject[] = [];
  ctx.state.guildCommands.set(guildId, created);
  return created;
}

function storedCommand(ctx: RestContext, input: JsonObject, previous: CommandObject[]): CommandObject {
  const type = Number(input['type'] ?? 1);
  const name = String(input['name']);
  const same = previous.find((command) => command.name === name && command.type === type);
  const guildId = ctx.params['guild'];
  return {
    default_member_permissions: null,
    nsfw: false,
    integration_types: [0],
    contexts: null,
    description: '',
    ...input,
    id: same?.id ?? snowflake(),
    application_id: ctx.state.config.applicationId,
    version: snowflake(),
    type,
    name,
    ...(guildId !== undefined ? { guild_id: guildId } : {}),
  };
}

function commandsRoute(ctx: RestContext): RestResult {
  if (param(ctx, 'app') !== ctx.state.config.applicationId) return reject(ctx, 403, { code: 50001, message: 'Missing Access' });
  if (ctx.params['guild'] !== undefined && !ctx.state.guild(ctx.params['guild'])) {
    return reject(ctx, 403, { code: 50001, message: 'Missing Access' });
  }
  const list = commandList(ctx);
  if (ctx.method === 'GET') return ok(list);
  if (ctx.method === 'PUT') {
    const invalid = validateCommands(ctx.body);
    if (invalid) return reject(ctx, 400, invalid);
    const next = (ctx.body as unknown[]).map((input) => storedCommand(ctx, asObject(input), list));
    list.splice(0, list.length, ...next);
    return ok(list);
  }
  const invalid = validateCommands([ctx.body]);
  if (invalid) return reject(ctx, 400, invalid);
  const command = storedCommand(ctx, asObject(ctx.body), list);
  const index = list.findIndex((existing) => existing.id === command.id);
  if (index === -1) list.push(command);
  else list[index] = command;
  return { status: index === -1 ? 201 : 200, body: command };
}

function commandRoute(ctx: RestContext): RestResult {
  const list = commandList(ctx);
  const index = list.findIndex((command) => command.id === param(ctx, 'command'));
  if (index === -1) return notFound(10063, 'Unknown application command');
  if (ctx.method === 'GET') return ok(list[index]);
  if (ctx.method === 'DELETE') {
    list.splice(index, 1);
    return { status: 204 };
  }
  const command = { ...list[index], ...asObject(ctx.body) } as CommandObject;
  list[index] = command;
  return ok(command);
}

function channelRoute(ctx: RestContext): RestResult {
  const channel = ctx.state.channels.get(param(ctx, 'channel'));
  return channel ? ok(channel) : notFound(10003, 'Unknown Channel');
}

function typing(ctx: RestContext): RestResult {
  return ctx.state.channels.has(param(ctx, 'channel')) ? { status: 204 } : reject(ctx, 404, { code: 10003, message: 'Unknown Channel' });
}

function createDm(ctx: RestContext): RestResult {
  const user = ctx.state.users.get(String(asObject(ctx.body)['recipient_id']));
  if (!user) return reject(ctx, 400, { code: 50033, message: 'Invalid Recipient(s)' });
  return ok(ctx.state.dmChannel(user));
}

function guildRoute(ctx: RestContext, pick: (guild: NonNullable<ReturnType<ServerState['guild']>>) => unknown): RestResult {
  const guild = ctx.state.guild(param(ctx, 'guild'));
  return guild ? ok(pick(guild)) : notFound(10004, 'Unknown Guild');
}

function guildMember(ctx: RestContext): RestResult {
  const guild = ctx.state.guild(param(ctx, 'guild'));
  const user = ctx.state.users.get(param(ctx, 'user'));
  if (!guild || !user) return notFound(10007, 'Unknown Member');
  const roles = user.id === ctx.state.config.bot.id ? [guild.botRoleId] : [];
  return ok(buildMember(user, roles, guild.joinedAt));
}

function route(method: string, path: string, handle: Route['handle'], auth = true): Route {
  return { method, segments: path.split('/').filter(Boolean), auth, handle };
}

const WEBHOOK_MESSAGE = '/webhooks/:app/:token/messages/:message';

/** Every route the server knows, most specific first. */
const ROUTES: Route[] = [
  route('GET', '/gateway/bot', gatewayBot),
  route('GET', '/gateway', (ctx) => ok({ url: ctx.state.gatewayUrl }), false),
  route('GET', '/users/@me', (ctx) => ok({ ...ctx.state.config.bot, verified: true, mfa_enabled: false, email: null, locale: 'en-US' })),
  route('POST', '/users/@me/channels', createDm),
  route('GET', '/users/:user', (ctx) => {
    const user = ctx.state.users.get(param(ctx, 'user'));
    return user ? ok(user) : notFound(10013, 'Unknown User');
  }),
  route('GET', '/applications/@me', application),
  route('GET', '/oauth2/applications/@me', application),
  ...['GET', 'PUT', 'POST'].flatMap((method) => [
    route(method, '/applications/:app/commands', commandsRoute),
    route(method, '/applications/:app/guilds/:guild/commands', commandsRoute),
  ]),
  ...['GET', 'PATCH', 'DELETE'].flatMap((method) => [
    route(method, '/applications/:app/commands/:command', commandRoute),
    route(method, '/applications/:app/guilds/:guild/commands/:command', commandRoute),
  ]),
  route('POST', '/interactions/:interaction/:token/callback', interactionCallback, false),
  route('POST', '/webhooks/:app/:token', createFollowUp, false),
  route('GET', WEBHOOK_MESSAGE, webhookMessage, false),
  route('PATCH', WEBHOOK_MESSAGE, webhookMessage, false),
  route('DELETE', WEBHOOK_MESSAGE, webhookMessage, false),
  route('GET', '/channels/:channel', channelRoute),
  route('POST', '/channels/:channel/messages', createChannelMessage),
  route('GET', '/channels/:channel/messages/:message', getChannelMessage),
  route('PATCH', '/channels/:channel/messages/:message', editChannelMessage),
  route('DELETE', '/channels/:channel/messages/:message', deleteChannelMessage),
  route('PUT', '/channels/:channel/messages/:message/reactions/:emoji/@me', addReaction),
  route('POST', '/channels/:channel/typing', typing),
  route('GET', '/guilds/:guild', (ctx) => guildRoute(ctx, (guild) => ({ id: guild.id, name: guild.name, owner_id: guild.ownerId, roles: guild.roles, features: [], emojis: [], stickers: [] }))),
  route('GET', '/guilds/:guild/channels', (ctx) => guildRoute(ctx, (guild) => guild.channels)),
  route('GET', '/guilds/:guild/roles', (ctx) => guildRoute(ctx, (guild) => guild.roles)),
  route('GET', '/guilds/:guild/members/:user', guildMember),
];

function match(segments: string[], pattern: string[]): Record<string, string> | null {
  if (segments.length !== pattern.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const actual = segments[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = actual;
    else if (part !== actual) return null;
  }
  return params;
}

/** Where a REST request goes: a route and its parameters, 405 when only the method is wrong, or null. */
export function findRoute(method: string, segments: string[]): { route: Route; params: Record<string, string> } | 'method-not-allowed' | null {
  let pathMatched = false;
  for (const candidate of ROUTES) {
    const params = match(segments, candidate.segments);
    if (!params) continue;
    if (candidate.method === method) return { route: candidate, params };
    pathMatched = true;
  }
  return pathMatched ? 'method-not-allowed' : null;
}

/** True when the request carries the bot token the server accepts. */
export function isAuthorised(state: ServerState, headers: IncomingHttpHeaders): boolean {
  return headers.authorization === `Bot ${state.config.token}`;
}
