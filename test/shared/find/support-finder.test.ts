import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../shared/directory/resource.ts';
import type { ResourceSource } from '../../../shared/directory/sources/resource-source.ts';
import { loadTextIndex } from '../../../shared/find/load-text-index.ts';
import { createSupportFinder } from '../../../shared/find/support-finder.ts';
import type { Coordinates } from '../../../shared/geo/coordinates.ts';
import { milesBetween } from '../../../shared/geo/miles-between.ts';
import type { AreaCentroids, OutcodeTable } from '../../../shared/postcode/outcode-table.ts';
import { resourceAt, townHall } from './resource-at.ts';

const sheffield: AreaCentroids = { S1: [townHall.latitude, townHall.longitude] };
const sheffieldOnly: OutcodeTable = async (area) => ({ ok: true, centroids: area === 'S' ? sheffield : {} });

// Saturday 21 November 2026, 11am in London (GMT).
const saturdayMorning = new Date('2026-11-21T11:00:00Z');

const resources = [
  resourceAt('library', 0.5, {
    name: 'Central Library wifi',
    categories: ['wifi-and-computers'],
    hours: [{ days: ['SA'], opens: '10:00', closes: '16:00' }],
  }),
  resourceAt('pantry', 1, {
    name: 'Community pantry',
    categories: ['food'],
    free: false,
    hours: [{ days: ['MO'], opens: '10:00', closes: '12:00' }],
  }),
  resourceAt('far-away', 40, { name: 'Far library', categories: ['wifi-and-computers'] }),
  resourceAt('samaritans', null, {
    name: 'Samaritans',
    categories: ['mental-health'],
    hoursNote: '24 hours a day, every day.',
  }),
];

function finder() {
  return createSupportFinder({
    loadTextIndex,
    outcodes: sheffieldOnly,
    loadResources: async () => resources,
    now: () => saturdayMorning,
  });
}

describe('searching for support by postcode', () => {
  it('lists places within the radius nearest first, with opening times for now, and remote help after', async () => {
    const results = await finder().searchSupport({ postcode: 's1 2he', categories: [] });
    expect(results.ok).toBe(true);
    if (!results.ok) return;
    expect(results.placeLabel).toBe('S1 2HE');
    expect(results.nearby.map((found) => found.resource.id)).toEqual(['library', 'pantry']);
    expect(results.nearby[0]!.opening).toEqual({ open: true, text: 'Open now, closes at 4pm' });
    expect(results.nearby[1]!.opening?.text).toBe('Closed, opens Monday at 10am');
    expect(results.remote.map((found) => found.resource.id)).toEqual(['samaritans']);
    expect(results.remote[0]!.opening?.text).toBe('24 hours a day, every day.');
  });

  it('keeps only places open now, free help, or the kind of help asked for', async () => {
    const open = await finder().searchSupport({ postcode: 'S1', categories: [], openNow: true, freeOnly: true });
    expect(open.ok && open.nearby.map((found) => found.resource.id)).toEqual(['library']);
    const food = await finder().searchSupport({ postcode: 'S1', categories: ['food'] });
    expect(food.ok && food.nearby.map((found) => found.resource.id)).toEqual(['pantry']);
  });

  it('finds places by words with a small typo', async () => {
    const results = await finder().searchSupport({ postcode: 'S1', categories: [], words: 'libary' });
    expect(results.ok && results.nearby.map((found) => found.resource.id)).toEqual(['library']);
  });

  it('treats words that say nothing about the help wanted, like "help near me", as no filter at all', async () => {
    const results = await finder().searchSupport({ postcode: 'S1', categories: [], words: 'help near me' });
    expect(results.ok && results.nearby.map((found) => found.resource.id)).toEqual(['library', 'pantry']);
    expect(results.remote.map((found) => found.resource.id)).toEqual(['samaritans']);
  });

  it('offers a correction for a typo, and no list until the resident chooses', async () => {
    const results = await finder().searchSupport({ postcode: 'SI 2HE', categories: [] });
    expect(results).toMatchObject({ ok: false, message: 'Did you mean S1 2HE?', suggestions: ['S1 2HE'], remote: [] });
  });

  it('still shows phone and online help for a Northern Ireland postcode', async () => {
    const results = await finder().searchSupport({ postcode: 'BT1 1AA', categories: [] });
    expect(results.ok).toBe(false);
    expect(results.remote.map((found) => found.resource.id)).toEqual(['samaritans']);
  });

  it('says plainly when the list of places cannot be loaded, and tries again on the next search', async () => {
    let attempts = 0;
    const flaky = createSupportFinder({
      loadTextIndex,
      outcodes: sheffieldOnly,
      loadResources: async () => {
        attempts++;
        if (attempts === 1) throw new Error('offline');
        return resources;
      },
      now: () => saturdayMorning,
    });
    expect(await flaky.searchSupport({ postcode: 'S1', categories: [] })).toMatchObject({
      ok: false,
      message: expect.stringContaining("We couldn't load the list of places"),
    });
    const second = await flaky.searchSupport({ postcode: 'S1', categories: [] });
    expect(second.ok && second.nearby.length).toBe(2);
  });

  it('loads the directory once however many searches are made', async () => {
    let loads = 0;
    const counted = createSupportFinder({
      loadTextIndex,
      outcodes: sheffieldOnly,
      loadResources: async () => (loads++, resources),
      now: () => saturdayMorning,
    });
    await counted.searchSupport({ postcode: 'S1', categories: [] });
    await counted.searchSupport({ postcode: 'S1', categories: [], words: 'pantry' });
    expect(loads).toBe(1);
  });
});

