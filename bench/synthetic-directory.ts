import { readFileSync } from 'node:fs';
import { CATEGORY_IDS } from '../shared/directory/categories.ts';
import type { Resource } from '../shared/directory/resource.ts';

/** A repeatable pseudo-random sequence (mulberry32), so every bench run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Outcode centres across Great Britain, so synthetic places cluster where people live. */
export function outcodeCentres(): [number, number][] {
  return readFileSync('../shared/data/uk-outcodes.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [, latitude, longitude] = line.split(',');
      return [Number(latitude), Number(longitude)];
    });
}

/** `count` points, each at an outcode centre picked at random (repeatably, from `seed`): where searches come from. */
export function outcodeCentrePoints(count: number, seed: number): { latitude: number; longitude: number }[] {
  const random = seededRandom(seed);
  const centres = outcodeCentres();
  return Array.from({ length: count }, () => {
    const [latitude, longitude] = centres[Math.floor(random() * centres.length)]!;
    return { latitude, longitude };
  });
}

/** `count` valid resources: about 1 in 100 by phone or online (national helplines are few), the rest within a few miles of an outcode centre. */
export function syntheticResources(count: number, seed = 1): Resource[] {
  const random = seededRandom(seed);
  const centres = outcodeCentres();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const [latitude, longitude] = pick(centres);
    const remote = random() < 0.01;
    return {
      id: `synthetic-${index}`,
      name: `Community help point ${index}`,
      description: 'Free help with computers, phones and forms.',
      categories: [pick(CATEGORY_IDS), pick(CATEGORY_IDS)],
      ...(remote
        ? {}
        : { place: { latitude: latitude + (random() - 0.5) * 0.08, longitude: longitude + (random() - 0.5) * 0.12 } }),
      contact: { website: `https://example.org/${index}` },
      hours: [{ days: ['MO', 'WE', 'FR'], opens: '09:30', closes: '16:00' }],
      free: random() < 0.8,
      lastVerified: '2026-11-01',
      source: 'Synthetic bench data',
    } satisfies Resource;
  });
}
