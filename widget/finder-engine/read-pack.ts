import { loadCheckedPack } from '../../shared/directory/check-pack-shape.ts';
import type { PackLoad } from '../../shared/directory/load-pack.ts';
import type { ChunkLoaded } from '../chunks/load-chunk.ts';

/** Loads the full pack check, a later part (signpost-pack-check.js): only the first script knows its file and hash. */
export type LoadFullCheck = () => Promise<ChunkLoaded<'pack-check'>>;

/**
 * Reads a pack's JSON: a pack Signpost marked as checked gets the quick shape check, here in the engine;
 * any other (a site's own file) gets the full check, from the later part loaded only then (with zod), so a
 * search of the built-in directory never waits for zod. Rejects when the full check cannot be loaded.
 */
export function packReader(loadFullCheck: LoadFullCheck): (json: unknown) => Promise<PackLoad> {
  return async (json) => {
    const quick = loadCheckedPack(json);
    if (quick) return quick;
    const full = await loadFullCheck();
    if (!full.ok) throw new Error(full.message);
    return full.api.loadPack(json);
  };
}
