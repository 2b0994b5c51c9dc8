import type { Resource } from '../directory/resource.ts';
import { postcodeShape } from '../postcode/postcode-shape.ts';
import type { DistrictChoice } from './support-search.ts';

// A city names a hundred districts: enough to choose from, not a wall of buttons.
const MOST_DISTRICTS = 20;
// Names, not postcodes or sentences: "St Albans", "Bishop's Stortford", "Ashby-de-la-Zouch".
const PLACE_NAME = /^[\p{L}][\p{L} .'’&-]{1,40}$/u;

/** "St. Albans" and "st albans" are one name; "Bishop’s" and "Bishop's" too. */
function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[.\s-]+/g, ' ')
    .trim();
}

/**
 * The postcode districts where `resources` have places in a town or area called `typed` (its town, or an
 * address line such as "Hyde" or "Broomhill"), with the district written as the place's own postcode
 * begins. Read from the directory already in hand: nothing is fetched, and the typed text goes nowhere.
 * Districts with the most places come first when there are too many to list, then in postcode order
 * (S1, S2, S10). Empty when `typed` is not a place name or names no place in the directory.
 */
export function districtsNamed(typed: string, resources: readonly Resource[]): DistrictChoice[] {
  const trimmed = typed.trim();
  if (!PLACE_NAME.test(trimmed)) return [];
  const wanted = nameKey(trimmed);
  const places = new Map<string, { town: string; count: number }>();
  for (const { place } of resources) {
    if (!place?.postcode) continue;
    const town = [place.town, ...(place.address ?? [])].find((name) => name !== undefined && nameKey(name) === wanted);
    const outcode = town && postcodeShape(place.postcode.toUpperCase().replace(/\s+/g, ''))?.outcode;
    if (!town || !outcode) continue;
    const known = places.get(outcode);
    places.set(outcode, { town: known?.town ?? town, count: (known?.count ?? 0) + 1 });
  }
  return [...places]
    .sort(([, a], [, b]) => b.count - a.count)
    .slice(0, MOST_DISTRICTS)
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB', { numeric: true }))
    .map(([outcode, { town }]) => ({ outcode, town }));
}
