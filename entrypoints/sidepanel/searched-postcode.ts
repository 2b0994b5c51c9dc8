import type { FinderStore } from '../../shared/ui/finder/finder-store.ts';

/**
 * The postcode the finder's last search used, when that search found places: what was searched, not what
 * is in the box now. Undefined with no search, a failed one, or one by location (which has no postcode).
 */
export function searchedPostcode({ searched, results }: Pick<FinderStore, 'searched' | 'results'>): string | undefined {
  return (results.value?.ok && searched.value?.postcode) || undefined;
}
