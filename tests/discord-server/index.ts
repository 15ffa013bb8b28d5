/** Loopback Discord-compatible REST API and gateway for end-to-end tests with the real discord.js client. */
export { DiscordServer, startDiscordServer } from './discord-server.ts';
export type { GuildFixture } from './fixtures.ts';
export { InteractionHandle, MessageHandle } from './handles.ts';
export type * from './types.ts';
export { signatureHeaders, type Delivery, type InteractionsEndpoint } from './http-delivery.ts';
