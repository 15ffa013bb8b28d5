import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from '../../src/search/evaluate.js';
import type { Engine } from '../../src/search/engine.js';
import { engineFromFiles } from '../../src/app/build.js';
import { decodeSnapshot, encodeSnapshot, restoreEngine, restoreEngineAsync, snapshotOf, SnapshotError } from '../../src/search/snapshot.js';
import { realEngine, ROOT } from '../helpers/engine.js';

const questions = async () =>
  (await Promise.all(['questions-dev.json', 'questions-check.json'].map(async (f) => JSON.parse(await readFile(path.join(ROOT, 'tests/fixtures', f), 'utf8')) as EvalQuestion[]))).flat().map((q) => q.question);

const bytesOf = (engine: Engine) => Buffer.concat(encodeSnapshot(snapshotOf(engine)));
const sameAs = async (restored: Engine, engine: Engine) => {
  for (const q of await questions()) expect(restored.answer(q), q).toEqual(engine.answer(q));
  for (const e of engine.glossary) expect(restored.define(e.term)).toEqual(engine.define(e.term));
  for (const q of ['Quadrilateral Dialog Group', 'AUKES', 'north korea']) expect(restored.define(q)).toEqual(engine.define(q));
  expect(restored.completeTerm('de')).toEqual(engine.completeTerm('de'));
  expect(restored.stats).toEqual(engine.stats);
  expect(restored.revision).toBe(engine.revision);
  expect(restored.corpus).toEqual(engine.corpus);
  expect(restored.passage('§6.1')).toEqual(engine.passage('§6.1'));
  expect(restored.section('§3')).toEqual(engine.section('§3'));
};

describe('engine snapshots', () => {
  it('GIVEN the article engine stored and read back THEN every answer, definition and lookup is identical', async () => {
    const engine = await realEngine();
    const bytes = bytesOf(engine);
    await sameAs(restoreEngine(decodeSnapshot(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)), { lexicon: engineLexicon(engine) }), engine);
  });

  it('GIVEN a snapshot restored a slice at a time THEN the engine is the same as restored at once', async () => {
    const engine = await realEngine();
    await sameAs(await restoreEngineAsync(snapshotOf(engine), { lexicon: engineLexicon(engine) }, { sliceMs: 0 }), engine);
  });

  it('GIVEN a reindex THEN documents unchanged since the serving engine are reused as they are, the rest rebuilt', async () => {
    const doc = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n## 1. Only section\n\n${body}\n`;
    const tea = { name: 'content/tea.md', text: doc('Tea', 'Green tea is grown on terraces in Japan and steamed after picking.') };
    const rice = { name: 'content/rice.md', text: doc('Rice', 'Paddy rice needs flooded fields and a warm monsoon season.') };
    const serving = await engineFromFiles([tea, rice]);
    const edited = await engineFromFiles([tea, { ...rice, text: rice.text.replace('warm', 'wet') }, { name: 'content/salt.md', text: doc('Salt', 'Sea salt dries in pans by the shore.') }]);
    const restored = await restoreEngineAsync(snapshotOf(edited), {}, { sliceMs: 0, previous: serving });
    const byId = (e: Engine, id: string) => e.documents.find((d) => d.id === id);
    expect(byId(restored, 'tea')).toBe(byId(serving, 'tea'));
    expect(byId(restored, 'rice')).not.toBe(byId(serving, 'rice'));
    expect(restored.corpus).toEqual(edited.corpus);
    expect(restored.answer('where does sea salt dry?')).toEqual(edited.answer('where does sea salt dry?'));
    expect(restored.answer('what does paddy rice need?')).toEqual(edited.answer('what does paddy rice need?'));
  });

  it('GIVEN damaged bytes THEN reading them fails with a SnapshotError, never anything else', async () => {
    const bytes = new Uint8Array(bytesOf(await realEngine()));
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.boolean(), (at, xor, truncate) => {
        const damaged = truncate ? bytes.slice(0, at) : bytes.slice();
        if (!truncate) damaged[at] = (damaged[at] as number) ^ xor;
        try {
          restoreEngine(decodeSnapshot(damaged));
        } catch (err) {
          expect(err).toBeInstanceOf(SnapshotError);
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** The lexicon the real engine was built with, so the restored one answers alike. */
const engineLexicon = (engine: Engine) => (engine as unknown as { lexicon: NonNullable<Parameters<typeof restoreEngine>[1]>['lexicon'] }).lexicon;
