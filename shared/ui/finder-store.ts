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

  async function search(): Promise<void> {
    searching.value = true;
    try {
      results.value = await services.searchSupport({
        postcode: postcode.value,
        categories: category.value ? [category.value] : [],
        words: words.value,
        openNow: openNow.value,
        freeOnly: freeOnly.value,
      });
    } catch {
      // The input is kept: only the message changes.
      results.value = {
        ok: false,
        message: 'Sorry, something went wrong while searching. Please try again.',
        suggestions: [],
        remote: [],
      };
    } finally {
      searching.value = false;
    }
  }

  function searchSuggestion(suggestion: string): Promise<void> {
    postcode.value = suggestion;
    return search();
  }

  return { postcode, category, words, openNow, freeOnly, searching, results, search, searchSuggestion };
}

export type FinderStore = ReturnType<typeof createFinderStore>;
