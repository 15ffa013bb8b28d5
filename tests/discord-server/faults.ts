import { STATUS_CODES } from 'node:http';
import type { FaultRule, HangRule } from './types.ts';

interface Countdown<T> {
  rule: T;
  remaining: number;
}

/** An injected response. */
export interface FaultResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

function matches(rule: { method?: string; pathPattern: RegExp | string }, method: string, path: string): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== method) return false;
  return typeof rule.pathPattern === 'string' ? path.includes(rule.pathPattern) : rule.pathPattern.test(path);
}

function take<T extends { method?: string; pathPattern: RegExp | string }>(list: Array<Countdown<T>>, method: string, path: string): T | undefined {
  const index = list.findIndex((entry) => matches(entry.rule, method, path));
  const entry = list[index];
  if (!entry) return undefined;
  if (--entry.remaining <= 0) list.splice(index, 1);
  return entry.rule;
}

/** The response Discord gives for a fault; a 429 carries the headers and body discord.js retries on. */
function faultResponse(rule: FaultRule): FaultResponse {
  if (rule.status !== 429) {
    return {
      status: rule.status,
      body: rule.body ?? { message: `${rule.status}: ${STATUS_CODES[rule.status] ?? 'Error'}`, code: 0 },
      headers: rule.headers ?? {},
    };
  }
  const retryAfter = rule.retryAfter ?? 0.05;
  const global = rule.global ?? false;
  const headers: Record<string, string> = global
    ? { 'retry-after': String(retryAfter), 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' }
    : {
        'retry-after': String(retryAfter),
        'x-ratelimit-scope': 'user',
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(retryAfter),
        'x-ratelimit-reset': (Date.now() / 1000 + retryAfter).toFixed(3),
      };
  return {
    status: 429,
    body: rule.body ?? { message: 'You are being rate limited.', retry_after: retryAfter, global },
    headers: { ...headers, ...rule.headers },
  };
}

/** Pending failNext/hangNext rules; each matching request uses up one of a rule's `times`. */
export class FaultInjector {
  private readonly faults: Array<Countdown<FaultRule>> = [];
  private readonly hangs: Array<Countdown<HangRule>> = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  /** Adds a rule answering matching requests with an error. */
  failNext(rule: FaultRule): void {
    this.faults.push({ rule, remaining: rule.times ?? 1 });
  }

  /** Adds a rule delaying (or never answering) matching requests. */
  hangNext(rule: HangRule): void {
    this.hangs.push({ rule, remaining: rule.times ?? 1 });
  }

  /** The injected response for this request, if a failNext rule matches. */
  takeFault(method: string, path: string): FaultResponse | undefined {
    const rule = take(this.faults, method, path);
    return rule ? faultResponse(rule) : undefined;
  }

  /** The hangNext rule matching this request, if any. */
  takeHang(method: string, path: string): HangRule | undefined {
    return take(this.hangs, method, path);
  }

  /** Waits `ms`; cancelled (never resolving) by {@link FaultInjector.clear}. */
  delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  /** Drops every rule and cancels pending delays. */
  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.faults.length = 0;
    this.hangs.length = 0;
  }
}
