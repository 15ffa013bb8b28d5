import { describe, expect, it } from 'vitest';
import { completeRef, normaliseRef } from '../../src/app/complete-ref.js';
import { realEngine } from '../helpers/engine.js';

describe('normaliseRef', () => {
  it('GIVEN refs as people type them THEN the canonical ref', () => {
    expect(['3', '§3', ' § 3 ', 's3', 'section 3', 'Section 3.2', 'doc§3.2', 'what'].map(normaliseRef)).toEqual(['§3', '§3', '§3', '§3', '§3', '§3.2', 'doc§3.2', 'what']);
  });
});

describe('completeRef', () => {
  it('GIVEN nothing typed THEN the sections', async () => {
    const choices = completeRef(await realEngine(), '');
    expect(choices.map((c) => c.ref)).toEqual(['§1', '§2', '§3', '§4', '§5', '§6', '§7']);
  });

  it('GIVEN a number THEN that section and its passages; GIVEN a word THEN the sections and passages containing it', async () => {
    const engine = await realEngine();
    expect(completeRef(engine, '§6').map((c) => c.ref)).toEqual(['§6', '§6.1', '§6.2', '§6.3']);
    expect(completeRef(engine, '6.2').map((c) => c.ref)).toEqual(['§6.2']);
    expect(completeRef(engine, 'camp david').map((c) => c.ref)).toContain('§1.1');
  });

  it('GIVEN any input THEN at most the limit, names of at most 100 characters', async () => {
    const engine = await realEngine();
    for (const typed of ['', 'the', '1', 'x'.repeat(300)]) {
      const choices = completeRef(engine, typed, 25);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    }
  });
});
