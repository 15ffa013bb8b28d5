import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerButtons } from '../../src/discord/components.js';
import { Cooldowns } from '../../src/discord/cooldowns.js';
import { decodeComponentId, encodeComponentId, type ComponentId } from '../../src/discord/custom-id.js';
import { UserFacingError } from '../../src/discord/errors.js';
import { LIMITS } from '../../src/discord/limits.js';
import { QuestionStore, questionKey } from '../../src/discord/question-store.js';

describe('component custom ids', () => {
  const key = fc.stringMatching(/^[A-Za-z0-9_-]{8,32}$/);
  const ref = fc.tuple(fc.stringMatching(/^[a-z0-9-]{0,60}$/), fc.integer({ min: 0, max: 9999 }), fc.option(fc.integer({ min: 0, max: 9999 }))).map(
    ([doc, s, p]) => `${doc}§${s}${p === null ? '' : `.${p}`}`,
  );
  const revision = fc.stringMatching(/^[0-9a-z]{4,12}$/);
  const id: fc.Arbitrary<ComponentId> = fc.oneof(
    fc.record({ command: fc.constant('ask' as const), action: fc.constantFrom('more' as const, 'post' as const), offset: fc.integer({ min: 0, max: 999 }), key, revision }),
    fc.record({ command: fc.constant('section' as const), action: fc.constantFrom('show' as const, 'post' as const), ref, revision }),
    fc.constant({ command: 'unanswered' as const, action: 'clear' as const }),
  );

  it('PROPERTY: every valid id encodes within 100 characters and decodes to itself', () => {
    fc.assert(
      fc.property(id, (value) => {
        const raw = encodeComponentId(value);
        expect(raw).toBeDefined();
        expect(raw!.length).toBeLessThanOrEqual(LIMITS.customId);
        expect(decodeComponentId(raw!)).toEqual(value);
      }),
    );
  });

  it('PROPERTY: any string decodes to nothing, or to an id that encodes back to that string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 120 }),
          fc.constantFrom('ask:more:3:abcdefgh:ac40084250', 'ask:more:-1:abcdefgh:ac40084250', 'ask:more:03:abcdefgh:ac40084250', 'section:show:§1.2:ac40084250', 'section:show:../§1:ac40084250', 'unanswered:clear'),
        ),
        (raw) => {
          const decoded = decodeComponentId(raw);
          if (decoded) expect(encodeComponentId(decoded)).toBe(raw);
        },
      ),
    );
  });

  it('GIVEN an id made before this version (no revision) THEN it is not decoded: the user is told the button no longer works', () => {
    expect(decodeComponentId('ask:more:3:abcdefghij')).toBeUndefined();
    expect(decodeComponentId('section:show:§6.1')).toBeUndefined();
  });

  it('GIVEN malformed parts THEN nothing is decoded or encoded', () => {
    expect(decodeComponentId('ask:more:3:short:ac40084250')).toBeUndefined();
    expect(decodeComponentId('ask:more:1000:abcdefghij:ac40084250')).toBeUndefined();
    expect(decodeComponentId('ask:delete:3:abcdefghij:ac40084250')).toBeUndefined();
    expect(decodeComponentId('section:show:§1:extra:ac40084250')).toBeUndefined();
    expect(decodeComponentId('section:show:§1:AC40084250')).toBeUndefined();
    expect(decodeComponentId('unanswered:clear:now')).toBeUndefined();
    expect(encodeComponentId({ command: 'section', action: 'show', ref: `${'a'.repeat(61)}§1`, revision: 'ac40084250' })).toBeUndefined();
  });

  it('GIVEN an answer with more passages THEN its buttons carry valid ids; a ref too long for an id just drops its button', () => {
    const [row] = answerButtons({ key: questionKey('q'), offset: 0, next: 3, sectionRef: '§6.1', postable: true, revision: 'ac40084250' });
    expect(row?.components.map((b) => [b.label, b.custom_id])).toEqual([
      ['More passages', `ask:more:3:${questionKey('q')}:ac40084250`],
      ['Full section', 'section:show:§6.1:ac40084250'],
      ['Post to channel', `ask:post:0:${questionKey('q')}:ac40084250`],
    ]);
    const [only] = answerButtons({ key: questionKey('q'), offset: 0, sectionRef: `${'d'.repeat(99)}§1.1`, postable: false, revision: 'ac40084250' });
    expect(only).toBeUndefined();
  });
});

describe('QuestionStore', () => {
  it('GIVEN more questions than it holds THEN the least recently used go first', () => {
    const store = new QuestionStore(2);
    const a = store.remember('a');
    const b = store.remember('b');
    expect(store.recall(a)).toBe('a');
    store.remember('c');

    expect(store.size).toBe(2);
    expect(store.recall(b)).toBeUndefined();
    expect(store.recall(a)).toBe('a');
  });

  it('GIVEN a question longer than a custom id THEN its key is short and stable', () => {
    const question = 'why '.repeat(300);
    expect(new QuestionStore().remember(question)).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(questionKey(question)).toBe(questionKey(question));
  });

  it('GIVEN a question THEN its key is what earlier versions made (the first 16 characters of its SHA-256, URL-safe), so buttons already posted keep working', () => {
    expect(questionKey('What constraints does the mechanism face?')).toBe(createHash('sha256').update('What constraints does the mechanism face?').digest('base64url').slice(0, 16));
    expect(questionKey('日本と韓国 ü')).toBe(createHash('sha256').update('日本と韓国 ü').digest('base64url').slice(0, 16));
  });
});

describe('Cooldowns', () => {
  it('GIVEN a second question within the cooldown THEN the time left; after it, allowed again', () => {
    let now = 1_000_000;
    const cooldowns = new Cooldowns(5, () => now);
    expect(cooldowns.take('u1')).toBe(0);
    now += 2_000;
    expect(cooldowns.take('u1')).toBe(3_000);
    expect(cooldowns.take('u2')).toBe(0);
    now += 3_000;
    expect(cooldowns.take('u1')).toBe(0);
  });

  it('GIVEN check during a cooldown THEN a polite UserFacingError with the seconds left', () => {
    let now = 0;
    const cooldowns = new Cooldowns(10, () => now);
    cooldowns.check('u');
    now = 8_500;
    expect(() => cooldowns.check('u')).toThrow(new UserFacingError("You're asking quickly — please wait 2 more seconds before the next question."));
  });

  it('GIVEN 0 seconds THEN never a cooldown; GIVEN many users THEN memory stays bounded', () => {
    const off = new Cooldowns(0);
    expect([off.take('u'), off.take('u')]).toEqual([0, 0]);
    const bounded = new Cooldowns(60, () => 0, 3);
    for (const id of ['a', 'b', 'c', 'd']) bounded.take(id);
    expect(bounded.take('a')).toBe(0);
  });
});
