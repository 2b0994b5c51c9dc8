import { describe, expect, it } from 'vitest';
import { ACCESS_FEATURES, type Resource } from '../../../shared/directory/resource.ts';
import { CATEGORY_IDS } from '../../../shared/directory/categories.ts';
import { createDirectory } from '../../../shared/find/create-directory.ts';
import { findNearby, type NearbyOptions } from '../../../shared/find/find-nearby.ts';
import { milesBetween } from '../../../shared/geo/miles-between.ts';
import { resourceFilter } from '../../../shared/find/resource-filter.ts';
import { resourceAt, townHall } from './resource-at.ts';

const namesNear = (resources: Resource[], options: NearbyOptions = {}) =>
  findNearby(createDirectory(resources), townHall, options).nearby.map(({ resource }) => resource.name);

describe('findNearby: distance and radius', () => {
  it('lists the nearest place first, with its distance in miles', () => {
    const { nearby } = findNearby(
      createDirectory([resourceAt('c', 3), resourceAt('a', 1), resourceAt('b', 2)]),
      townHall,
    );
    expect(nearby.map(({ resource }) => resource.id)).toEqual(['a', 'b', 'c']);
    expect(nearby.map(({ miles }) => miles)).toEqual([
      expect.closeTo(1, 6),
      expect.closeTo(2, 6),
      expect.closeTo(3, 6),
    ]);
  });

  it('looks 10 miles by default: 9.99 miles is in, 10.01 is out', () => {
    expect(namesNear([resourceAt('in', 9.99), resourceAt('out', 10.01)])).toEqual(['Place in']);
  });

  it('keeps a place exactly on the radius', () => {
    const edge = resourceAt('edge', 4);
    const exactly = milesBetween(townHall, edge.place ?? townHall);
    expect(namesNear([edge], { radiusMiles: exactly })).toEqual(['Place edge']);
  });

  it('widens to 25 miles when asked', () => {
    expect(namesNear([resourceAt('far', 24)], { radiusMiles: 25 })).toEqual(['Place far']);
  });

  it('lists 20 places by default, or as many as asked', () => {
    const many = Array.from({ length: 30 }, (_, n) => resourceAt(`p${n}`, n / 10));
    expect(namesNear(many)).toHaveLength(20);
    expect(namesNear(many, { limit: 5 })).toEqual(['Place p0', 'Place p1', 'Place p2', 'Place p3', 'Place p4']);
  });

  it('finds no places for a radius or limit that is not a positive number, or a point that is not a number', () => {
    const places = [resourceAt('a', 0)];
    expect(namesNear(places, { radiusMiles: -1 })).toEqual([]);
    expect(namesNear(places, { limit: 0 })).toEqual([]);
    expect(findNearby(createDirectory(places), { latitude: Number.NaN, longitude: 0 }).nearby).toEqual([]);
  });

  it('finds nothing, without failing, in an empty directory', () => {
    expect(findNearby(createDirectory([]), townHall)).toEqual({ nearby: [], remote: [] });
  });
});

describe('findNearby: stable order', () => {
  const sameBuilding = ['Wifi drop-in', 'Benefits clinic', 'Age UK help', 'Computer club', 'Benefits clinic'].map(
    (name, n) => resourceAt(`hub-${5 - n}`, 2, { name }),
  );

  it('orders places in the same building by name, then id, however they were given', () => {
    const expected = [
      'Age UK help/hub-3',
      'Benefits clinic/hub-1',
      'Benefits clinic/hub-4',
      'Computer club/hub-2',
      'Wifi drop-in/hub-5',
    ];
    const order = (resources: Resource[]) =>
      findNearby(createDirectory(resources), townHall).nearby.map(({ resource }) => `${resource.name}/${resource.id}`);
    expect(order(sameBuilding)).toEqual(expected);
    expect(order([...sameBuilding].reverse())).toEqual(expected);
  });

  it('cuts a tie at the limit by name, not at random', () => {
    const crowd = Array.from({ length: 200 }, (_, n) =>
      resourceAt(`c${n}`, 1, { name: `Group ${String(199 - n).padStart(3, '0')}` }),
    );
    expect(namesNear([resourceAt('x', 0.5), ...crowd], { limit: 3 })).toEqual(['Place x', 'Group 000', 'Group 001']);
  });

  it('orders two places the same distance east and west by name', () => {
    const at = (name: string, longitude: number) =>
      resourceAt(name, null, { name, place: { latitude: townHall.latitude, longitude } });
    expect(
      namesNear([at('West', townHall.longitude - 0.01), at('East', townHall.longitude + 0.01)], { limit: 1 }),
    ).toEqual(['East']);
  });
});

