import { around } from 'geokdbush';
import type { Resource } from '../directory/resource.ts';
import { compareNearby, type NearbyResource } from './compare-nearby.ts';
import type { Directory, PlacedResource } from './create-directory.ts';
import type { Coordinates } from '../geo/coordinates.ts';
import { KILOMETRES_PER_MILE, milesBetween } from '../geo/miles-between.ts';
import { resourceFilter, type ResourceFilters } from './resource-filter.ts';

export type NearbyOptions = ResourceFilters & {
  /** How far to look, in miles, inclusive. Default 10: a bus ride in a town, a drive in the country. */
  radiusMiles?: number;
  /** How many places at most. Default 20: more than a resident reads, enough to choose from. */
  limit?: number;
};

export type NearbyResults = {
  /** Places that meet the filters within the radius: nearest first, then by name, then id. */
  nearby: NearbyResource[];
  /** Help by phone, text or online that meets the filters, by name: distance doesn't apply. Shared: do not change it. */
  remote: readonly Resource[];
};

export const DEFAULT_RADIUS_MILES = 10;
export const DEFAULT_LIMIT = 20;

/*
 * Distances from geokdbush and from milesBetween can differ in the last bits; a margin this small (a
 * millimetre in 1,000 km) keeps a place exactly on the edge, or exactly tied, from slipping out.
 */
const ROUNDING_MARGIN = 1 + 1e-9;

/**
 * The places nearest `from` (degrees) that meet every filter, and the remote help that meets them too.
 * The filters run inside the index's nearest-first walk, so a filter that rejects the nearest thousand
 * places still finds the nearest that match, as fast. A radius or limit that is not a positive number,
 * or a `from` with NaN in it, finds no places (remote help is still listed).
 */
export function findNearby(directory: Directory, from: Coordinates, options: NearbyOptions = {}): NearbyResults {
  const wanted = resourceFilter(options);
  return {
    nearby: nearestPlaces(
      directory,
      from,
      options.radiusMiles ?? DEFAULT_RADIUS_MILES,
      options.limit ?? DEFAULT_LIMIT,
      wanted,
    ),
    remote: remoteFor(directory, options, wanted),
  };
}

/*
 * The remote help that meets a search's filters, kept per directory for filters that do not change with
 * the time or the words searched (the usual case: none, or a kind of help), since every search repeats it.
 */
const remoteKept = new WeakMap<Directory, Map<string, Resource[]>>();

function remoteFor(
  directory: Directory,
  options: NearbyOptions,
  wanted: (resource: Resource) => boolean,
): readonly Resource[] {
  if (options.openAt !== undefined || options.onlyIds !== undefined) return directory.remote.filter(wanted);
  if ((wanted as { passesAll?: boolean }).passesAll) return directory.remote;
  const key = JSON.stringify([
    options.categories ?? [],
    options.freeOnly ?? false,
    options.language ?? '',
    options.access ?? [],
  ]);
  let kept = remoteKept.get(directory);
  if (kept === undefined) remoteKept.set(directory, (kept = new Map()));
  let remote = kept.get(key);
  if (remote === undefined) kept.set(key, (remote = directory.remote.filter(wanted)));
  return remote;
}

function nearestPlaces(
  directory: Directory,
  from: Coordinates,
  radiusMiles: number,
  limit: number,
  wanted: ReturnType<typeof resourceFilter>,
): NearbyResource[] {
  if (!(radiusMiles >= 0 && limit >= 1)) return [];
  const { places, index } = directory;
  const placeAt = (id: number): PlacedResource => places[id] as PlacedResource;
  // No filter at all: the index walks without calling back for each place.
  const accepts = wanted.passesAll ? undefined : (id: number) => wanted(placeAt(id));
  const search = (maxResults: number, maxMiles: number) =>
    around(
      index,
      from.longitude,
      from.latitude,
      maxResults,
      maxMiles * KILOMETRES_PER_MILE * ROUNDING_MARGIN,
      accepts,
    ).map((id) => {
      // The point from the directory's typed array, not from the resource: one array read instead of
      // objects spread over the heap, which was a third of a search's time.
      const latitude = directory.points[2 * id]!;
      const longitude = directory.points[2 * id + 1]!;
      return { resource: placeAt(id), miles: milesBetween(from, { latitude, longitude }) };
    });

  // One more than needed shows whether the last place is tied with the next; the index breaks ties at random.
  let found = search(limit + 1, radiusMiles);
  const last = found[limit - 1];
  const next = found[limit];
  if (last && next && next.miles <= last.miles * ROUNDING_MARGIN) found = search(Infinity, last.miles);
  return found
    .filter((place) => place.miles <= radiusMiles)
    .sort(compareNearby)
    .slice(0, limit);
}
