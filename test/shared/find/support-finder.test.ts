import { describe, expect, it } from 'vitest';
import { createSupportFinder } from '../../../shared/find/support-finder.ts';
import type { AreaCentroids, OutcodeTable } from '../../../shared/postcode/outcode-table.ts';
import { resourceAt, townHall } from './resource-at.ts';

const sheffield: AreaCentroids = { S1: [townHall.latitude, townHall.longitude] };
const sheffieldOnly: OutcodeTable = async (area) => ({ ok: true, centroids: area === 'S' ? sheffield : {} });

// Saturday 21 November 2026, 11am in London (GMT).
const saturdayMorning = new Date('2026-11-21T11:00:00Z');

const resources = [
  resourceAt('library', 0.5, { name: 'Central Library wifi', categories: ['wifi-and-computers'], hours: [{ days: ['SA'], opens: '10:00', closes: '16:00' }] }),
  resourceAt('pantry', 1, { name: 'Community pantry', categories: ['food'], free: false, hours: [{ days: ['MO'], opens: '10:00', closes: '12:00' }] }),
  resourceAt('far-away', 40, { name: 'Far library', categories: ['wifi-and-computers'] }),
  resourceAt('samaritans', null, { name: 'Samaritans', categories: ['mental-health'], hoursNote: '24 hours a day, every day.' }),
];

function finder() {
  return createSupportFinder({ outcodes: sheffieldOnly, loadResources: async () => resources, now: () => saturdayMorning });
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
      outcodes: sheffieldOnly,
      loadResources: async () => {
        attempts++;
        if (attempts === 1) throw new Error('offline');
        return resources;
      },
      now: () => saturdayMorning,
    });
    expect(await flaky.searchSupport({ postcode: 'S1', categories: [] })).toMatchObject({ ok: false, message: expect.stringContaining("We couldn't load the list of places") });
    const second = await flaky.searchSupport({ postcode: 'S1', categories: [] });
    expect(second.ok && second.nearby.length).toBe(2);
  });

  it('loads the directory once however many searches are made', async () => {
    let loads = 0;
    const counted = createSupportFinder({ outcodes: sheffieldOnly, loadResources: async () => (loads++, resources), now: () => saturdayMorning });
    await counted.searchSupport({ postcode: 'S1', categories: [] });
    await counted.searchSupport({ postcode: 'S1', categories: [], words: 'pantry' });
    expect(loads).toBe(1);
  });
});
