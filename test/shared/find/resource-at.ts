import type { Resource } from '../../../shared/directory/resource.ts';

/** Sheffield Town Hall, the point most tests search from. */
export const townHall = { latitude: 53.3806, longitude: -1.4702 };

/** Degrees of latitude per mile on geokdbush's 6371 km sphere. */
const DEGREES_PER_MILE = 360 / (2 * Math.PI * (6371 / 1.609344));

/** A valid resource `milesNorth` of the town hall (or with no place, for `null`), with the given changes. */
export function resourceAt(id: string, milesNorth: number | null, changes: Partial<Resource> = {}): Resource {
  return {
    id,
    name: changes.name ?? `Place ${id}`,
    description: 'Drop in for help.',
    categories: ['digital-skills'],
    contact: { phone: '0114 273 4400' },
    free: true,
    lastVerified: '2026-01-15',
    source: 'Sheffield City Council',
    ...(milesNorth === null
      ? {}
      : { place: { latitude: townHall.latitude + milesNorth * DEGREES_PER_MILE, longitude: townHall.longitude } }),
    ...changes,
  };
}
