import { signal } from '@preact/signals';
import type { CategoryId } from '../directory/categories.ts';
import type { FinderServices, SupportResults } from './services.ts';

/** The finder's state as small signals: what was typed, what was asked for, what came back. */
export function createFinderStore(services: FinderServices, initialPostcode = '') {
  const postcode = signal(initialPostcode);
  const category = signal<CategoryId | ''>('');
  const words = signal('');
  const openNow = signal(false);
  const freeOnly = signal(false);
  const searching = signal(false);
  const results = signal<SupportResults | undefined>(undefined);
  // Only the newest search may show its answer: an older, slower one must not overwrite it.
  let latest = 0;

  async function search(): Promise<void> {
    const request = ++latest;
    searching.value = true;
    let answer: SupportResults;
    try {
      answer = await services.searchSupport({
        postcode: postcode.value,
        categories: category.value ? [category.value] : [],
        words: words.value,
        openNow: openNow.value,
        freeOnly: freeOnly.value,
      });
    } catch {
      // The input is kept: only the message changes.
      answer = { ok: false, message: 'Sorry, something went wrong while searching. Please try again.', suggestions: [], remote: [] };
    }
    if (request !== latest) return;
    results.value = answer;
    searching.value = false;
  }

  function searchSuggestion(suggestion: string): Promise<void> {
    postcode.value = suggestion;
    return search();
  }

  /** Clears everything a person typed and found, e.g. before the next person sits down. */
  function forget(): void {
    latest++;
    postcode.value = initialPostcode;
    category.value = '';
    words.value = '';
    openNow.value = false;
    freeOnly.value = false;
    searching.value = false;
    results.value = undefined;
  }

  return { postcode, category, words, openNow, freeOnly, searching, results, search, searchSuggestion, forget };
}

export type FinderStore = ReturnType<typeof createFinderStore>;
