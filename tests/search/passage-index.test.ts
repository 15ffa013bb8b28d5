import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { compileSearch, compileShard, createPassageSearch, mergeShards } from '../../src/search/minisearch-index.js';
import { FIELD_BOOST, FIELDS } from '../../src/search/passage-index.js';
import type { Concept } from '../../src/search/query.js';
import { Ranker } from '../../src/search/rank.js';

type Doc = { id: number; text: string; title: string; context: string };

const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta', 'eta', 'theta');
const field = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '));
const corpus = fc.array(fc.record({ text: field, title: field, context: field }), { minLength: 1, maxLength: 25 });

const build = (docs: readonly Omit<Doc, 'id'>[]) => {
  const search = createPassageSearch();
  const terms = (field: string) => field.split(' ').filter(Boolean);
  docs.forEach((d, id) => search.add({ id, text: terms(d.text), title: terms(d.title), context: terms(d.context) }));
  const reference = new MiniSearch<Doc>({ fields: [...FIELDS], tokenize: (t) => t.split(' ').filter(Boolean), processTerm: (t) => t });
  reference.addAll(docs.map((d, id) => ({ id, ...d })));
  return { index: compileSearch(search), reference };
};

/**
 * The ranking as first written, over MiniSearch's own scores: every candidate scored, all sorted.
 * `relatedContext: false`: related words (weight below 1) matched in text and title only.
 */
const referenceRank = (reference: MiniSearch<Doc>, concepts: readonly Concept[], { relatedContext = true, relatedWords = true } = {}) => {
  const scores = new Map<string, Map<number, { score: number; fields: string[] }>>();
  const search = (term: string, fields: string[]) => new Map(reference.search(term, { boost: FIELD_BOOST, fields }).map((r) => [r.id as number, { score: r.score, fields: r.match[term] ?? [] }]));
  for (const term of new Set(concepts.flatMap((c) => c.terms.map((t) => t.term)))) scores.set(term, search(term, [...FIELDS]));
  const related = new Map<string, Map<number, { score: number; fields: string[] }>>();
  for (const term of new Set(concepts.flatMap((c) => c.terms.filter((t) => t.weight < 1).map((t) => t.term)))) related.set(term, search(term, ['text', 'title']));
  const total = concepts.reduce((n, c) => n + c.weight, 0) || 1;
  const scoresOf = (t: { term: string; weight: number }) => (t.weight < 1 && !relatedWords ? undefined : (!relatedContext && t.weight < 1 ? related : scores).get(t.term));
  const ids = new Set(concepts.flatMap((c) => c.terms.flatMap((t) => [...(scoresOf(t)?.keys() ?? [])])));
  return [...ids]
    .map((id) => {
      let raw = 0;
      let covered = 0;
      for (const c of concepts) {
        let best = 0;
        let strength = 0;
        for (const t of c.terms) {
          const m = scoresOf(t)?.get(id);
          if (!m) continue;
          best = Math.max(best, m.score * t.weight);
          strength = Math.max(strength, (m.fields.includes('text') ? 1 : m.fields.includes('title') ? 0.7 : 0.25) * Math.min(1, t.weight + 0.35));
        }
        raw += best * (c.weight > 0 ? 1 : 0.5);
        covered += c.weight * strength;
      }
      const coverage = covered / total;
      return { id, score: raw * coverage * coverage, coverage };
    })
    .sort((a, b) => b.score - a.score || a.id - b.id);
};

const concept = (terms: readonly { term: string; weight: number }[], weight: number): Concept => ({
  span: { start: 0, end: 0, terms: terms.map((t) => t.term), word: terms[0]?.term ?? '', named: false },
  terms,
  weight,
});

