import type { Answer } from './engine.js';

/** One question of an evaluation set (tests/fixtures/questions-*.json). */
export interface EvalQuestion {
  readonly question: string;
  readonly kind: string;
  /** The ref of the passage that answers it; absent for questions the content must refuse. */
  readonly expect?: string;
  /** Other refs that answer it equally well. */
  readonly also?: readonly string[];
}

export interface KindScore {
  readonly kind: string;
  readonly total: number;
  /** On-topic: best passage right. Off-topic: refused. */
  readonly top1: number;
  readonly top3: number;
  /** On-topic questions refused. */
  readonly refused: number;
}

export interface EvalReport {
  readonly kinds: readonly KindScore[];
  readonly onTopic: KindScore;
  readonly offTopic: { readonly total: number; readonly refused: number };
  readonly misses: readonly { question: string; kind: string; expect?: string; got: readonly string[] }[];
}

/** Scores answers against expected refs: top-1 and top-3 accuracy per kind, and refusals. */
export const evaluate = (questions: readonly EvalQuestion[], answerOf: (q: string) => Answer): EvalReport => {
  const byKind = new Map<string, { total: number; top1: number; top3: number; refused: number }>();
  const misses: { question: string; kind: string; expect?: string; got: string[] }[] = [];
  let offTotal = 0;
  let offRefused = 0;
  for (const q of questions) {
    const answer = answerOf(q.question);
    const got = answer.kind === 'answered' ? answer.passages.slice(0, 3).map((p) => p.passage.ref) : [];
    if (!q.expect) {
      offTotal += 1;
      if (answer.kind === 'not-covered') offRefused += 1;
      else misses.push({ question: q.question, kind: q.kind, got });
      continue;
    }
    const good = new Set([q.expect, ...(q.also ?? [])]);
    const s = byKind.get(q.kind) ?? { total: 0, top1: 0, top3: 0, refused: 0 };
    s.total += 1;
    if (got[0] && good.has(got[0])) s.top1 += 1;
    if (got.some((r) => good.has(r))) s.top3 += 1;
    if (answer.kind === 'not-covered') s.refused += 1;
    if (!got[0] || !good.has(got[0])) misses.push({ question: q.question, kind: q.kind, expect: q.expect, got });
    byKind.set(q.kind, s);
  }
  const kinds = [...byKind].map(([kind, s]) => ({ kind, ...s }));
  const sum = (k: 'total' | 'top1' | 'top3' | 'refused') => kinds.reduce((n, s) => n + s[k], 0);
  return {
    kinds,
    onTopic: { kind: 'all on-topic', total: sum('total'), top1: sum('top1'), top3: sum('top3'), refused: sum('refused') },
    offTopic: { total: offTotal, refused: offRefused },
    misses,
  };
};