/** A directory loaded a place at a time, as area shards are: records what was asked for, gives only what is near. */
function partLoadedSource(all: readonly Resource[], options: { notice?: string; failFirst?: boolean } = {}) {
  const asked: string[] = [];
  let failures = options.failFirst ? 1 : 0;
  const answer = (resources: readonly Resource[]) => {
    if (failures-- > 0) return Promise.reject(new Error('offline'));
    return Promise.resolve({ resources, notice: options.notice });
  };
  const source: ResourceSource = {
    resourcesNear: (point: Coordinates, radiusMiles: number) => {
      asked.push(`near ${point.latitude.toFixed(2)},${point.longitude.toFixed(2)} within ${radiusMiles}`);
      return answer(all.filter((resource) => !resource.place || milesBetween(point, resource.place) <= radiusMiles));
    },
    remoteResources: () => {
      asked.push('remote');
      return answer(all.filter((resource) => !resource.place));
    },
  };
  return { source, asked };
}

describe('searching a directory loaded a place at a time', () => {
  it('asks only for what is near the postcode, within the radius, and lists it as the whole directory would', async () => {
    const { source, asked } = partLoadedSource(resources);
    const partly = createSupportFinder({
      loadTextIndex,
      outcodes: sheffieldOnly,
      source,
      now: () => saturdayMorning,
    });
    const [part, whole] = await Promise.all([
      partly.searchSupport({ postcode: 'S1', categories: [] }),
      finder().searchSupport({ postcode: 'S1', categories: [] }),
    ]);
    expect(part).toEqual(whole);
    expect(asked).toEqual(['remote', 'near 53.38,-1.47 within 10']);
  });

  it('shows phone and online help for a postcode it cannot place, without loading any area', async () => {
    const { source, asked } = partLoadedSource(resources);
    const results = await createSupportFinder({
      loadTextIndex,
      outcodes: sheffieldOnly,
      source,
      now: () => saturdayMorning,
    }).searchSupport({ postcode: 'BT1 1AA', categories: [] });
    expect(results.remote.map((found) => found.resource.id)).toEqual(['samaritans']);
    expect(asked).toEqual(['remote']);
  });

  it('finds places by words among what is near', async () => {
    const { source } = partLoadedSource(resources);
    const results = await createSupportFinder({
      loadTextIndex,
      outcodes: sheffieldOnly,
      source,
      now: () => saturdayMorning,
    }).searchSupport({ postcode: 'S1', categories: [], words: 'pantry' });
    expect(results.ok && results.nearby.map((found) => found.resource.id)).toEqual(['pantry']);
  });

  it('passes on a notice about the list itself, with results and with a postcode problem alike', async () => {
    const notice = "We couldn't load this practice's own list of local help, so we are showing our general list.";
    const noticed = createSupportFinder({
      loadTextIndex,
      outcodes: sheffieldOnly,
      source: partLoadedSource(resources, { notice }).source,
      now: () => saturdayMorning,
    });
    expect(await noticed.searchSupport({ postcode: 'S1', categories: [] })).toMatchObject({ ok: true, notice });
    expect(await noticed.searchSupport({ postcode: 'BT1 1AA', categories: [] })).toMatchObject({ ok: false, notice });
    expect(await finder().searchSupport({ postcode: 'S1', categories: [] })).not.toHaveProperty('notice');
  });

  it('says plainly when a part cannot be loaded, and tries again on the next search', async () => {
    const { source } = partLoadedSource(resources, { failFirst: true });
    const flaky = createSupportFinder({
      loadTextIndex,
      outcodes: sheffieldOnly,
      source,
      now: () => saturdayMorning,
    });
    expect(await flaky.searchSupport({ postcode: 'S1', categories: [] })).toMatchObject({
      ok: false,
      message: expect.stringContaining("We couldn't load the list of places"),
    });
    const second = await flaky.searchSupport({ postcode: 'S1', categories: [] });
    expect(second.ok && second.nearby.map((found) => found.resource.id)).toEqual(['library', 'pantry']);
  });
});

