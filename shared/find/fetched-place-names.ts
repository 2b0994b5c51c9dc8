import { fetchJson } from '../util/fetch-json.ts';
import { rememberSuccess } from '../util/remember-success.ts';
import { districtsInFile, placeKey, type PlaceNamesFile } from './districts-named.ts';
import type { DistrictChoice } from './support-search.ts';

const OUTCODE = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;

export interface FetchedPlaceNamesOptions {
  fetch?: typeof fetch;
  /** Told, in a sentence, about a file that can't be used: for the site owner, not the resident. */
  onProblem?: (report: string) => void;
  timeoutMs?: number;
}

/** The fetched data as a place-names file, or undefined when it has any other shape. */
function placeNamesFrom(data: unknown): PlaceNamesFile | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const entries = Object.values(data);
  const wellFormed = (entry: unknown) =>
    Array.isArray(entry) &&
    entry.length >= 2 &&
    typeof entry[0] === 'string' &&
    entry.slice(1).every((outcode) => typeof outcode === 'string' && OUTCODE.test(outcode));
  return entries.every(wellFormed) ? (data as PlaceNamesFile) : undefined;
}

/**
 * Postcode districts for a town's name, from the place-name files built with the directory
 * (`placeNamesFiles`) in `folderUrl`: one small file per first letter, fetched the first time a name
 * starting with it is typed, then kept. The file is the same whatever was typed, so the server learns
 * only the letter. Any failure gives no districts (the resident is asked for a postcode, as before).
 */
export function fetchedPlaceNames(
  folderUrl: string,
  options: FetchedPlaceNamesOptions = {},
): (typed: string) => Promise<DistrictChoice[]> {
  const files = new Map<string, () => Promise<PlaceNamesFile>>();
  const fileFor = (letter: string) => {
    const url = new URL(`${letter}.json`, folderUrl).href;
    return rememberSuccess(async () => {
      const response = await fetchJson(url, options.timeoutMs ?? 5000, options.fetch);
      const file = response.ok ? placeNamesFrom(response.data) : undefined;
      if (file === undefined) {
        const problem = response.ok ? `${url} is not a file of place names.` : response.problem;
        options.onProblem?.(problem);
        throw new Error(problem);
      }
      return file;
    });
  };
  return async (typed) => {
    const letter = placeKey(typed)?.[0];
    if (letter === undefined || !/^[a-z]$/.test(letter)) return [];
    if (!files.has(letter)) files.set(letter, fileFor(letter));
    try {
      return districtsInFile(typed, await files.get(letter)!());
    } catch {
      return [];
    }
  };
}
