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

/**
 * Whether a point (degrees) is in or near Great Britain: its extremes are 49.9–60.4 N and 7.9 W–1.8 E
 * (uk-outcodes.SOURCE.md), with a little slack. Also refuses anything that is not a plain number.
 */
export function isInGreatBritain(latitude: unknown, longitude: unknown): boolean {
  return (
    typeof latitude === 'number' &&
    typeof longitude === 'number' &&
    latitude >= 49 &&
    latitude <= 61 &&
    longitude >= -9 &&
    longitude <= 2
  );
}

const OUTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/**
 * Checks one compiled area file's data (`{"S1":[53.3806,-1.4695],...}`); anything else is the unavailable
 * value. By hand, not zod: the widget's search engine reads it and must stay small (issue 15). Own keys only.
 */
export function readAreaCentroids(data: unknown): AreaLookup {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return OUTCODE_TABLE_UNAVAILABLE;
  const centroids: Record<string, Centroid> = {};
  for (const [outcode, point] of Object.entries(data)) {
    if (!OUTCODE.test(outcode) || !Array.isArray(point) || point.length !== 2) return OUTCODE_TABLE_UNAVAILABLE;
    const [latitude, longitude] = point as [unknown, unknown];
    if (!isInGreatBritain(latitude, longitude)) return OUTCODE_TABLE_UNAVAILABLE;
    centroids[outcode] = [latitude as number, longitude as number];
  }
  return { ok: true, centroids };
}
