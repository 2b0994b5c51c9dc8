import { describe, expect, it } from 'vitest';
import { categoryForTerm } from '../../../../shared/directory/categorise/category-for-term.ts';

describe('categoryForTerm', () => {
  it('matches a category id, a label in any case, and a mapped taxonomy term', () => {
    expect(categoryForTerm('food')).toBe('food');
    expect(categoryForTerm('MONEY, DEBT AND BENEFITS')).toBe('money-and-benefits');
    expect(categoryForTerm('Device lending')).toBe('devices-and-data');
    expect(categoryForTerm('online-safety')).toBe('digital-skills');
  });

  it('matches nothing for a term outside the mapping', () => {
    expect(categoryForTerm('Knitting')).toBeUndefined();
    expect(categoryForTerm('')).toBeUndefined();
  });
});
