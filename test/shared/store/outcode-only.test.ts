import { describe, expect, it } from 'vitest';
import { outcodeOnly } from '../../../shared/store/outcode-only.ts';

describe('outcodeOnly', () => {
  it('keeps only the district of a full postcode: S1 for s1 2he', () => {
    expect(outcodeOnly('s1 2he')).toBe('S1');
  });

  it('keeps a district as it is, in capitals', () => {
    expect(outcodeOnly('sk14')).toBe('SK14');
    expect(outcodeOnly('S1')).toBe('S1');
  });

  it('gives nothing for text that is not a postcode', () => {
    expect(outcodeOnly('Sheffield')).toBeUndefined();
    expect(outcodeOnly('')).toBeUndefined();
  });
});
