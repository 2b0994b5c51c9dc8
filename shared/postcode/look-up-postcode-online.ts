import { fetchJson } from '../util/fetch-json.ts';
import { isInGreatBritain, type Centroid } from './outcode-table.ts';
import { isSecureLookupAddress } from './lookup-address.ts';

/** A postcodes.io-compatible service chosen by the site owner. Off unless configured. */
export interface OnlineLookup {
  /** e.g. "https://api.postcodes.io"; we GET `<baseUrl>/postcodes/<postcode>`. Only https (or http to this machine) is used. */
  baseUrl: string;
  /** Milliseconds to wait before falling back to the outcode; 2,000 unless set. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * The point in postcodes.io's answer for one postcode (https://postcodes.io/docs, "Postcode Lookup"), when
 * it is one in Great Britain. Its latitude and longitude are null for postcodes without a grid reference:
 * those give undefined here and fall back to the outcode. By hand, not zod, to keep the widget's engine small.
 */
function pointIn(answer: unknown): Centroid | undefined {
  if (typeof answer !== 'object' || answer === null || !Object.hasOwn(answer, 'result')) return undefined;
  const { status, result } = answer as { status?: unknown; result?: unknown };
  if (status !== 200 || typeof result !== 'object' || result === null) return undefined;
  const { latitude, longitude } = result as { latitude?: unknown; longitude?: unknown };
  return isInGreatBritain(latitude, longitude) ? [latitude as number, longitude as number] : undefined;
}

/**
 * The exact location of a full postcode ("S1 2HE") from the configured service, or undefined on any
 * failure (not https, offline, slow, 404, unexpected JSON), so the caller can use the outcode instead.
 */
export async function lookUpPostcodeOnline(postcode: string, lookup: OnlineLookup): Promise<Centroid | undefined> {
  const base = lookup.baseUrl.trim().replace(/\/+$/, '');
  if (!isSecureLookupAddress(base)) return undefined;
  const response = await fetchJson(
    `${base}/postcodes/${encodeURIComponent(postcode)}`,
    lookup.timeoutMs ?? 2000,
    lookup.fetch,
  );
  if (!response.ok) return undefined;
  return pointIn(response.data);
}
