import type { Resource } from '../directory/resource.ts';
import { compareByName } from './compare-by-name.ts';
import type { TextIndex } from './create-text-index.ts';

/**
 * Resources whose words match every meaningful word of `query`, allowing small typos and unfinished
 * words, best match first (a match in the name counts most); equal scores by name, then id. A blank
 * query, or one that matches nothing, gives an empty list. To search within what is near, pass the
 * matches' ids to `findNearby` as `onlyIds`.
 */
export function searchText(index: TextIndex, query: string): Resource[] {
  if (query.trim() === '') return [];
  return index.words
    .search(query)
    .flatMap(({ id, score }) => {
      const resource = index.resources[id as number];
      return resource ? [{ resource, score }] : [];
    })
    .sort((a, b) => b.score - a.score || compareByName(a.resource, b.resource))
    .map(({ resource }) => resource);
}
