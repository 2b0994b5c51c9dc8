import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AREA_PATTERN,
  OUTCODE_TABLE_UNAVAILABLE,
  readAreaCentroids,
  type AreaLookup,
  type OutcodeTable,
} from '../shared/postcode/outcode-table.ts';

// Lives in cli/ rather than shared/postcode/ because it needs node:fs, which the widget and extension must not bundle.

/** The folder scripts/compile-outcodes.ts writes to. */
export const COMPILED_OUTCODES_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../shared/postcode/outcodes');

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

/**
 * An outcode table read from `<folder>/<AREA>.json` on disk, for the command line (tsx has no import.meta.glob).
 * An area missing from the folder's index.json means we have no data for it (`{}`). A folder that was never
 * compiled (no index.json), or an unreadable or malformed file, gives the `table-unavailable` value.
 */
export function outcodeFiles(folder: string = COMPILED_OUTCODES_FOLDER): OutcodeTable {
  // Read each file once per run: `signpost find` may locate many postcodes in the same area.
  const cache = new Map<string, Promise<AreaLookup>>();
  let areas: Promise<unknown> | undefined;
  const load = async (area: string): Promise<AreaLookup> => {
    try {
      areas ??= readJson(join(folder, 'index.json'));
      const known = await areas;
      if (!Array.isArray(known)) return OUTCODE_TABLE_UNAVAILABLE;
      if (!AREA_PATTERN.test(area) || !known.includes(area)) return { ok: true, centroids: {} };
      return readAreaCentroids(await readJson(join(folder, `${area}.json`)));
    } catch {
      return OUTCODE_TABLE_UNAVAILABLE;
    }
  };
  return (area) => {
    const lookup = cache.get(area) ?? load(area);
    cache.set(area, lookup);
    return lookup;
  };
}
