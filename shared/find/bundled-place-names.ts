import { districtsInFile, placeKey, type PlaceNamesFile } from './districts-named.ts';
import type { DistrictChoice } from './support-search.ts';

// The place-name files (scripts/compile-libraries.ts), one lazy chunk per first letter, for the extension's
// side panel: a town typed there loads only its letter's file. Needs a Vite build (or vitest).
const files = import.meta.glob<PlaceNamesFile>('../directory/packs/places/*.json', { import: 'default' });

/** A town's postcode districts from the place names bundled with the extension; none when it is not there. */
export async function bundledPlaceNames(typed: string): Promise<DistrictChoice[]> {
  const letter = placeKey(typed)?.[0];
  const load = letter === undefined ? undefined : files[`../directory/packs/places/${letter}.json`];
  return load ? districtsInFile(typed, await load()) : [];
}
