import { loadLocalDirectory } from '../../extension/local-directory.ts';
import { loadBuiltInPacks } from '../../shared/directory/built-in-packs.ts';
import { bundledLibraries } from '../../shared/directory/sources/bundled-libraries.ts';
import { combinedSources } from '../../shared/directory/sources/combined-sources.ts';
import { wholeDirectory } from '../../shared/directory/sources/whole-directory.ts';
import { createSupportFinder } from '../../shared/find/support-finder.ts';
import { bundledOutcodes } from '../../shared/postcode/bundled-outcodes.ts';
import type { FinderServices } from '../../shared/ui/services.ts';

/** The national pack, then the organisation's own list from the options page; a built-in id wins a clash. */
async function builtInAndLocalHelp() {
  const [builtIn, local] = await Promise.all([loadBuiltInPacks(), loadLocalDirectory()]);
  const ids = new Set(builtIn.resources.map((resource) => resource.id));
  return { resources: [...builtIn.resources, ...local.filter((resource) => !ids.has(resource.id))] };
}

export interface LocalHelpFinder extends FinderServices {
  /** Reads the lists again on the next search: the options page saved, removed or erased the organisation's own. */
  refresh(): void;
}

/**
 * The side panel's support finder: the national pack, the public libraries near the search, and the
 * organisation's own list. A support finder reads its lists once and keeps them, so `refresh` swaps in a
 * new one; a search already under way finishes on the lists it started with.
 */
export function createLocalHelpFinder(): LocalHelpFinder {
  const libraries = bundledLibraries((report) => console.warn(`Signpost: ${report}`));
  const newFinder = () =>
    createSupportFinder({
      outcodes: bundledOutcodes,
      source: combinedSources([wholeDirectory(builtInAndLocalHelp), libraries]),
    });
  let current = newFinder();
  return {
    searchSupport: (search) => current.searchSupport(search),
    refresh: () => void (current = newFinder()),
  };
}
