import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PacksLoaded } from '../shared/directory/resources-from-packs.ts';
import { resourcesFromPacks } from '../shared/directory/resources-from-packs.ts';
import { readJsonFile } from './read-json-file.ts';

// Lives in cli/ because it reads files with node:fs; the extension bundles the same files per area.

/** The folder scripts/compile-libraries.ts writes to. */
export const COMPILED_LIBRARIES_FOLDER = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../shared/directory/packs/libraries',
);

const NOT_COMPILED =
  'The libraries pack has not been built. Run "npm install" (or "npx tsx scripts/compile-libraries.ts"), then try again.';

/** Every library, from every area file of the compiled pack; a missing pack is one report, not a failure. */
export async function libraryFiles(folder: string = COMPILED_LIBRARIES_FOLDER): Promise<PacksLoaded> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.json') && name !== 'index.json').sort();
  } catch {
    return { resources: [], reports: [NOT_COMPILED] };
  }
  const files = await Promise.all(names.map(async (name) => ({ name, read: await readJsonFile(join(folder, name)) })));
  const loaded = resourcesFromPacks(
    files
      .filter(({ read }) => read.ok)
      .map(({ name, read }) => ({ name: `libraries/${name}`, json: read.ok && read.value })),
  );
  const unreadable = files.flatMap(({ read }) => (read.ok ? [] : [read.message]));
  return { resources: loaded.resources, reports: [...unreadable, ...loaded.reports] };
}
