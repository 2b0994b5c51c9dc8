import type { Coordinates } from '../../geo/coordinates.ts';
import type { Resource } from '../resource.ts';

/** Resources for one search, and, when the list is not the one the site asked for, a plain-English notice saying so. */
export interface LoadedResources {
  resources: readonly Resource[];
  /** For the resident, e.g. "We couldn't load this practice's own list of local help, so …". */
  notice?: string;
}

/**
 * Where a finder's resources come from: all at once (one pack) or a part at a time (area shards). Both
 * calls reject when the data can't be fetched, and a rejection is never kept: the next search tries again.
 * The same call with the same answer gives the same `resources` array, so a finder can keep its indexes.
 */
export interface ResourceSource {
  /** Help by phone or online, and at least every place within `radiusMiles` miles of `point` (degrees). */
  resourcesNear(point: Coordinates, radiusMiles: number): Promise<LoadedResources>;
  /** At least the help by phone or online: for a postcode we can't place. */
  remoteResources(): Promise<LoadedResources>;
}
