import * as z from 'zod/mini';
import { fetchJson } from '../util/fetch-json.ts';
import type { Centroid } from './outcode-table.ts';
import { isSecureLookupAddress } from './lookup-address.ts';

/** A postcodes.io-compatible service chosen by the site owner. Off unless configured. */
export interface OnlineLookup {
  /** e.g. "https://api.postcodes.io"; we GET `<baseUrl>/postcodes/<postcode>`. Only https (or http to this machine) is used. */
  baseUrl: string;
  /** Milliseconds to wait before falling back to the outcode; 2,000 unless set. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

// postcodes.io's answer for one postcode (https://postcodes.io/docs, "Postcode Lookup"). Its latitude and
// longitude are null for postcodes without a grid reference; those fail here and fall back to the outcode.
const LookupResponseSchema = z.object({
  status: z.literal(200),
  result: z.object({
    latitude: z.number().check(z.gte(49), z.lte(61)),
    longitude: z.number().check(z.gte(-9), z.lte(2)),
  }),
});

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
  const parsed = LookupResponseSchema.safeParse(response.data);
  return parsed.success ? [parsed.data.result.latitude, parsed.data.result.longitude] : undefined;
}