describe('findNearby: filters', () => {
  it('keeps places with any of the chosen kinds of help', () => {
    const places = [
      resourceAt('food', 1, { categories: ['food'] }),
      resourceAt('both', 2, { categories: ['housing', 'money-and-benefits'] }),
      resourceAt('wifi', 3, { categories: ['wifi-and-computers'] }),
    ];
    expect(namesNear(places, { categories: ['food', 'money-and-benefits'] })).toEqual(['Place food', 'Place both']);
  });

  it('keeps only free help when asked', () => {
    expect(namesNear([resourceAt('paid', 1, { free: false }), resourceAt('free', 2)], { freeOnly: true })).toEqual([
      'Place free',
    ]);
  });

  it('finds help in Polish, including places that list pl-PL, and treats places listing no languages as English', () => {
    const places = [
      resourceAt('polish', 1, { languages: ['en', 'pl-PL'] }),
      resourceAt('urdu', 2, { languages: ['ur'] }),
      resourceAt('unlisted', 3),
    ];
    expect(namesNear(places, { language: 'pl' })).toEqual(['Place polish']);
    expect(namesNear(places, { language: 'EN' })).toEqual(['Place polish', 'Place unlisted']);
  });

  it('keeps places with all of the access features needed', () => {
    const places = [
      resourceAt('loop', 1, { access: ['hearing-loop'] }),
      resourceAt('both', 2, { access: ['step-free', 'hearing-loop', 'parking'] }),
      resourceAt('none', 3),
    ];
    expect(namesNear(places, { access: ['step-free', 'hearing-loop'] })).toEqual(['Place both']);
  });

  it('keeps only places open now by UK time, leaving out ones whose hours are unknown', () => {
    const tuesdayMorning = { days: ['TU'], opens: '10:00', closes: '12:30' } as const;
    const places = [
      resourceAt('open', 1, { hours: [{ ...tuesdayMorning, days: ['TU'] }] }),
      resourceAt('closed', 2, { hours: [{ ...tuesdayMorning, days: ['WE'] }] }),
      resourceAt('unknown', 3, { hoursNote: 'Ring to check' }),
    ];
    // 09:15 UTC on Tuesday 2 June 2026 is 10:15 in the UK.
    expect(namesNear(places, { openAt: new Date('2026-06-02T09:15:00Z') })).toEqual(['Place open']);
  });

  it('still finds the nearest match when a filter rejects the nearest thousand places', () => {
    const crowd = Array.from({ length: 1000 }, (_, n) => resourceAt(`food-${n}`, n / 1000, { categories: ['food'] }));
    const carers = [
      resourceAt('carers-near', 5, { categories: ['carers'] }),
      resourceAt('carers-far', 12, { categories: ['carers'] }),
    ];
    expect(namesNear([...crowd, ...carers], { categories: ['carers'], limit: 1 })).toEqual(['Place carers-near']);
    expect(namesNear([...crowd, ...carers], { categories: ['carers'] })).toEqual(['Place carers-near']);
  });

  it('agrees with checking every place one by one, for random places and needs', () => {
    const random = seededRandom(20260602);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    const places = Array.from({ length: 3000 }, (_, n) =>
      resourceAt(`r${n}`, null, {
        name: `Place ${Math.floor(random() * 50)}`,
        place: {
          latitude: townHall.latitude + (random() - 0.5) * 0.6,
          longitude: townHall.longitude + (random() - 0.5) * 0.9,
        },
        categories: [pick(CATEGORY_IDS)],
        free: random() < 0.7,
        access: ACCESS_FEATURES.filter(() => random() < 0.4),
      }),
    );
    const directory = createDirectory(places);
    for (let round = 0; round < 25; round++) {
      const options: NearbyOptions = {
        radiusMiles: 1 + random() * 15,
        limit: 1 + Math.floor(random() * 40),
        categories: [pick(CATEGORY_IDS), pick(CATEGORY_IDS)],
        freeOnly: random() < 0.5,
        access: [pick(ACCESS_FEATURES)],
      };
      const from = {
        latitude: townHall.latitude + (random() - 0.5) * 0.3,
        longitude: townHall.longitude + (random() - 0.5) * 0.4,
      };
      const oneByOne = places
        .filter(resourceFilter(options))
        .map((resource) => ({
          id: resource.id,
          miles: milesBetween(from, resource.place ?? from),
          name: resource.name,
        }))
        .filter(({ miles }) => miles <= (options.radiusMiles ?? 0))
        .sort(
          (a, b) =>
            a.miles - b.miles || a.name.localeCompare(b.name, 'en-GB', { numeric: true }) || (a.id < b.id ? -1 : 1),
        )
        .slice(0, options.limit)
        .map(({ id }) => id);
      expect(findNearby(directory, from, options).nearby.map(({ resource }) => resource.id)).toEqual(oneByOne);
    }
  });
});

describe('findNearby: help by phone or online', () => {
  const helplines = [
    resourceAt('shout', null, { name: 'Shout', categories: ['mental-health'] }),
    resourceAt('samaritans', null, { name: 'Samaritans', categories: ['mental-health'] }),
    resourceAt('lineup', null, { name: 'Learn My Way', categories: ['digital-skills'], free: false }),
  ];

  it('lists remote help separately, by name, whatever the radius', () => {
    const results = findNearby(createDirectory([resourceAt('hub', 1), ...helplines]), townHall, { radiusMiles: 0.5 });
    expect(results.nearby).toEqual([]);
    expect(results.remote.map((resource) => resource.name)).toEqual(['Learn My Way', 'Samaritans', 'Shout']);
  });

  it('applies the same filters to remote help', () => {
    const results = findNearby(createDirectory(helplines), townHall, { categories: ['mental-health'], freeOnly: true });
    expect(results.remote.map((resource) => resource.name)).toEqual(['Samaritans', 'Shout']);
  });

  it('leaves a helpline with only an hours note out of "open now", as we cannot tell', () => {
    const noted = resourceAt('note', null, { hoursNote: '24 hours a day, every day' });
    expect(findNearby(createDirectory([noted]), townHall, { openAt: new Date('2026-06-02T09:15:00Z') }).remote).toEqual(
      [],
    );
  });

  it('still lists remote help when the starting point is not a number', () => {
    expect(findNearby(createDirectory(helplines), { latitude: Number.NaN, longitude: Number.NaN }).remote).toHaveLength(
      3,
    );
  });
});

/** A small repeatable random number generator (mulberry32), so a failing round can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