describe('PassageIndex', () => {
  it('GIVEN any passages THEN each term scores every passage exactly as MiniSearch does, with its field boosts or others', () => {
    fc.assert(
      fc.property(corpus, fc.constantFrom(undefined, { text: 1, title: 0.8, context: 0.15 }, { text: 0.5, title: 2, context: 1 }), (docs, other) => {
        const { index, reference } = build(docs);
        const n = index.size;
        const scores = new Float64Array(n);
        const fields = new Uint8Array(n);
        const touched = new Uint32Array(n);
        const boost = other ?? FIELD_BOOST;
        for (const term of ['alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta', 'eta', 'theta']) {
          const expected = new Map(reference.search(term, { boost }).map((r) => [r.id as number, r.score]));
          const id = index.termId(term);
          const count = id < 0 ? 0 : other ? index.accumulate(id, scores, fields, touched, 0, FIELDS.map((f) => other[f])) : index.accumulate(id, scores, fields, touched);
          const got = new Map(Array.from(touched.subarray(0, count), (p) => [p, scores[p]]));
          expect(got).toEqual(expected);
          for (const p of touched.subarray(0, count)) expect(index.inText(id, p)).toBe(docs[p]?.text.split(' ').includes(term));
          scores.fill(0);
          fields.fill(0);
        }
      }),
    );
  });

  it('GIVEN passages indexed in runs THEN the merged index is the one a single MiniSearch index gives', () => {
    // Runs indexed apart (on worker threads) must score as one index: the same postings, counts, lengths and averages.
    fc.assert(
      fc.property(corpus, fc.array(fc.nat(), { maxLength: 3 }), (docs, cuts) => {
        const bounds = [...new Set([0, ...cuts.map((c) => c % (docs.length + 1)), docs.length])].sort((a, b) => a - b);
        const terms = (field: string) => field.split(' ').filter(Boolean);
        const runs = bounds.slice(1).map((to, r) => {
          const from = bounds[r] as number;
          const search = createPassageSearch();
          docs.slice(from, to).forEach((d, i) => search.add({ id: from + i, text: terms(d.text), title: terms(d.title), context: terms(d.context) }));
          return compileShard(search);
        });
        expect(mergeShards(runs)).toEqual(build(docs).index.data);
      }),
    );
  });

  it('GIVEN passages sharing contexts, each context indexed once THEN the index is the one MiniSearch gives with every context inline', () => {
    // indexShard indexes each distinct glossary context once; every passage must still score as if its own copy were indexed.
    const pool = fc.array(field, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(pool, fc.array(fc.record({ text: field, title: field, context: fc.nat() }), { minLength: 1, maxLength: 25 }), fc.nat(20), (contexts, spec, first) => {
        const terms = (field: string) => field.split(' ').filter(Boolean);
        const docs = spec.map((d) => ({ text: d.text, title: d.title, context: contexts[d.context % contexts.length] as string }));
        const search = createPassageSearch();
        const contextSearch = createPassageSearch();
        const of = new Uint32Array(docs.length);
        const ids = new Map<string, number>();
        docs.forEach((d, i) => {
          let c = ids.get(d.context);
          if (c === undefined) {
            ids.set(d.context, (c = ids.size));
            contextSearch.add({ id: c, text: [], title: [], context: terms(d.context) });
          }
          of[i] = c;
          search.add({ id: first + i, text: terms(d.text), title: terms(d.title), context: [] });
        });
        const inline = createPassageSearch();
        docs.forEach((d, i) => inline.add({ id: first + i, text: terms(d.text), title: terms(d.title), context: terms(d.context) }));
        expect(compileShard(search, { search: contextSearch, of })).toEqual(compileShard(inline));
      }),
    );
  });

  it('GIVEN terms looked up again and again, present or not THEN each gives the same id every time', () => {
    fc.assert(
      fc.property(corpus, fc.array(fc.oneof(word, fc.string({ maxLength: 6 })), { maxLength: 40 }), (docs, asked) => {
        const { index } = build(docs);
        const ids = Array.from({ length: index.termCount }, (_, id) => id);
        for (let round = 0; round < 2; round++) {
          for (const id of ids) expect(index.termId(index.termAt(id))).toBe(id);
          for (const term of asked) {
            const id = index.termId(term);
            expect(id < 0 ? ids.every((i) => index.termAt(i) !== term) : index.termAt(id) === term).toBe(true);
          }
        }
      }),
    );
  });

  it('GIVEN passages THEN the vocabulary counts passages using a term in their text or title, not context alone', () => {
    const { index } = build([
      { text: 'alpha beta', title: 'gamma', context: 'delta' },
      { text: 'alpha', title: 'alpha', context: 'delta' },
    ]);
    expect(index.vocabulary.get('alpha')).toBe(2);
    expect(index.vocabulary.get('gamma')).toBe(1);
    expect(index.vocabulary.has('delta')).toBe(false);
    expect(index.vocabulary.get('omega')).toBeUndefined();
    expect(index.termCount).toBe(4);
  });
});

