import type { Pack } from '../../../../shared/directory/load-pack.ts';
import type { Resource } from '../../../../shared/directory/resource.ts';
import type { OutcodeCentre } from '../../../../shared/directory/sources/shard-pack.ts';

/** Real outcode centres (../shared/data/uk-outcodes.csv) either side of the Sheffield / Stockport (SK) border. */
export const OUTCODES: OutcodeCentre[] = [
  { area: 'S', latitude: 53.3806, longitude: -1.4695 }, // S1, Sheffield city centre
  { area: 'S', latitude: 53.38265, longitude: -1.59897 }, // S6 (west edge, towards the Peak)
  { area: 'SK', latitude: 53.44398, longitude: -1.94964 }, // SK13, Glossop
  { area: 'SK', latitude: 53.45093, longitude: -2.07988 }, // SK14, Hyde
];

/** A valid resource at `place` (degrees), or with no place for help by phone or online. */
export function resourceWith(id: string, place?: { latitude: number; longitude: number; postcode?: string }): Resource {
  return {
    id,
    name: `Help point ${id}`,
    description: 'Help with phones and forms.',
    categories: ['digital-skills'],
    ...(place ? { place } : {}),
    contact: { website: `https://example.org/${id}` },
    free: true,
    lastVerified: '2026-10-01',
    source: 'Test',
  };
}

export function packOf(resources: Resource[]): Pack {
  return {
    format: 'signpost-pack',
    version: 1,
    publisher: 'Peak Digital Network',
    area: 'Sheffield and the Peak',
    generated: '2026-11-01',
    note: 'Checked by phone.',
    resources,
  };
}
