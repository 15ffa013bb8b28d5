import type { UnansweredQuestion } from '../app/unanswered.js';

/** Questions that differ only in case, spacing or final punctuation count as one (as in the store). */
const keyOf = (question: string) => question.toLowerCase().replace(/\s+/g, ' ').replace(/[\s?!.…]+$/u, '').trim();

/**
 * The unanswered questions of several stores (one per shard) as one list: counts added up, the
 * latest asking kept, most asked first (ties: the most recent first).
 */
export const mergeUnanswered = (lists: readonly (readonly UnansweredQuestion[])[]): UnansweredQuestion[] => {
  const merged = new Map<string, UnansweredQuestion>();
  for (const q of lists.flat()) {
    const key = keyOf(q.question);
    const seen = merged.get(key);
    merged.set(
      key,
      seen ? { question: seen.question, count: seen.count + q.count, lastAsked: seen.lastAsked > q.lastAsked ? seen.lastAsked : q.lastAsked } : q,
    );
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked));
};
