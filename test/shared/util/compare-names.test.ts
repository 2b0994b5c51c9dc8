import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../shared/util/compare-names.ts';

describe('compareNames', () => {
  it('sorts names as a reader expects, with Group 2 before Group 10', () => {
    expect(['Group 10', 'zara', 'Ade', 'Group 2'].sort(compareNames)).toEqual(['Ade', 'Group 2', 'Group 10', 'zara']);
  });

  it('treats capitals and accents as the same name', () => {
    expect(compareNames('Zoë', 'zoe')).toBe(0);
  });
});
