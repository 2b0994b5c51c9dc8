import { loadPack, type PackLoad } from '../shared/directory/load-pack.ts';
import { readJsonFile } from './read-json-file.ts';

/** A pack file read and checked record by record; a file that can't be read or isn't a pack is one message. */
export async function readPackFile(path: string): Promise<PackLoad> {
  const file = await readJsonFile(path);
  if (!file.ok) return file;
  const loaded = loadPack(file.value);
  return loaded.ok ? loaded : { ok: false, message: `${path}: ${loaded.message}` };
}
