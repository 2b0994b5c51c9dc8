import { describe, expect, it } from 'vitest';
import { createDirectory } from '../../../shared/find/create-directory.ts';
import { createTextIndex } from '../../../shared/find/create-text-index.ts';
import { findNearby } from '../../../shared/find/find-nearby.ts';
import { searchText } from '../../../shared/find/search-text.ts';
import { resourceAt, townHall } from './resource-at.ts';

const resources = [
  resourceAt('library', 1, {
    name: 'Central Library',
    organisation: 'Sheffield Libraries',
    description: 'Free computers, wifi and printing. Staff help you get online.',
    categories: ['wifi-and-computers', 'digital-skills'],
  }),
  resourceAt('pharmacy', 2, {
    name: 'Broomhill Pharmacy',
    description: 'Help ordering repeat prescriptions in the NHS App.',
    categories: ['nhs-app'],
  }),
  resourceAt('foodbank', 3, {
    name: 'S6 Foodbank',
    description: 'Free food parcels with a voucher.',
    categories: ['food'],
  }),
  resourceAt('cafe', 4, {
    name: 'Café Together',
    description: 'A warm space with free wifi, tea and a chat.',
    categories: ['social-and-community'],
  }),
  resourceAt('advice', 5, {
    name: 'Citizens Advice Sheffield',
    description: 'Talk to an adviser.',
    categories: ['money-and-benefits'],
  }),
  resourceAt('go', 6, {
    name: 'Go Digital',
    description: 'Computer lessons for beginners.',
    categories: ['digital-skills'],
  }),
  resourceAt('farlibrary', 40, {
    name: 'Chesterfield Library',
    description: 'Public computers.',
    categories: ['wifi-and-computers'],
  }),
];
const index = createTextIndex(resources);
const idsFor = (query: string) => searchText(index, query).map((resource) => resource.id);

describe('searchText', () => {
  it('finds libraries when someone types "libary"', () => {
    expect(idsFor('libary')).toEqual(['library', 'farlibrary']);
  });

  it('finds prescription help when someone types "prescripton"', () => {
    expect(idsFor('prescripton')).toEqual(['pharmacy']);
  });

  it('finds the plural and the singular alike: "libraries" finds "Chesterfield Library"', () => {
    expect(idsFor('libraries')).toContain('farlibrary');
  });

  it('matches as you type: "foodb" finds the foodbank, "comp" finds computer help', () => {
    expect(idsFor('foodb')).toEqual(['foodbank']);
    expect(idsFor('comp')).toEqual(expect.arrayContaining(['library', 'go', 'farlibrary']));
  });

  it('searches category labels: "benefits" finds Citizens Advice', () => {
    expect(idsFor('benefits')).toEqual(['advice']);
  });

  it('ranks a match in the name above one in the description', () => {
    expect(idsFor('wifi')[0]).toBe('library');
    expect(idsFor('cafe')[0]).toBe('cafe');
  });

  it('needs every meaningful word, and ignores filler like "help with my"', () => {
    expect(idsFor('free wifi')).toEqual(expect.arrayContaining(['library', 'cafe']));
    expect(idsFor('free wifi')).not.toContain('foodbank');
    expect(idsFor('help with my prescriptons')).toEqual(['pharmacy']);
  });

  it('does not correct a two-letter word: "gp" does not find Go Digital', () => {
    expect(idsFor('gp')).toEqual([]);
    expect(idsFor('go')).toEqual(['go']);
  });

  it('finds nothing for a blank query, or one of only filler words', () => {
    expect(idsFor('   ')).toEqual([]);
    expect(idsFor('help me')).toEqual([]);
  });

  it('searches within what is near: "libary" within 10 miles leaves out Chesterfield', () => {
    const matches = new Set(searchText(index, 'libary').map((resource) => resource.id));
    const { nearby } = findNearby(createDirectory(resources), townHall, { onlyIds: matches });
    expect(nearby.map(({ resource }) => resource.id)).toEqual(['library']);
  });
});
