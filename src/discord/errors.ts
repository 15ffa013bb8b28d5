/**
 * Thrown by a command handler when the user asked for something that cannot be done (an unknown
 * ref, a missing permission, a cooldown). The message is safe to show and is shown privately.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** Thrown by startBot when Discord refuses the login or cannot be reached; the message is one line. */
export class DiscordLoginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiscordLoginError';
  }
}

const DEFAULT_API = 'https://discord.com/api';

/**
 * One line saying what went wrong talking to Discord and what to do about it, for errors from
 * discord.js (`TokenInvalid`, `DiscordAPIError`, a failed fetch). Never includes a stack or the token.
 */
export const describeDiscordError = (err: unknown, apiUrl: string | undefined): string => {
  const e = err as { code?: unknown; status?: unknown; message?: unknown; cause?: { code?: unknown } };
  const message = typeof e.message === 'string' ? (e.message.split('\n')[0] ?? '') : String(err);
  if (e.code === 'TokenInvalid' || e.status === 401) {
    return 'DISCORD_TOKEN was rejected by Discord (401 Unauthorized) — reset the token on the Bot page of your application and put the new one in .env';
  }
  if (e.code === 'DisallowedIntents') return 'Discord refused the gateway intents — this bot needs no privileged intent; check the Bot page of your application';
  if (typeof e.status === 'number') return `Discord answered ${e.status} (${message}) — check DISCORD_CLIENT_ID, DISCORD_GUILD_ID and that the bot is in that server`;
  const cause = typeof e.cause?.code === 'string' ? e.cause.code : undefined;
  if (cause || message === 'fetch failed') return `cannot reach Discord at ${apiUrl ?? DEFAULT_API} (${cause ?? message}) — check the network and DISCORD_API_URL`;
  return message;
};

/** One line for a gateway close discord.js does not recover from, saying what to do. */
export const describeGatewayClose = (code: number): string => {
  if (code === 4004) return 'the gateway refused DISCORD_TOKEN (close 4004) — reset the token on the Bot page of your application and put the new one in .env';
  if (code === 4013 || code === 4014) return `the gateway refused the intents (close ${code}) — this bot needs no privileged intent; check the Bot page of your application`;
  if (code === 4010 || code === 4011) return `the gateway refused the shard (close ${code}) — set BOT_SHARDS=auto`;
  return `the gateway closed with code ${code} and will not reconnect`;
};
