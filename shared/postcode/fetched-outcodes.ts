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
    if (response.status === 404) return { ok: true, centroids: {} };
    if (!response.ok || response.status !== 200) return OUTCODE_TABLE_UNAVAILABLE;
    return readAreaCentroids(response.data);
  };
  return async (area) => {
    const lookup = loaded.get(area) ?? (await load(area));
    if (lookup.ok) loaded.set(area, lookup);
    return lookup;
  };
}
