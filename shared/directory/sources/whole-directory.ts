import { rememberSuccess } from '../../util/remember-success.ts';
import type { LoadedResources, ResourceSource } from './resource-source.ts';

/**
 * A directory that is loaded whole (a pack, the built-in packs): `load` is called on the first search and
 * its answer kept for every later one, near anywhere. A rejection is not kept, so the next search tries again.
 */
export function wholeDirectory(load: () => Promise<LoadedResources>): ResourceSource {
  const everything = rememberSuccess(load);
  return { resourcesNear: everything, remoteResources: everything };
}
