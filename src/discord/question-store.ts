import { hash } from 'node:crypto';

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

/** 16 URL-safe characters of the question's SHA-256 (one-shot: no Hash object per question). */
export const questionKey = (question: string): string => hash('sha256', question, 'base64url').slice(0, 16);
