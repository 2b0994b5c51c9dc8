import type { Resource } from '../directory/resource.ts';
import type { Coordinates } from '../geo/coordinates.ts';
import type { CreateTextIndex, TextIndex } from './create-text-index.ts';

/*
 * Word search over a big directory without building one big index: a national list of 100,000 places
 * took 2 to 3 seconds to index in a resident's browser. Places are sorted into cells of the map (about
 * 17 by 17 miles), and the first search in an area builds one word index over the cells it covers
 * (tens of milliseconds); later searches there reuse it. Help by phone or online has one index of its own.
 * Only the ids are wanted here (they filter the nearest-first walk), so results are not sorted.
 */

const CELL_DEGREES_LATITUDE = 0.25;
const CELL_DEGREES_LONGITUDE = 0.4;
const MILES_PER_DEGREE_LATITUDE = 69;

export interface TextIndexByArea {
  /** Ids of the resources whose words match `query`: the remote ones, and the places within `radiusMiles` of `point` (cells overlapping it). */
  matching(query: string, point: Coordinates | undefined, radiusMiles: number): Set<string>;
}

/** `createIndex` is createTextIndex, handed in: the widget loads it (and MiniSearch) only for a word search. */
export function textIndexByArea(resources: readonly Resource[], createIndex: CreateTextIndex): TextIndexByArea {
  const cells = new Map<string, Resource[]>();
  const remote: Resource[] = [];
  for (const resource of resources) {
    if (resource.place === undefined) {
      remote.push(resource);
      continue;
    }
    const key = cellKey(
      cellOf(resource.place.latitude, CELL_DEGREES_LATITUDE),
      cellOf(resource.place.longitude, CELL_DEGREES_LONGITUDE),
    );
    const cell = cells.get(key);
    if (cell) cell.push(resource);
    else cells.set(key, [resource]);
  }
  const built = new Map<string, TextIndex>();
  const indexOf = (key: string, members: () => readonly Resource[]) => {
    let index = built.get(key);
    if (index === undefined) {
      // A few areas at a time are plenty for one page: the oldest is let go first.
      if (built.size >= 64) built.delete(built.keys().next().value!);
      built.set(key, (index = createIndex(members())));
    }
    return index;
  };
  return {
    matching(query, point, radiusMiles) {
      const ids = new Set<string>();
      const add = (index: TextIndex) => {
        for (const { id } of index.words.search(query)) {
          const resource = index.resources[id as number];
          if (resource) ids.add(resource.id);
        }
      };
      if (remote.length > 0) add(indexOf('remote', () => remote));
      if (point === undefined || !(radiusMiles >= 0)) return ids;
      const latitudeSpan = radiusMiles / MILES_PER_DEGREE_LATITUDE;
      // A degree of longitude shrinks towards the poles: at the edge nearest the pole, with a margin.
      const nearPole = Math.min(89, Math.abs(point.latitude) + latitudeSpan);
      const longitudeSpan = latitudeSpan / Math.max(0.01, Math.cos((nearPole * Math.PI) / 180));
      const rows = [
        cellOf(point.latitude - latitudeSpan, CELL_DEGREES_LATITUDE),
        cellOf(point.latitude + latitudeSpan, CELL_DEGREES_LATITUDE),
      ];
      const columns = [
        cellOf(point.longitude - longitudeSpan, CELL_DEGREES_LONGITUDE),
        cellOf(point.longitude + longitudeSpan, CELL_DEGREES_LONGITUDE),
      ];
      const keys: string[] = [];
      for (let row = rows[0]!; row <= rows[1]!; row += 1)
        for (let column = columns[0]!; column <= columns[1]!; column += 1)
          if (cells.has(cellKey(row, column))) keys.push(cellKey(row, column));
      if (keys.length > 0) add(indexOf(keys.join(' '), () => keys.flatMap((key) => cells.get(key)!)));
      return ids;
    },
  };
}

function cellOf(degrees: number, size: number): number {
  return Math.floor(degrees / size);
}

function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}