describe("searching from the resident's own location", () => {
  it('lists places near the location, calls it "your location", and never looks the postcode up', async () => {
    const lookedUp: string[] = [];
    const watched = createSupportFinder({
      loadTextIndex,
      outcodes: async (area) => (lookedUp.push(area), { ok: true, centroids: {} }),
      loadResources: async () => resources,
      now: () => saturdayMorning,
    });
    const results = await watched.searchSupport({
      postcode: 'not used',
      location: { latitude: townHall.latitude, longitude: townHall.longitude },
      categories: [],
    });
    expect(results).toMatchObject({ ok: true, placeLabel: 'your location' });
    expect(results.ok && results.nearby.map((found) => found.resource.id)).toEqual(['library', 'pantry']);
    expect(lookedUp).toEqual([]);
  });

  it('asks for a postcode instead when the location is not a real place, and still shows phone and online help', async () => {
    const results = await finder().searchSupport({
      postcode: '',
      location: { latitude: Number.NaN, longitude: -1.47 },
      categories: [],
    });
    expect(results).toMatchObject({
      ok: false,
      message: "We couldn't tell where you are. Type your postcode instead.",
    });
    expect(results.remote.map((found) => found.resource.id)).toEqual(['samaritans']);
  });
});

describe('searching further, and by a town name', () => {
  it('looks as far as the resident asks, up to 50 miles, and says how far it looked', async () => {
    const wider = await finder().searchSupport({ postcode: 'S1', categories: [], radiusMiles: 50 });
    expect(wider).toMatchObject({ ok: true, radiusMiles: 50 });
    expect(wider.ok && wider.nearby.map((found) => found.resource.id)).toEqual(['library', 'pantry', 'far-away']);
    for (const radiusMiles of [0, -5, 51, Number.NaN, Infinity]) {
      const results = await finder().searchSupport({ postcode: 'S1', categories: [], radiusMiles });
      expect(results).toMatchObject({ ok: true, radiusMiles: 10 });
    }
  });

  it('offers the postcode areas of a town named instead of a postcode, from the places it already has, asking nothing', async () => {
    const lookedUp: string[] = [];
    const inTowns = [
      resourceAt('central', 0.5, { place: { ...townHall, town: 'Sheffield', postcode: 'S1 1XZ' } }),
      resourceAt('broomhill', 1, {
        place: { ...townHall, address: ['Taptonville Road', 'Broomhill'], town: 'Sheffield', postcode: 'S10 5BR' },
      }),
      resourceAt('hyde', 20, { place: { latitude: 53.452, longitude: -2.078, town: 'Hyde', postcode: 'SK14 1AL' } }),
      resourceAt('helpline', null),
    ];
    const towns = createSupportFinder({
      loadTextIndex,
      outcodes: async (area) => (lookedUp.push(area), { ok: true, centroids: {} }),
      loadResources: async () => inTowns,
    });
    expect(await towns.searchSupport({ postcode: ' sheffield ', categories: [] })).toEqual({
      ok: false,
      message: 'Which part of Sheffield? Choose your postcode area, or type your postcode.',
      suggestions: [],
      districts: [
        { outcode: 'S1', town: 'Sheffield' },
        { outcode: 'S10', town: 'Sheffield' },
      ],
      remote: [],
    });
    expect(await towns.searchSupport({ postcode: 'Hyde', categories: [] })).toMatchObject({
      message: 'Hyde is in the postcode area SK14. Search there, or type your postcode.',
      districts: [{ outcode: 'SK14', town: 'Hyde' }],
    });
    // An area's name on an address line counts too.
    expect(await towns.searchSupport({ postcode: 'BROOMHILL', categories: [] })).toMatchObject({
      districts: [{ outcode: 'S10', town: 'Broomhill' }],
    });
    expect(lookedUp).toEqual([]);
  });

  it("offers a town's districts from the place names when the places in hand do not know it", async () => {
    const asked: string[] = [];
    const towns = createSupportFinder({
      loadTextIndex,
      outcodes: async () => ({ ok: true, centroids: {} }),
      loadResources: async () => [resourceAt('helpline', null)],
      placesNamed: async (typed) => (
        asked.push(typed),
        typed.trim() === 'Hyde' ? [{ outcode: 'SK14', town: 'Hyde' }] : []
      ),
    });
    expect(await towns.searchSupport({ postcode: 'Hyde', categories: [] })).toMatchObject({
      message: 'Hyde is in the postcode area SK14. Search there, or type your postcode.',
      districts: [{ outcode: 'SK14', town: 'Hyde' }],
    });
    expect(await towns.searchSupport({ postcode: 'Atlantis', categories: [] })).toMatchObject({
      message: "That doesn't look like a postcode. A postcode looks like S1 2HE.",
    });
    expect(asked).toEqual(['Hyde', 'Atlantis']);
  });

  it('still says a name it does not know is not a postcode', async () => {
    const results = await finder().searchSupport({ postcode: 'Atlantis', categories: [] });
    expect(results).toMatchObject({
      ok: false,
      message: "That doesn't look like a postcode. A postcode looks like S1 2HE.",
    });
    expect(results).not.toHaveProperty('districts');
  });
});
