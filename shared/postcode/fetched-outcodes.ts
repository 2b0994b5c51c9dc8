import { fetchJson } from '../util/fetch-json.ts';
import {
  AREA_PATTERN,
  OUTCODE_TABLE_UNAVAILABLE,
  readAreaCentroids,
  type AreaLookup,
  type OutcodeTable,
} from './outcode-table.ts';

export interface FetchedOutcodesOptions {
  /** Milliseconds to wait for one area file; 5,000 unless set. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Told, in plain words for the site owner, why an area's file could not be used. */
  onProblem?: (problem: string) => void;
}

/**
 * An outcode table served as files: GET `<baseUrl>/<AREA>.json` (the compiled shared/postcode/outcodes/
 * folder, copied to a web server). A 404 means we have no data for that area (`{}`); any other failure,
 * or a file that is not a valid area table, gives the `table-unavailable` value.
 */
export function fetchedOutcodes(baseUrl: string, options: FetchedOutcodesOptions = {}): OutcodeTable {
  const folder = baseUrl.replace(/\/+$/, '');
  // Answers are kept for the page's life, so a second search in the same area costs nothing;
  // failures are not, so the next search tries again.
  const loaded = new Map<string, AreaLookup>();
  const load = async (area: string): Promise<AreaLookup> => {
    if (!AREA_PATTERN.test(area)) return { ok: true, centroids: {} };
    const response = await fetchJson(`${folder}/${area}.json`, options.timeoutMs ?? 5000, options.fetch);
    if (response.status === 404) {
      // Every area of Great Britain has a file: a missing one usually means the data folder was not copied whole.
      options.onProblem?.(
        `${response.ok ? '' : response.problem} If postcodes in ${area} should be found, copy the whole signpost-data folder again.`,
      );
      return { ok: true, centroids: {} };
    }
    if (!response.ok) {
      options.onProblem?.(response.problem);
      return OUTCODE_TABLE_UNAVAILABLE;
    }
    const read = readAreaCentroids(response.data);
    if (!read.ok) options.onProblem?.(`${folder}/${area}.json is not a postcode area table.`);
    return read;
  };
  return async (area) => {
    const lookup = loaded.get(area) ?? (await load(area));
    if (lookup.ok) loaded.set(area, lookup);
    return lookup;
  };
}
