import type { Resource } from '../directory/resource.ts';
import { postcodeShape } from '../postcode/postcode-shape.ts';
import type { DistrictChoice } from './support-search.ts';

// A city names a hundred districts: enough to choose from, not a wall of buttons.
const MOST_DISTRICTS = 20;
// Names, not postcodes or sentences: "St Albans", "Bishop's Stortford", "Ashby-de-la-Zouch".
const PLACE_NAME = /^[\p{L}][\p{L} .'’&-]{1,40}$/u;

/**
 * How a typed place name is looked up: "St. Albans" and "st albans" are one name; "Bishop’s" and "Bishop's"
 * too. Undefined when the text is not a place name (a postcode, a sentence, markup).
 */
export function placeKey(typed: string): string | undefined {
  const trimmed = typed.trim();
  if (!PLACE_NAME.test(trimmed)) return undefined;
  return trimmed
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[.\s-]+/g, ' ')
    .trim();
}

/** The districts where places go by one name: each with how many places, and the name as first written. */
type DistrictCounts = Map<string, { town: string; count: number }>;

function count(districts: DistrictCounts, outcode: string, town: string): void {
  const known = districts.get(outcode);
  districts.set(outcode, { town: known?.town ?? town, count: (known?.count ?? 0) + 1 });
}

/** The districts with the most places when there are too many to list, then in postcode order (S1, S2, S10). */
function chosen(districts: DistrictCounts): DistrictChoice[] {
  return [...districts]
    .sort(([, a], [, b]) => b.count - a.count)
    .slice(0, MOST_DISTRICTS)
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB', { numeric: true }))
    .map(([outcode, { town }]) => ({ outcode, town }));
}

function outcodeOf(postcode: string): string | undefined {
  return postcodeShape(postcode.toUpperCase().replace(/\s+/g, ''))?.outcode;
}

/**
 * The postcode districts where `resources` have places in a town or area called `typed` (its town, or an
 * address line such as "Hyde" or "Broomhill"), with the district written as the place's own postcode
 * begins. Read from the directory already in hand: nothing is fetched, and the typed text goes nowhere.
 * Empty when `typed` is not a place name or names no place in the directory.
 */
export function districtsNamed(typed: string, resources: readonly Resource[]): DistrictChoice[] {
  const wanted = placeKey(typed);
  if (wanted === undefined) return [];
  const districts: DistrictCounts = new Map();
  for (const { place } of resources) {
    if (!place?.postcode) continue;
    const town = [place.town, ...(place.address ?? [])].find((name) => name !== undefined && placeKey(name) === wanted);
    const outcode = town && outcodeOf(place.postcode);
    if (town && outcode) count(districts, outcode, town);
  }
  return chosen(districts);
}

/** A place known by several names (its town, its village, its council's area), at one postcode. */
export interface NamedPlace {
  names: readonly string[];
  postcode: string;
}

/**
 * A file of place names, built ahead of time: for each name's key, the name as written and then its
 * districts (at most 20), as `districtsNamed` would choose them. Written per first letter of the key, so a
 * search fetches one small file and the letter is all it says about what was typed.
 */
export type PlaceNamesFile = Record<string, readonly string[]>;

/** The place-name files for these places, by the first letter of each key ("s" holds "sheffield"). */
export function placeNamesFiles(places: Iterable<NamedPlace>): Map<string, PlaceNamesFile> {
  const byKey = new Map<string, DistrictCounts>();
  for (const { names, postcode } of places) {
    const outcode = outcodeOf(postcode);
    if (outcode === undefined) continue;
    for (const name of new Set(names)) {
      const key = placeKey(name);
      if (key === undefined || !/^[a-z]/.test(key)) continue;
      const districts = byKey.get(key) ?? new Map();
      byKey.set(key, districts);
      count(districts, outcode, name.trim());
    }
  }
  const files = new Map<string, PlaceNamesFile>();
  for (const key of [...byKey.keys()].sort()) {
    const districts = chosen(byKey.get(key)!);
    const file = files.get(key[0]!) ?? {};
    files.set(key[0]!, file);
    file[key] = [districts[0]!.town, ...districts.map((district) => district.outcode)];
  }
  return files;
}

/** The districts a place-names file gives for `typed`: empty when it names no place there. */
export function districtsInFile(typed: string, file: PlaceNamesFile): DistrictChoice[] {
  const key = placeKey(typed);
  const entry = key === undefined || !Object.hasOwn(file, key) ? undefined : file[key];
  if (!entry) return [];
  const [town, ...outcodes] = entry;
  return outcodes.map((outcode) => ({ outcode, town: town! }));
}
