import { loadCheckedPack } from './check-pack-shape.ts';
import { loadPack, type PackLoad } from './load-pack.ts';

/**
 * A pack Signpost marked as checked gets the quick shape check (check-pack-shape.ts, no zod); any other
 * pack, such as a file a site wrote itself, gets loadPack's full check. A bundle that wants to leave zod
 * out can call loadCheckedPack itself and import load-pack.ts only when it returns undefined.
 */
export function loadAnyPack(json: unknown): PackLoad {
  return loadCheckedPack(json) ?? loadPack(json);
}
