import { describe, expect, it } from 'vitest';
import { matchWords } from '../../../shared/guide/match-words.ts';

describe('matching a page’s words to a step’s', () => {
  it('counts the same words in another case, spacing or line breaks as exact', () => {
    expect(matchWords('  Sign IN\n  to your account ', 'sign in to your account')).toBe('exact');
  });

  it('treats curly and straight apostrophes as the same letter', () => {
    expect(matchWords('What’s your NHS number?', "What's your NHS number?")).toBe('exact');
  });

  it('accepts words that start with the step’s words, but not a longer word', () => {
    expect(matchWords('Continue to sign in', 'Continue')).toBe('starts');
    expect(matchWords('Continued', 'Continue')).toBeUndefined();
  });

  it('never matches empty words', () => {
    expect(matchWords('Continue', '   ')).toBeUndefined();
  });
});
