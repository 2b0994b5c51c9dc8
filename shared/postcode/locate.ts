import { lookUpPostcodeOnline, type OnlineLookup } from './look-up-postcode-online.ts';
import type { AreaCentroids, Centroid, OutcodeTable, OutcodeTableUnavailable } from './outcode-table.ts';
import { parsePostcode, suggestionAreas, type ParsedPostcode } from './parse-postcode.ts';
import { unknownOutcode, type PostcodeProblem } from './postcode-problem.ts';
import { shapeLabel } from './postcode-shape.ts';

/** Where a typed postcode is, and how exactly we know. */
export interface LocatedPlace {
  /** WGS84 decimal degrees. */
  latitude: number;
  longitude: number;
  /** As people write it: "S1 2HE", or "S1" for an outcode. */
  label: string;
  /** 'postcode' only when the online lookup answered; otherwise the outcode's centre (typically within 1-2 km). */
  precision: 'postcode' | 'outcode';
  outcode: string;
  area: string;
}

export type LocateResult = { ok: true; place: LocatedPlace } | PostcodeProblem;

export interface LocateOptions {
  outcodes: OutcodeTable;
  /** Refines full postcodes online. Absent by default, so the postcode goes nowhere. */
  onlineLookup?: OnlineLookup;
}

type KnownCentroids = { ok: true; centroids: AreaCentroids } | OutcodeTableUnavailable;

/** Centroids for all `areas` together; the first area that can't be loaded makes the whole answer unavailable. */
async function loadAreas(areas: string[], table: OutcodeTable): Promise<KnownCentroids> {
  const results = await Promise.all([...new Set(areas)].map((area) => table(area)));
  const centroids: Record<string, Centroid> = {};
  for (const result of results) {
    if (!result.ok) return result;
    Object.assign(centroids, result.centroids);
  }
  return { ok: true, centroids };
}

interface ParsedAgainstTable {
  parsed: ParsedPostcode | PostcodeProblem;
  centroids: AreaCentroids;
}

/** Loads `areas`, then parses `text` against them; the loaded centroids come back with the answer. */
async function parseAgainst(text: string, areas: string[], table: OutcodeTable): Promise<ParsedAgainstTable> {
  const loaded = await loadAreas(areas, table);
  if (!loaded.ok) return { parsed: loaded, centroids: {} };
  const parsed = parsePostcode(text, { isKnownOutcode: (outcode) => Object.hasOwn(loaded.centroids, outcode) });
  return { parsed, centroids: loaded.centroids };
}

/**
 * Finds where a typed postcode or outcode is, from the outcode table, refined to the exact postcode by
 * the online lookup when one is configured (falling back silently to the outcode's centre if it fails).
 * Never throws: a problem value explains bad input, places we can't cover, and a table we can't load.
 */
export async function locate(text: string, options: LocateOptions): Promise<LocateResult> {
  // Empty input, gibberish and Northern Ireland are answered without loading anything.
  const first = parsePostcode(text);
  if (!first.ok && first.kind !== 'typo') return first;

  // A well-written postcode needs only its own area. Only for a slip do we load the areas it might have
  // meant (5K14 → SK), so the suggestions we show are real places.
  const ownArea = first.ok ? [first.area] : [];
  let answer = first.ok ? await parseAgainst(text, ownArea, options.outcodes) : undefined;
  if (!answer || (!answer.parsed.ok && answer.parsed.kind === 'unknown-outcode')) {
    answer = await parseAgainst(text, [...ownArea, ...suggestionAreas(text)], options.outcodes);
  }
  const { parsed, centroids } = answer;
  if (!parsed.ok) return parsed;

  const centroid = centroids[parsed.outcode];
  if (!centroid) return unknownOutcode(parsed.outcode, []);
  const exact =
    parsed.postcode && options.onlineLookup
      ? await lookUpPostcodeOnline(parsed.postcode, options.onlineLookup)
      : undefined;
  return {
    ok: true,
    place: {
      latitude: (exact ?? centroid)[0],
      longitude: (exact ?? centroid)[1],
      label: shapeLabel(parsed),
      precision: exact ? 'postcode' : 'outcode',
      outcode: parsed.outcode,
      area: parsed.area,
    },
  };
}
