import { describe, expect, it } from 'vitest';
import { languageCode } from '../../../../shared/directory/interchange/language-code.ts';

describe('languageCode', () => {
  it('reads codes and the English names of common languages', () => {
    expect(languageCode('CY')).toBe('cy');
    expect(languageCode(' Urdu ')).toBe('ur');
    expect(languageCode('British Sign Language')).toBe('bfi');
  });

  it('knows nothing of a made-up language', () => {
    expect(languageCode('Klingon')).toBeUndefined();
  });
});
