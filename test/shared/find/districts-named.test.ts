import { describe, expect, it } from 'vitest';
import { districtsNamed } from '../../../shared/find/districts-named.ts';
import { resourceAt, townHall } from './resource-at.ts';

const placeIn = (id: string, town: string, postcode: string, address?: string[]) =>
  resourceAt(id, 1, { place: { ...townHall, town, postcode, address } });

describe('postcode districts from a town name', () => {
  it('matches the name however it is written, in postcode order', () => {
    const resources = [
      placeIn('a', 'St Albans', 'AL3 5AB'),
      placeIn('b', 'St. Albans', 'AL1 3JE'),
      placeIn('c', "Bishop's Stortford", 'CM23 2ND'),
    ];
    expect(districtsNamed('st albans', resources)).toEqual([
      { outcode: 'AL1', town: 'St. Albans' },
      { outcode: 'AL3', town: 'St Albans' },
    ]);
    expect(districtsNamed('Bishop’s  Stortford', resources)).toEqual([{ outcode: 'CM23', town: "Bishop's Stortford" }]);
  });

  it('keeps the districts with most places when a city has too many to list', () => {
    const resources = Array.from({ length: 30 }, (_, index) => placeIn(`p${index}`, 'London', `E${index + 1} 1AA`));
    resources.push(placeIn('extra', 'London', 'E30 2BB'));
    const districts = districtsNamed('London', resources);
    expect(districts).toHaveLength(20);
    expect(districts.map((district) => district.outcode)).toContain('E30');
  });

  it('gives nothing for postcodes, sentences, markup or places with no postcode', () => {
    const resources = [
      placeIn('a', 'Sheffield', 'S1 1XZ'),
      resourceAt('no-postcode', 1, { place: { ...townHall, town: 'Leeds' } }),
    ];
    for (const typed of ['S1 2HE', 'help me find food near sheffield please', '<b>Sheffield</b>', '', 'Leeds'])
      expect(districtsNamed(typed, resources)).toEqual([]);
  });
});
