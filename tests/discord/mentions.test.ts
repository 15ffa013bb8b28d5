import { describe, expect, it } from 'vitest';
import { questionOf } from '../../src/discord/mentions.js';

describe('questionOf', () => {
  it('GIVEN a message mentioning the bot THEN the question without the mention', () => {
    expect(questionOf('<@123456789012345678>  what is  AUKUS?', '123456789012345678')).toBe('what is AUKUS?');
    expect(questionOf('so <@!123456789012345678>, why?', '123456789012345678')).toBe('so , why?');
    expect(questionOf('<@123456789012345678> <@987654321098765432> hi', '123456789012345678')).toBe('<@987654321098765432> hi');
    expect(questionOf('<@123456789012345678>', '123456789012345678')).toBe('');
  });
});
