import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDocuments, diffPassages, diffPassagesAsync } from '../../src/app/library.js';
import type { ArticleDocument, Passage } from '../../src/content/types.js';

const passage = fc.record({ docId: fc.constantFrom('a', 'b'), sectionNumber: fc.integer({ min: 1, max: 3 }), paragraph: fc.integer({ min: 1, max: 4 }), text: fc.constantFrom('x', 'y') }).map((p) => ({ ...p, ref: `${p.docId}§${p.sectionNumber}.${p.paragraph}` }));
const passages = fc.uniqueArray(passage, { selector: (p) => p.ref, maxLength: 24 });

describe('diffPassages', () => {
  it('GIVEN a paragraph whose keywords alone changed THEN it is reported as changed', () => {
    const at = { ref: '§1.1', docId: 'a', sectionNumber: 1, paragraph: 1, text: 'x' };
    expect(diffPassages([{ ...at, keywords: 'old' }], [{ ...at, keywords: 'new' }]).changed).toEqual(['§1.1']);
    expect(diffPassages([at], [{ ...at, keywords: '' }]).changed).toEqual([]);
  });
});

describe('diffPassagesAsync', () => {
  it('GIVEN any two builds THEN it reports what diffPassages reports, in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(passages, passages, async (before, after) => {
        expect(await diffPassagesAsync(before, after)).toEqual(diffPassages(before, after));
      }),
    );
  });

  it('GIVEN documents a reindex reused THEN the diff by document is the diff of all their passages', async () => {
    const doc = (id: string, texts: readonly string[]): ArticleDocument => ({
      id,
      file: `${id}.md`,
      meta: { title: id, authors: [] },
      sections: [{ number: 1, title: 'S', ref: `${id}§1`, line: 1, passages: texts.map((text, i) => ({ ref: `${id}§1.${i + 1}`, docId: id, sectionNumber: 1, sectionTitle: 'S', paragraph: i + 1, text, file: `${id}.md`, line: i + 3 }) satisfies Passage) }],
    });
    const texts = fc.array(fc.constantFrom('x', 'y'), { maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), texts), fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.option(texts)), async (old, edits) => {
        const before = Object.entries(old).map(([id, t]) => doc(id, t));
        // An edit of null keeps the document as it was (the same object); a list of texts replaces it.
        const after = [...new Set([...Object.keys(old), ...Object.keys(edits)])].flatMap((id) => {
          const edit = edits[id];
          if (edit === undefined) return before.filter((d) => d.id === id);
          return edit === null ? before.filter((d) => d.id === id) : [doc(id, edit)];
        });
        const all = (ds: readonly ArticleDocument[]) => ds.flatMap((d) => d.sections.flatMap((s) => s.passages));
        expect(await diffDocuments(before, after)).toEqual(diffPassages(all(before), all(after)));
      }),
    );
  });
});
