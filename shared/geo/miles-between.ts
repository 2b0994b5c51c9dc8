import type { Coordinates } from './coordinates.ts';

export const KILOMETRES_PER_MILE = 1.609344;

/*
 * The mean Earth radius geokdbush uses (6371 km), in miles, so our distances agree with the index's
 * order. The sphere is within 0.5% of the real ellipsoid: plenty for "0.8 miles away".
 */
const EARTH_RADIUS_MILES = 6371 / KILOMETRES_PER_MILE;
const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * The straight-line (great-circle, haversine) distance between two points, in miles, unrounded: the UI
 * rounds for display. A NaN coordinate gives NaN, which no radius check accepts.
 */
export function milesBetween(a: Coordinates, b: Coordinates): number {
  const halfChordSquared =
    haversine((b.latitude - a.latitude) * RADIANS_PER_DEGREE) +
    Math.cos(a.latitude * RADIANS_PER_DEGREE) *
      Math.cos(b.latitude * RADIANS_PER_DEGREE) *
      haversine((b.longitude - a.longitude) * RADIANS_PER_DEGREE);
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(Math.min(1, halfChordSquared)));
}

function haversine(angle: number): number {
  const half = Math.sin(angle / 2);
  return half * half;
}
