import { signal } from '@preact/signals';
import type { CategoryId } from '../../directory/categories.ts';
import type { FinderServices, SupportResults, SupportSearch } from '../services.ts';

/** What a search was like, for a host page's statistics: never the postcode, the words or the location. */
export interface SearchSummary {
  categories: CategoryId[];
  usedWords: boolean;
  usedLocation: boolean;
  ok: boolean;
  nearbyCount: number;
  remoteCount: number;
}

export interface FinderStoreOptions {
  /** The kinds of help this finder offers; empty or absent means every kind. "Anything" means any of these. */
  categories?: CategoryId[];
  /** Told after each search that shows its results. */
  onSearched?: (summary: SearchSummary) => void;
}

/**
 * The finder's state as small signals: what was typed, what was asked for, what came back. The postcode box
 * starts with `initialPostcode`, and `forget` puts it back: a function is asked each time, for a start that
 * can change while the page is open (the side panel's area from the options page).
 */
export function createFinderStore(
  services: FinderServices,
  initialPostcode: string | (() => string) = '',
  { categories = [], onSearched }: FinderStoreOptions = {},
) {
  const startingPostcode = () => (typeof initialPostcode === 'string' ? initialPostcode : initialPostcode());
  const postcode = signal(startingPostcode());
  // With one kind of help there is nothing to choose, so it is chosen from the start.
  const chosenAtStart: CategoryId | '' = categories.length === 1 ? categories[0]! : '';
  const category = signal(chosenAtStart);
  const words = signal('');
  const openNow = signal(false);
  const freeOnly = signal(false);
  const searching = signal(false);
  const results = signal<SupportResults | undefined>(undefined);
  /** The search behind `results`, e.g. to share it: what was typed may have changed since. */
  const searched = signal<SupportSearch | undefined>(undefined);
  // Only the newest search may show its answer: an older, slower one must not overwrite it.
  let latest = 0;

  /** Searches near the typed postcode, or near `location` (degrees) from "use my location", which then replaces it. */
  async function search(location?: SupportSearch['location']): Promise<void> {
    const request = ++latest;
    searching.value = true;
    const asked: SupportSearch = {
      // A location search carries no postcode, so an online postcode lookup is never asked about it.
      postcode: location ? '' : postcode.value,
      location,
      categories: category.value ? [category.value] : categories,
      words: words.value,
      openNow: openNow.value,
      freeOnly: freeOnly.value,
    };
    let answer: SupportResults;
    try {
      answer = await services.searchSupport(asked);
    } catch {
      // The input is kept: only the message changes.
      answer = {
        ok: false,
        message: 'Sorry, something went wrong while searching. Please try again.',
        suggestions: [],
        remote: [],
      };
    }
    if (request !== latest) return;
    searched.value = asked;
    results.value = answer;
    searching.value = false;
    onSearched?.({
      categories: asked.categories,
      usedWords: !!asked.words?.trim(),
      usedLocation: !!location,
      ok: answer.ok,
      nearbyCount: answer.ok ? answer.nearby.length : 0,
      remoteCount: answer.remote.length,
    });
  }

  function searchSuggestion(suggestion: string): Promise<void> {
    postcode.value = suggestion;
    return search();
  }

  /** Clears everything a person typed and found, e.g. before the next person sits down. */
  function forget(): void {
    latest++;
    postcode.value = startingPostcode();
    category.value = chosenAtStart;
    words.value = '';
    openNow.value = false;
    freeOnly.value = false;
    searching.value = false;
    results.value = undefined;
    searched.value = undefined;
  }

  return {
    categories,
    postcode,
    category,
    words,
    openNow,
    freeOnly,
    searching,
    results,
    searched,
    search,
    searchSuggestion,
    forget,
  };
}

export type FinderStore = ReturnType<typeof createFinderStore>;
