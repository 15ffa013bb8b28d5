import crypto from 'node:crypto';

/**
 * The questions behind answer buttons. A custom id holds at most 100 characters, so buttons carry
 * a short key (a hash of the question) and this bounded LRU map holds the text.
 */
export class QuestionStore {
  private readonly entries = new Map<string, string>();

  constructor(private readonly capacity = 2000) {}

  /** The key for `question`, remembered as the most recently used. */
  remember(question: string): string {
    const key = questionKey(question);
    this.entries.delete(key);
    this.entries.set(key, question);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
    return key;
  }

  /** The question remembered under `key`, or undefined once it has been evicted (or after a restart). */
  recall(key: string): string | undefined {
    const question = this.entries.get(key);
    if (question !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, question);
    }
    return question;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A text's SHA-256, URL-safe: in one call where Node has `crypto.hash` (20.12 and later), else through a Hash object. */
const sha256 =
  typeof crypto.hash === 'function'
    ? (text: string): string => crypto.hash('sha256', text, 'base64url')
    : (text: string): string => crypto.createHash('sha256').update(text).digest('base64url');

/** 16 URL-safe characters of the question's SHA-256. */
export const questionKey = (question: string): string => sha256(question).slice(0, 16);
