import { loadLocalDirectory } from '../../extension/local-directory.ts';
import { loadBuiltInPacks } from '../../shared/directory/built-in-packs.ts';
import { createSupportFinder } from '../../shared/find/support-finder.ts';
import { bundledOutcodes } from '../../shared/postcode/bundled-outcodes.ts';
import type { FinderServices } from '../../shared/ui/services.ts';

/** The built-in packs, then the organisation's own list from the options page; a built-in id wins a clash. */
async function builtInAndLocalHelp() {
  const [builtIn, local] = await Promise.all([loadBuiltInPacks(), loadLocalDirectory()]);
  const ids = new Set(builtIn.resources.map((resource) => resource.id));
  return [...builtIn.resources, ...local.filter((resource) => !ids.has(resource.id))];
}

/** A support finder over the lists as they are now (it reads them once and keeps them). */
export function localHelpEngine(): FinderServices {
  return createSupportFinder({ outcodes: bundledOutcodes, loadResources: builtInAndLocalHelp });
}
