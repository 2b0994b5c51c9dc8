import { describe, expect, it } from 'vitest';
import { districtsInFile, districtsNamed, placeNamesFiles } from '../../../shared/find/districts-named.ts';
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

describe('place-name files, built with the directory', () => {
  const places = [
    { names: ['Sheffield', 'Broomhill'], postcode: 'S10 5BR' },
    { names: ['Sheffield'], postcode: 'S1 1XZ' },
    { names: ['Sheffield', 'Sheffield'], postcode: 's1 2he' },
    { names: ['St. Albans'], postcode: 'AL1 3JE' },
    { names: ['<b>Bad</b>', 'S1 2HE', 'Ölberg'], postcode: 'S2 4SU' },
    { names: ['Nowhere'], postcode: 'not a postcode' },
  ];
  const files = placeNamesFiles(places);

  it('writes one file per first letter, each name with the districts that have the most places first', () => {
    expect([...files.keys()].sort()).toEqual(['b', 's']);
    expect(files.get('s')).toEqual({ sheffield: ['Sheffield', 'S1', 'S10'], 'st albans': ['St. Albans', 'AL1'] });
  });

  it('finds a name however it is typed, and nothing for what is not there or not a name', () => {
    expect(districtsInFile(' SHEFFIELD ', files.get('s')!)).toEqual([
      { outcode: 'S1', town: 'Sheffield' },
      { outcode: 'S10', town: 'Sheffield' },
    ]);
    expect(districtsInFile('st albans', files.get('s')!)).toEqual([{ outcode: 'AL1', town: 'St. Albans' }]);
    for (const typed of ['Leeds', 'S1 2HE', 'constructor', '__proto__', 'toString'])
      expect(districtsInFile(typed, files.get('s')!)).toEqual([]);
  });
});
