import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import sheffieldExample from '../../../../shared/directory/packs/sheffield-example.json';
import type { Place } from '../../../../shared/directory/resource.ts';
import { resourcesOf } from './built-in-packs.ts';

const resources = resourcesOf(sheffieldExample);
const places = resources.flatMap((resource) =>
  resource.place === undefined ? [] : [{ id: resource.id, place: resource.place }],
);

/*
 * Phone numbers allowed in the example pack, each with where it was checked. Empty on purpose: a made-up
 * number in a demo can ring a real person. Add a number here only with its source.
 */
const CHECKED_PHONE_NUMBERS = new Map<string, string>();

/** Sheffield city centre (the Town Hall area), the point the example pack is built around. */
const SHEFFIELD_CENTRE = { latitude: 53.38, longitude: -1.47 };

/** Great-circle distance in miles (haversine; mean Earth radius 3,958.8 miles). */
function milesBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const halfChord =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) *
      Math.cos(radians(b.latitude)) *
      Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.sqrt(halfChord));
}

/** Rows of a `name,latitude,longitude,...` CSV from ../shared/data, keyed by the first column. */
function coordinatesFrom(file: string): Map<string, { latitude: number; longitude: number }> {
  // A path, not `new URL(template, import.meta.url)`: Vite turns that into a glob import of the whole folder.
  const text = readFileSync(
    resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data', file),
    'utf8',
  );
  const rows = text.trim().split('\n').slice(1);
  return new Map(
    rows.map((row) => {
      const [key = '', latitude = '', longitude = ''] = row.split(',');
      return [key, { latitude: Number(latitude), longitude: Number(longitude) }];
    }),
  );
}

const postcodes = coordinatesFrom('uk-postcodes-sample.csv');
const outcodeCentres = coordinatesFrom('uk-outcodes.csv');

const sameSpot = (place: Place, point: { latitude: number; longitude: number } | undefined) =>
  point !== undefined && place.latitude === point.latitude && place.longitude === point.longitude;

/** The outcode a place is in: from its postcode, or from the outcode centre it sits on. */
function outcodeOf(place: Place): string | undefined {
  if (place.postcode !== undefined) return place.postcode.split(' ')[0];
  return [...outcodeCentres].find(([, centre]) => sameSpot(place, centre))?.[0];
}

describe('the Sheffield example pack', () => {
  it('is marked as example data, and its note warns not to use it as it is', () => {
    expect(sheffieldExample.example).toBe(true);
    expect(sheffieldExample.note).toMatch(/example data/i);
    expect(sheffieldExample.note).toMatch(/made up/i);
  });

  it('puts every resource at a place within 15 miles of Sheffield city centre', () => {
    expect(places).toHaveLength(resources.length);
    const farAway = places.filter(({ place }) => milesBetween(SHEFFIELD_CENTRE, place) > 15);
    expect(farAway.map(({ id }) => id)).toEqual([]);
  });

  it('has no phone number unless it is on the checked list with its source', () => {
    const numbers = resources.flatMap(({ contact }) =>
      [contact.phone, contact.text].filter((number) => number !== undefined),
    );
    expect(numbers.filter((number) => !CHECKED_PHONE_NUMBERS.has(number))).toEqual([]);
  });

  it("puts each place with a postcode on that postcode's real coordinates", () => {
    const misplaced = places.filter(
      ({ place }) => place.postcode !== undefined && !sameSpot(place, postcodes.get(place.postcode)),
    );
    expect(misplaced.map(({ id }) => id)).toEqual([]);
  });

  it('puts each place without a postcode on the centre of its outcode', () => {
    const unplaced = places.filter(({ place }) => place.postcode === undefined && outcodeOf(place) === undefined);
    expect(unplaced.map(({ id }) => id)).toEqual([]);
  });

  it('spreads across S1, S2, S3, S10 and S11', () => {
    const outcodes = new Set(places.map(({ place }) => outcodeOf(place)));
    expect([...outcodes].sort()).toEqual(['S1', 'S10', 'S11', 'S2', 'S3']);
  });

  it('shows a good list near S1 2HE: at least ten places within two miles', () => {
    const s12he = postcodes.get('S1 2HE');
    expect(s12he).toBeDefined();
    const nearby = places.filter(({ place }) => s12he !== undefined && milesBetween(s12he, place) <= 2);
    expect(nearby.length).toBeGreaterThanOrEqual(10);
  });

  it('gives every place weekly opening times, so "open now" can be shown', () => {
    expect(resources.filter((resource) => (resource.hours ?? []).length === 0).map((resource) => resource.id)).toEqual(
      [],
    );
  });

  it('mixes free and paid help, and drop-in, booked and referred help', () => {
    expect(new Set(resources.map((resource) => resource.free))).toEqual(new Set([true, false]));
    expect(new Set(resources.map((resource) => resource.howToGetIn))).toEqual(new Set(['drop-in', 'book', 'referral']));
  });

  it("offers help in the city's languages besides English", () => {
    const languages = new Set(resources.flatMap((resource) => resource.languages ?? []));
    expect(['ur', 'ar', 'so', 'pl'].filter((language) => !languages.has(language))).toEqual([]);
  });
});
