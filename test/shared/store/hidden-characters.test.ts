import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters } from '../../../shared/store/hidden-characters.ts';

describe('hasHiddenCharacters', () => {
  it('finds every bidirectional control the Unicode Standard lists', () => {
    const controls = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    for (const code of controls)
      expect(hasHiddenCharacters(`a${String.fromCodePoint(code)}b`), code.toString(16)).toBe(true);
  });

  it('finds control characters, and leaves plain text alone', () => {
    expect(hasHiddenCharacters('one\rtwo')).toBe(true);
    expect(hasHiddenCharacters('\u0000')).toBe(true);
    expect(hasHiddenCharacters("Sam O'Neill-Jones, 3rd")).toBe(false);
  });
});
