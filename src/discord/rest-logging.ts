import { RESTEvents, type REST } from 'discord.js';
import type { Logger } from '../logger.js';

/**
 * One warning per rate limit (429) and per server error (5xx) Discord answers. discord.js waits
 * the former out and retries the latter (three times); these lines say that it happened. Its
 * own waits before a request, to stay within a bucket it knows, are routine: debug only. Only the
 * generalised route is logged (`/interactions/:id/:token/callback`), never a URL, which would
 * carry an interaction's token.
 */
export const logRestTrouble = (rest: REST, logger: Logger): void => {
  rest.on(RESTEvents.Response, (request, response) => {
    const where = { route: request.route, method: request.method.toUpperCase(), status: response.status };
    if (response.status === 429) {
      const global = response.headers.get('x-ratelimit-global') !== null;
      const retryAfterMs = Math.round(Number(response.headers.get('retry-after') ?? 0) * 1000);
      logger.warn({ ...where, global, scope: response.headers.get('x-ratelimit-scope') ?? undefined, retryAfterMs }, global ? 'rate limited by Discord (global); waiting' : 'rate limited by Discord; waiting');
    } else if (response.status >= 500) {
      const retrying = request.retries < rest.options.retries;
      logger.warn({ ...where, attempt: request.retries + 1 }, retrying ? 'Discord answered a server error; retrying' : 'Discord answered a server error; giving up');
    }
  });
  rest.on(RESTEvents.RateLimited, (info) =>
    logger.debug({ route: info.route, method: info.method.toUpperCase(), global: info.global, waitMs: Math.round(info.timeToReset) }, 'waiting for a rate limit bucket'),
  );
};
