import type { Resource } from '../directory/resource.ts';
import { compareNames } from '../util/compare-names.ts';

/** Orders resources by name as a reader expects, then by id, so no two resources ever tie. */
export function compareByName(a: Resource, b: Resource): number {
  return compareNames(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