describe('Ranker', () => {
  const weighted = fc.record({ term: word, weight: fc.constantFrom(1, 0.8, 0.5, 0.45) });
  const concepts = fc.array(fc.record({ terms: fc.uniqueArray(weighted, { selector: (t) => t.term, minLength: 1, maxLength: 4 }), weight: fc.constantFrom(0, 0.5, 1.3, 2.7) }), { minLength: 1, maxLength: 5 });

  it('GIVEN any passages and concepts THEN the best passages, scores and coverage equal an exhaustive ranking', () => {
    fc.assert(
      fc.property(corpus, concepts, fc.integer({ min: 1, max: 30 }), (docs, spec, depth) => {
        const { index, reference } = build(docs);
        const cs = spec.map((c) => concept(c.terms, c.weight));
        const expected = referenceRank(reference, cs);
        const { ranked, matched } = new Ranker(index).rank(cs, depth);
        expect(matched).toBe(expected.length);
        expect(ranked.map((r) => ({ id: r.id, score: r.score, coverage: r.coverage }))).toEqual(expected.slice(0, depth));
        for (const r of ranked) {
          const own = docs[r.id]?.text.split(' ') ?? [];
          expect([...r.matched].sort()).toEqual([...new Set(cs.flatMap((c) => c.terms.map((t) => t.term)).filter((t) => own.includes(t)))].sort());
        }
      }),
    );
  });

  it('GIVEN related words in too many passages THEN they are not read at all', () => {
    fc.assert(
      fc.property(corpus, concepts, fc.integer({ min: 1, max: 30 }), (docs, spec, depth) => {
        const { index, reference } = build(docs);
        const cs = spec.map((c) => concept(c.terms, c.weight));
        // No passage allowed: no related word read, in any field.
        const without = referenceRank(reference, cs, { relatedWords: false });
        const { ranked, matched } = new Ranker(index, { maxRelatedPostings: 0, maxRelatedContext: 0 }).rank(cs, depth);
        expect(matched).toBe(without.length);
        expect(ranked.map((r) => ({ id: r.id, score: r.score, coverage: r.coverage }))).toEqual(without.slice(0, depth));
      }),
    );
  });

  it('GIVEN a related word in too many passages\' glossary context THEN those matches are left out; GIVEN a range THEN only its passages are ranked', () => {
    fc.assert(
      fc.property(corpus, concepts, fc.integer({ min: 1, max: 30 }), fc.nat(), fc.nat(), (docs, spec, depth, a, b) => {
        const { index, reference } = build(docs);
        const cs = spec.map((c) => concept(c.terms, c.weight));
        // No related word's context read at all: the reference without them.
        const without = referenceRank(reference, cs, { relatedContext: false });
        const { ranked, matched } = new Ranker(index, { maxRelatedContext: 0 }).rank(cs, depth);
        expect(matched).toBe(without.length);
        expect(ranked.map((r) => ({ id: r.id, score: r.score, coverage: r.coverage }))).toEqual(without.slice(0, depth));
        // Passages from to to - 1 only (a section's), counted among the matched only if inside.
        const [from, to] = [a % (docs.length + 1), b % (docs.length + 1)].sort((x, y) => x - y) as [number, number];
        const inside = referenceRank(reference, cs).filter((r) => r.id >= from && r.id < to);
        const within = new Ranker(index).rank(cs, depth, [from, to]);
        expect(within.matched).toBe(inside.length);
        expect(within.ranked.map((r) => ({ id: r.id, score: r.score, coverage: r.coverage }))).toEqual(inside.slice(0, depth));
      }),
    );
  });
});
