// signals-core, not @preact/signals: the widget's first script draws its form without Preact (issue 15).
import { batch, signal } from '@preact/signals-core';
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

export interface SearchOptions {
  /** Miles; the finder's own distance when absent. */
  radiusMiles?: number;
  /**
   * Whether the answer takes the keyboard focus (the results heading, or the problem at the top): yes for
   * a search the resident asked for, no for one the page started by itself (a shared link), which must not
   * pull the page away from where the resident is reading.
   */
  moveFocus?: boolean;
}

const SEARCH_BROKE = 'Sorry, something went wrong while searching. Please try again.';

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
  /** Whether `results` should take the keyboard focus when they are drawn (see SearchOptions). */
  const moveFocus = signal(false);
  // Only the newest search may show its answer: an older, slower one must not overwrite it.
  let latest = 0;

  /** What the form says now, as a search: near `location` (degrees) instead of the postcode when given. */
  function askedNow(location: SupportSearch['location'], radiusMiles: number | undefined): SupportSearch {
    return {
      // A location search carries no postcode, so an online postcode lookup is never asked about it.
      postcode: location ? '' : postcode.value,
      location,
      categories: category.value ? [category.value] : categories,
      words: words.value,
      openNow: openNow.value,
      freeOnly: freeOnly.value,
      ...(radiusMiles === undefined ? {} : { radiusMiles }),
    };
  }

  async function run(asked: SupportSearch, { moveFocus: focus = true }: SearchOptions): Promise<void> {
    const request = ++latest;
    searching.value = true;
    let answer: SupportResults;
    try {
      answer = await services.searchSupport(asked);
    } catch {
      // The input is kept: only the message changes.
      answer = { ok: false, message: SEARCH_BROKE, suggestions: [], remote: [] };
    }
    if (request !== latest) return;
    batch(() => {
      searched.value = asked;
      moveFocus.value = focus;
      results.value = answer;
      searching.value = false;
    });
    onSearched?.({
      categories: asked.categories,
      usedWords: !!asked.words?.trim(),
      usedLocation: !!asked.location,
      ok: answer.ok,
      nearbyCount: answer.ok ? answer.nearby.length : 0,
      remoteCount: answer.remote.length,
    });
  }

  /** Searches near the typed postcode, or near `location` (degrees) from "use my location", which then replaces it. */
  function search(location?: SupportSearch['location'], options: SearchOptions = {}): Promise<void> {
    return run(askedNow(location, options.radiusMiles), options);
  }

  function searchSuggestion(suggestion: string): Promise<void> {
    postcode.value = suggestion;
    return search();
  }

  /**
   * The last search again with some of it changed, e.g. a wider distance or any kind of help: the next step
   * after a search that found nothing. The form is set to match, so what it shows is what was searched.
   */
  function searchAgain(
    changes: Partial<Pick<SupportSearch, 'radiusMiles' | 'categories' | 'words' | 'openNow' | 'freeOnly'>>,
  ) {
    const last = searched.value;
    if (!last) return Promise.resolve();
    batch(() => {
      if (!last.location) postcode.value = last.postcode;
      if (changes.categories) category.value = changes.categories.length === 1 ? changes.categories[0]! : '';
      if (changes.words !== undefined) words.value = changes.words;
      if (changes.openNow !== undefined) openNow.value = changes.openNow;
      if (changes.freeOnly !== undefined) freeOnly.value = changes.freeOnly;
    });
    return run({ ...last, ...changes }, {});
  }

  /** Clears everything a person typed and found, e.g. before the next person sits down. */
  function forget(): void {
    latest++;
    batch(() => {
      postcode.value = startingPostcode();
      category.value = chosenAtStart;
      words.value = '';
      openNow.value = false;
      freeOnly.value = false;
      searching.value = false;
      results.value = undefined;
      searched.value = undefined;
      moveFocus.value = false;
    });
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
    moveFocus,
    search,
    searchSuggestion,
    searchAgain,
    forget,
  };
}

export type FinderStore = ReturnType<typeof createFinderStore>;
