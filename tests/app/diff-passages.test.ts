import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPassages, diffPassagesAsync } from '../../src/app/library.js';

const passage = fc.record({ docId: fc.constantFrom('a', 'b'), sectionNumber: fc.integer({ min: 1, max: 3 }), paragraph: fc.integer({ min: 1, max: 4 }), text: fc.constantFrom('x', 'y') }).map((p) => ({ ...p, ref: `${p.docId}§${p.sectionNumber}.${p.paragraph}` }));
const passages = fc.uniqueArray(passage, { selector: (p) => p.ref, maxLength: 24 });

describe('diffPassagesAsync', () => {
  it('GIVEN any two builds THEN it reports what diffPassages reports, in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(passages, passages, async (before, after) => {
        expect(await diffPassagesAsync(before, after)).toEqual(diffPassages(before, after));
      }),
    );
  });
});
