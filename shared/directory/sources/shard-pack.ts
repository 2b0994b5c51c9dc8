import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { PACK_FORMAT, PACK_VERSION, type Pack } from '../load-pack.ts';
import type { Place, Resource } from '../resource.ts';
import {
  SHARD_INDEX_FORMAT,
  SHARD_INDEX_VERSION,
  type AreaShard,
  type Bounds,
  type ShardIndex,
} from './shard-index.ts';

/** One outcode's centre (degrees, WGS84) and the postcode area it belongs to ("S" for S1). */
export interface OutcodeCentre {
  area: string;
  latitude: number;
  longitude: number;
}

/** A file to write beside the index: a normal pack that loadPack reads. */
export interface ShardFile {
  file: string;
  pack: Pack;
}

export type ShardedPack = { ok: true; index: ShardIndex; files: ShardFile[] } | { ok: false; message: string };

const REMOTE_FILE = 'remote.json';

/**
 * Splits a checked pack into one pack per postcode area plus one of help by phone or online, with the
 * index that says which area file covers which box of the map.
 *
 * A place goes to the area of its nearest outcode centre, not of its postcode: the search works on
 * coordinates, so this keeps each area's box tight, and a record whose postcode is missing, mistyped or
 * far from its coordinates can't stretch another area's box across the country. Readers choose files by
 * box, so a place near a border is still found from the other side.
 *
 * Resources keep the pack's order within each file. With no outcode centres at all it gives
 * `{ ok: false, message }`.
 */
export function shardPack(pack: Pack, outcodes: readonly OutcodeCentre[]): ShardedPack {
  if (outcodes.length === 0)
    return { ok: false, message: 'The postcode table is empty, so places cannot be sorted into postcode areas.' };
  const areaOf = nearestAreaFinder(outcodes);
  const byArea = new Map<string, Resource[]>();
  const remote: Resource[] = [];
  for (const resource of pack.resources) {
    if (!resource.place) {
      remote.push(resource);
      continue;
    }
    const area = areaOf(resource.place);
    const inArea = byArea.get(area);
    if (inArea) inArea.push(resource);
    else byArea.set(area, [resource]);
  }
  // The source pack's header travels with every shard and the index: it is the directory's credit line.
  const { publisher, generated, example, note } = pack;
  const source = { publisher, area: pack.area, generated, example, note };
  // Every record was checked on the way in (loadPack), so each file is marked as checked (load-pack.ts).
  const shardOf = (file: string, area: string, resources: Resource[]): ShardFile => ({
    file,
    pack: { format: PACK_FORMAT, version: PACK_VERSION, ...source, area, checked: true, resources },
  });
  const areas = [...byArea.keys()].sort();
  const areaShards: AreaShard[] = areas.map((area) => {
    const resources = byArea.get(area)!;
    return {
      area,
      file: `${area}.json`,
      count: resources.length,
      bounds: boundsOf(resources.map((resource) => resource.place!)),
    };
  });
  const index: ShardIndex = {
    format: SHARD_INDEX_FORMAT,
    version: SHARD_INDEX_VERSION,
    source,
    remote: { file: REMOTE_FILE, count: remote.length },
    areas: areaShards,
  };
  return {
    ok: true,
    index,
    files: [
      ...areaShards.map(({ area, file }) => shardOf(file, `${pack.area}: postcode area ${area}`, byArea.get(area)!)),
      shardOf(REMOTE_FILE, `${pack.area}: help by phone or online`, remote),
    ],
  };
}

/** The area of the nearest outcode centre, by great-circle distance (geokdbush over a k-d tree of the centres). */
function nearestAreaFinder(outcodes: readonly OutcodeCentre[]): (place: Place) => string {
  const index = new KDBush(outcodes.length);
  for (const { latitude, longitude } of outcodes) index.add(longitude, latitude);
  index.finish();
  return (place) => outcodes[around(index, place.longitude, place.latitude, 1)[0]!]!.area;
}

/** The smallest box holding every place (at least one). A loop, not Math.min(...all): an area can hold more places than a call has room for arguments. */
function boundsOf(places: readonly Place[]): Bounds {
  const [first, ...rest] = places;
  const bounds = { south: first!.latitude, west: first!.longitude, north: first!.latitude, east: first!.longitude };
  for (const { latitude, longitude } of rest) {
    bounds.south = Math.min(bounds.south, latitude);
    bounds.north = Math.max(bounds.north, latitude);
    bounds.west = Math.min(bounds.west, longitude);
    bounds.east = Math.max(bounds.east, longitude);
  }
  return bounds;
}
