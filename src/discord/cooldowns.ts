import { UserFacingError } from './errors.js';

/**
 * Per-user cooldown on questions. Memory stays bounded: entries are kept in expiry order and the
 * oldest go first.
 */
export class Cooldowns {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
    private readonly capacity = 10_000,
  ) {}

  /** Starts `userId`'s cooldown and returns 0, or returns the milliseconds left while one runs. */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const now = this.now();
    const until = this.until.get(userId);
    if (until !== undefined && until > now) return until - now;
    this.until.delete(userId);
    this.until.set(userId, now + this.seconds * 1000);
    for (const [id, end] of this.until) {
      if (end > now && this.until.size <= this.capacity) break;
      this.until.delete(id);
    }
    return 0;
  }

  /** How many users are remembered (at most the capacity). */
  get size(): number {
    return this.until.size;
  }

  /** Like {@link take}, but throws a polite UserFacingError while the cooldown runs. */
  check(userId: string): void {
    const left = this.take(userId);
    if (left > 0) {
      const seconds = Math.ceil(left / 1000);
      throw new UserFacingError(`You're asking quickly — please wait ${seconds} more second${seconds === 1 ? '' : 's'} before the next question.`);
    }
  }
}
