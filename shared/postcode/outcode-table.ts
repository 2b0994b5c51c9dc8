import * as z from 'zod/mini';

/*
 * Where outcode centroids come from is the caller's choice: bundled chunks in the widget and extension,
 * files on disk for the command line, or a web folder for the widget's shard mode. The core only sees this.
 */

/** [latitude, longitude] in WGS84 decimal degrees: the mean of every postcode in the outcode (ONS NSPL). */
export type Centroid = readonly [latitude: number, longitude: number];

/** Outcode ("S1") → its centroid, for one postcode area ("S"). */
export type AreaCentroids = Readonly<Record<string, Centroid>>;

export interface OutcodeTableUnavailable {
  ok: false;
  kind: 'table-unavailable';
  message: string;
  showRemoteHelp: true;
}

export type AreaLookup = { ok: true; centroids: AreaCentroids } | OutcodeTableUnavailable;

/**
 * Loads the centroids for one postcode area ("S", "SK"). An area we have no data for gives `{}`;
 * a table that can't be reached (offline, a bad file) gives the `table-unavailable` value, never a throw.
 */
export type OutcodeTable = (area: string) => Promise<AreaLookup>;

export const OUTCODE_TABLE_UNAVAILABLE: OutcodeTableUnavailable = {
  ok: false,
  kind: 'table-unavailable',
  message: "We couldn't load the postcode map just now. Please try again. Phone and online help still work.",
  showRemoteHelp: true,
};

/** Areas are one or two capital letters: anything else never reaches a file name or a URL. */
export const AREA_PATTERN = /^[A-Z]{1,2}$/;

const AreaCentroidsSchema = z.record(
  z.string().check(z.regex(/^[A-Z]{1,2}[0-9][A-Z0-9]?$/)),
  // Great Britain's extremes are 49.9–60.4 N and 7.9 W–1.8 E (uk-outcodes.SOURCE.md): a little slack around them.
  z.tuple([z.number().check(z.gte(49), z.lte(61)), z.number().check(z.gte(-9), z.lte(2))]),
);

/** Checks one compiled area file's data (`{"S1":[53.3806,-1.4695],...}`); anything else is the unavailable value. */
export function readAreaCentroids(data: unknown): AreaLookup {
  const parsed = AreaCentroidsSchema.safeParse(data);
  return parsed.success ? { ok: true, centroids: parsed.data } : OUTCODE_TABLE_UNAVAILABLE;
}
