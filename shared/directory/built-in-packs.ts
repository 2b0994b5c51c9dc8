import { resourcesFromPacks, type PacksLoaded } from './resources-from-packs.ts';

/**
 * The national pack (help by phone or online for anyone in the UK) that ships inside the extension and the
 * command line. Imported lazily, so a bundler makes it its own chunk, loaded on the first search. The
 * widget fetches the same file instead, to stay small. The libraries come from their own per-area files
 * (sources/bundled-libraries.ts, cli/library-files.ts). The Sheffield example pack is never built in: a
 * page or a command asks for it by name.
 */
export async function loadBuiltInPacks(): Promise<PacksLoaded> {
  const national = await import('./packs/national.json');
  return resourcesFromPacks([{ name: 'national.json', json: national.default }]);
}
