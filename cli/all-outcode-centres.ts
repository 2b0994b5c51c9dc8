import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutcodeCentre } from '../shared/directory/sources/shard-pack.ts';
import { COMPILED_OUTCODES_FOLDER, outcodeFiles } from './outcode-files.ts';

const NOT_COMPILED =
  'The postcode table has not been built. Run "npm install" (or "npx tsx scripts/compile-outcodes.ts"), then try again.';

/** Every outcode centre in Great Britain, from the compiled per-area files; a missing or broken table is one message. */
export async function allOutcodeCentres(
  folder: string = COMPILED_OUTCODES_FOLDER,
): Promise<{ ok: true; centres: OutcodeCentre[] } | { ok: false; message: string }> {
  let areas: unknown;
  try {
    areas = JSON.parse(await readFile(join(folder, 'index.json'), 'utf8'));
  } catch {
    return { ok: false, message: NOT_COMPILED };
  }
  if (!Array.isArray(areas)) return { ok: false, message: NOT_COMPILED };
  const table = outcodeFiles(folder);
  const centres: OutcodeCentre[] = [];
  for (const area of areas) {
    const lookup = await table(String(area));
    if (!lookup.ok) return { ok: false, message: NOT_COMPILED };
    for (const [latitude, longitude] of Object.values(lookup.centroids))
      centres.push({ area: String(area), latitude, longitude });
  }
  return { ok: true, centres };
}
