import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analyzer, Vocabulary } from '../../src/search/analyzer.js';
import { Corrector } from '../../src/search/corrector.js';
import { analyzerFor, indexShard, mergeEngineIndex } from '../../src/search/engine-index.js';
import { sentencesOf } from '../../src/search/sentences.js';
import { parseContent } from '../../src/content/load-content.js';
import { realEngine } from '../helpers/engine.js';

const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('@everyone what is AUKUS', '```\nquad\n```', '<@123> <#456> <@&789>', '\u202Eevil\u200B\u0301', 'a'.repeat(6000), '\uD800 lone surrogate'),
);

describe('properties', () => {
  it('GIVEN any text THEN its sentences cover it in order without overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.lorem({ maxCount: 8 }), fc.constantFrom('. ', '? ', '! ', 'U.S. ', '“Quoted.” ', 'Jan 5. The')), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const sentences = sentencesOf(text);
        let at = 0;
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(at);
          expect(text.slice(at, s.start).trim()).toBe('');
          expect(text.slice(s.start, s.end)).toBe(s.text);
          at = s.end;
        }
        expect(text.slice(at).trim()).toBe('');
      }),
    );
  });

  it('GIVEN any text THEN the analyzer gives spans inside it, in order', () => {
    const analyzer = new Analyzer([{ names: ['Camp David summit'], keepWords: true }]);
    fc.assert(
      fc.property(hostile, (text) => {
        for (const span of analyzer.analyze(text)) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.normalize('NFKC').length + 1);
          expect(span.end).toBeGreaterThan(span.start);
        }
      }),
    );
  });

  it('GIVEN any ASCII text THEN it is split into words as the Unicode pattern splits it', () => {
    // ASCII text is read by hand, other text with a regular expression: a Cyrillic word at the end sends the same text the other way.
    const analyzer = new Analyzer([{ names: ['Camp David summit'], keepWords: true }]);
    const ascii = fc.string({ unit: fc.constantFrom('a', 'B', 's', 'u', 'S', '1', "'", '.', '&', '-', ' ', ',', '"', '?'), maxLength: 40 });
    const words = fc.array(fc.constantFrom('U.S.', "China's", 'de-risking', 'co-operation', 'AT&T', 'fish&chips', 'e.g.', "don't", 'Camp David summit', 'the', '3.5', 'US-Japan-ROK', '--', "'s"), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.oneof(ascii, words.map((w) => w.join(' '))), { maxLength: 4 }), (parts) => {
        const text = parts.join(' ');
        const other = analyzer.analyze(`${text} жук`);
        expect(other.at(-1)?.word).toBe('жук');
        expect(analyzer.analyze(text)).toEqual(other.slice(0, -1));
      }),
    );
  });

  it('GIVEN passages indexed in two runs THEN the typo trie has each word with its terms at its last use, texts before titles, names where neither has it', () => {
    const glossary = [{ term: 'Camp David summit', aliases: ['Camp David'], definition: 'A meeting of leaders.' }];
    const analyzer = analyzerFor(glossary);
    // Words whose terms differ by use (alone, hyphenated), and names written or misspelt ("japn" is a one-word name of the gazetteer's only if listed).
    const phrase = (...pool: string[]) => fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const text = phrase('risking', 'de-risking', 'Seoul', 'camp', 'Camp David', 'operation', 'co-operation', 'Tokyo', 'allies', 'summit');
    // Titles use fewer of the words, so that a text's last use is not always overridden by a title's.
    const title = phrase('de-risking', 'operation', 'Seoul', 'summit', 'allies', 'the');
    fc.assert(
      fc.property(fc.array(fc.record({ text, sectionTitle: title }), { minLength: 1, maxLength: 8 }), fc.nat(8), (passages, cut) => {
        const at = Math.min(cut, passages.length);
        const merged = mergeEngineIndex([indexShard(glossary, passages.slice(0, at), 0, analyzer), indexShard(glossary, passages.slice(at), at, analyzer)], analyzer);
        const surface = new Map<string, readonly string[]>();
        for (const field of ['text', 'sectionTitle'] as const) {
          for (const p of passages) for (const span of analyzer.analyze(p[field])) if (!span.named && span.terms.length > 0) surface.set(span.word, span.terms);
        }
        for (const [word, concept] of analyzer.oneWordNames) if (!surface.has(word)) surface.set(word, [concept]);
        expect(merged.corrector.data).toEqual(Corrector.build(surface, merged.passages).data);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN any texts THEN the vocabulary holds each word with its terms at its last use', () => {
    const analyzer = new Analyzer([{ names: ['Camp David summit'], keepWords: true }]);
    // Words that recur plain, within hyphenated words and as possessives, so that one word has different terms.
    const word = fc.constantFrom('risk', 'risking', 'de-risking', "risking's", 'camp', 'Camp David summit', 'the', 'co-operation', 'operation', 'U.S.', 'us');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 6 }).map((w) => w.join(' ')), { maxLength: 8 }), (texts) => {
        const vocabulary = new Vocabulary();
        const expected = new Map<string, readonly string[]>();
        for (const text of texts) {
          analyzer.analyze(text, vocabulary);
          for (const span of analyzer.analyze(text)) if (!span.named && span.terms.length > 0) expected.set(span.word, span.terms);
        }
        expect(new Map([...vocabulary.words].sort())).toEqual(new Map([...expected].sort()));
      }),
    );
  });

  it('GIVEN any question THEN answer() and define() return a result and never throw', async () => {
    const engine = await realEngine();
    fc.assert(
      fc.property(hostile, (text) => {
        const answer = engine.answer(text);
        expect(['answered', 'not-covered']).toContain(answer.kind);
        if (answer.kind === 'answered') {
          for (const p of answer.passages) for (const [, b] of p.highlights) expect(b).toBeLessThanOrEqual(p.passage.text.length);
        }
        expect(['found', 'not-found']).toContain(engine.define(text).kind);
        expect(engine.completeTerm(text).length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN any paragraphs THEN parsing gives one passage each with unique refs', () => {
    const paragraph = fc.array(fc.constantFrom('alpha', 'beta', 'gamma', 'delta.', 'Epsilon'), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(fc.array(paragraph, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (sections) => {
        const body = sections.map((ps, i) => `## ${i + 1}. Section ${i + 1}\n\n${ps.join('\n\n')}`).join('\n\n');
        const corpus = parseContent([{ name: 'content/x.md', text: `---\ntitle: X\n---\n\n${body}\n` }]);
        const passages = corpus.documents[0]?.sections.flatMap((s) => s.passages) ?? [];
        expect(passages.map((p) => p.text)).toEqual(sections.flat());
        expect(new Set(passages.map((p) => p.ref)).size).toBe(passages.length);
      }),
    );
  });
});
