import { describe, expect, it } from 'vitest';
import type { ShardIndex } from '../../../../shared/directory/sources/shard-index.ts';
import { shardsNear } from '../../../../shared/directory/sources/shards-near.ts';
import { milesBetween } from '../../../../shared/geo/miles-between.ts';

// Two areas side by side along longitude -1.8 (roughly the S / SK border), and one far north.
const index: ShardIndex = {
  format: 'signpost-shards',
  version: 1,
  source: { publisher: 'Test', area: 'Test', generated: '2026-11-01' },
  remote: { file: 'remote.json', count: 0 },
  areas: [
    { area: 'S', file: 'S.json', count: 1, bounds: { south: 53.3, west: -1.8, north: 53.5, east: -1.3 } },
    { area: 'SK', file: 'SK.json', count: 1, bounds: { south: 53.3, west: -2.2, north: 53.5, east: -1.85 } },
    { area: 'IV', file: 'IV.json', count: 1, bounds: { south: 57.2, west: -5.0, north: 58.0, east: -3.5 } },
  ],
};

const areasNear = (latitude: number, longitude: number, miles: number) =>
  shardsNear(index, { latitude, longitude }, miles).map((shard) => shard.area);

describe('choosing which area files a search needs', () => {
  it('needs only the area a resident is in when every border is further than the radius', () => {
    expect(areasNear(53.38, -1.47, 10)).toEqual(['S']);
  });

  it('also needs the area across a border within the radius', () => {
    expect(areasNear(53.4, -1.75, 10)).toEqual(['S', 'SK']);
  });

  it('needs an area whose nearest edge is just inside the radius, and not one just outside', () => {
    const from = { latitude: 53.4, longitude: -1.6 };
    const toSkEdge = milesBetween(from, { latitude: 53.4, longitude: -1.85 });
    expect(areasNear(from.latitude, from.longitude, toSkEdge * 1.001)).toContain('SK');
    expect(areasNear(from.latitude, from.longitude, toSkEdge * 0.9)).not.toContain('SK');
  });

  it('needs an area whose edge comes within the radius off to one side, where meridians converge (north Scotland, 50 miles)', () => {
    // The true nearest point of the IV box's east edge, found by walking along it 0.0001 degrees at a time.
    const from = { latitude: 57.6, longitude: -2.2 };
    let nearest = Infinity;
    for (let latitude = 57.2; latitude <= 58; latitude += 0.0001)
      nearest = Math.min(nearest, milesBetween(from, { latitude, longitude: -3.5 }));
    expect(nearest).toBeLessThan(50);
    expect(areasNear(from.latitude, from.longitude, nearest)).toEqual(['IV']);
  });

  it('needs no area at all far from every box', () => {
    expect(areasNear(51.5, -0.12, 10)).toEqual([]);
  });

  it('needs nothing for a radius that is not a number', () => {
    expect(areasNear(53.38, -1.47, Number.NaN)).toEqual([]);
  });
});
