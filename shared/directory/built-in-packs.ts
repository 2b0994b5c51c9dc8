import { resourcesFromPacks, type PacksLoaded } from './resources-from-packs.ts';

/**
 * The packs that ship inside the extension (and the command line). Imported lazily, so a bundler makes
 * them their own chunks, loaded on the first search. The widget fetches the same files instead, to stay small.
 */
export async function loadBuiltInPacks(): Promise<PacksLoaded> {
  const [national, sheffield] = await Promise.all([
    import('./packs/national.json'),
    import('./packs/sheffield-example.json'),
  ]);
  return resourcesFromPacks([
    { name: 'national.json', json: national.default },
    { name: 'sheffield-example.json', json: sheffield.default },
  ]);
}
