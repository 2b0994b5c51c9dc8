import type { Resource } from '../directory/resource.ts';

// "café" sorts with "cafe" and "Unit 2" before "Unit 10", as a reader expects; built once as Collators are slow to make.
const names = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Orders resources by name as a reader expects, then by id, so no two resources ever tie. */
export function compareByName(a: Resource, b: Resource): number {
  return names.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
