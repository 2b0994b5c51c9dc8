import { describe, expect, it } from 'vitest';
import { categorise, originText } from '../../../../shared/directory/categorise/category-cascade.ts';
import { readKeeperTerms } from '../../../../shared/directory/categorise/keeper-terms.ts';

describe('categorise', () => {
  it('takes known terms first, and reports the others', () => {
    const found = categorise({
      terms: [
        { name: 'Food banks' },
        { id: 'http://id.esd.org.uk/service/1806', name: 'Social clubs and groups' },
        { name: 'Older' },
      ],
      name: 'Lunch club',
    });
    expect(found.categories).toEqual(['food', 'social-and-community']);
    expect(found.origins.map((origin) => origin.kind)).toEqual(['signpost', 'esd']);
    expect(found.unmapped).toEqual(['Older']);
  });

  it('matches esd service types by id whatever label a newer list gives them', () => {
    expect(
      categorise({ terms: [{ id: 'http://id.esd.org.uk/service/296', name: 'Day centres' }], name: 'x' }).categories,
    ).toEqual(['social-and-community']);
  });

  it('tries each level of a hierarchical term, most specific first', () => {
    const found = categorise({ terms: [{ name: 'Support>Money>Debt advice' }], name: 'x' });
    expect(found.categories).toEqual(['money-and-benefits']);
    expect(originText('money-and-benefits', found.origins[0]!)).toBe(
      '"Money, debt and benefits" from "Debt advice" in the term "Support>Money>Debt advice"',
    );
  });

  it('uses audiences only when no term is known, then words, then "Other local help"', () => {
    expect(categorise({ terms: [], audiences: ['Homeless'], name: 'Food bank' }).categories).toEqual(['housing']);
    expect(categorise({ terms: [], name: 'Food bank' }).origins[0]).toEqual({
      kind: 'words',
      phrase: 'food bank',
      where: 'its name',
    });
    expect(categorise({ terms: [], name: 'Zzyzx', description: 'Nothing to see' }).categories).toEqual(['other']);
  });
});

describe('readKeeperTerms', () => {
  it('reads term,category rows with or without a header, by id or label', () => {
    const read = readKeeperTerms(
      'term,category\nWalking group,health-and-wellbeing\nTea & chat,Social and community groups\n',
      'terms.csv',
    );
    expect(read.ok && [...read.terms]).toEqual([
      ['walking-group', 'health-and-wellbeing'],
      ['tea-chat', 'social-and-community'],
    ]);
  });

  it('names the rows it cannot use and lists the ids', () => {
    const read = readKeeperTerms('Walking group,exercise\n', 'terms.csv');
    expect(read).toEqual({ ok: false, message: expect.stringContaining('row 1 ("Walking group,exercise")') });
    expect(!read.ok && read.message).toContain('health-and-wellbeing');
  });
});
