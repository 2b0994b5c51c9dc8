import { loadLocalDirectory } from '../../extension/local-directory.ts';
import { loadBuiltInPacks } from '../../shared/directory/built-in-packs.ts';
import { bundledLibraries } from '../../shared/directory/sources/bundled-libraries.ts';
import { combinedSources } from '../../shared/directory/sources/combined-sources.ts';
import { wholeDirectory } from '../../shared/directory/sources/whole-directory.ts';
import { bundledPlaceNames } from '../../shared/find/bundled-place-names.ts';
import { loadTextIndex } from '../../shared/find/load-text-index.ts';
import { createSupportFinder } from '../../shared/find/support-finder.ts';
import { bundledOutcodes } from '../../shared/postcode/bundled-outcodes.ts';
import type { FinderServices } from '../../shared/ui/services.ts';

/** The national pack, then the organisation's own list from the options page; a built-in id wins a clash. */
async function builtInAndLocalHelp() {
  const [builtIn, local] = await Promise.all([loadBuiltInPacks(), loadLocalDirectory()]);
  const ids = new Set(builtIn.resources.map((resource) => resource.id));
  return { resources: [...builtIn.resources, ...local.filter((resource) => !ids.has(resource.id))] };
}

/**
 * A support finder over the lists as they are now (it reads them once and keeps them): the national pack
 * and the organisation's own list, and the public libraries near the search.
 */
export function localHelpEngine(): FinderServices {
  const libraries = bundledLibraries((report) => console.warn(`Signpost: ${report}`));
  return createSupportFinder({
    loadTextIndex,
    outcodes: bundledOutcodes,
    placesNamed: bundledPlaceNames,
    source: combinedSources([wholeDirectory(builtInAndLocalHelp), libraries]),
  });
}
