import { compareByName } from './compare-by-name.ts';
import type { PlacedResource } from './create-directory.ts';

/** A place near the resident, with its straight-line distance in miles, unrounded. */
export type NearbyResource = { resource: PlacedResource; miles: number };

/** Nearest first; places the same distance away by name, then id, so equal inputs always list the same way. */
export function compareNearby(a: NearbyResource, b: NearbyResource): number {
  return a.miles - b.miles || compareByName(a.resource, b.resource);
}
