import type { Coordinates } from '../../geo/coordinates.ts';
import { milesBetween } from '../../geo/miles-between.ts';
import type { AreaShard, Bounds, ShardIndex } from './shard-index.ts';

/*
 * The nearest point of a box is found by clamping latitude and longitude. Along a meridian that is exact;
 * across one it overstates the distance a little, because meridians converge and the shortest path bends
 * toward the pole: under 0.01% at 60 miles in Great Britain. This margin keeps a place just inside the
 * radius, across an area border, from being missed.
 */
const CONVERGENCE_MARGIN = 1.01;

/**
 * The area files a search within `radiusMiles` miles of `point` (degrees) needs: every area whose box
 * comes within the radius, so a resident near a border also sees places across it. In index order.
 * A radius that is not a positive number, or a point with NaN in it, needs none.
 */
export function shardsNear(index: ShardIndex, point: Coordinates, radiusMiles: number): AreaShard[] {
  if (!(radiusMiles >= 0)) return [];
  return index.areas.filter(
    (shard) => milesBetween(point, nearestPointOf(shard.bounds, point)) <= radiusMiles * CONVERGENCE_MARGIN,
  );
}

function nearestPointOf(bounds: Bounds, point: Coordinates): Coordinates {
  return {
    latitude: Math.min(Math.max(point.latitude, bounds.south), bounds.north),
    longitude: Math.min(Math.max(point.longitude, bounds.west), bounds.east),
  };
}
