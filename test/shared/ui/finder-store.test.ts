import { describe, expect, it } from 'vitest';
import { createFinderStore } from '../../../shared/ui/finder-store.ts';
import type { FinderServices, SupportResults, SupportSearch } from '../../../shared/ui/services.ts';

/** A search service whose answers arrive when the test says, to play slow and fast networks. */
function controlledServices() {
  const pending: { search: SupportSearch; answer: (results: SupportResults) => void }[] = [];
  const services: FinderServices = { searchSupport: (search) => new Promise((answer) => pending.push({ search, answer })) };
  return { services, pending };
}

const placesNear = (placeLabel: string): SupportResults => ({ ok: true, placeLabel, radiusMiles: 10, nearby: [], remote: [] });

describe('the finder store', () => {
  it('shows the newest search even when an older one answers last', async () => {
    const { services, pending } = controlledServices();
    const store = createFinderStore(services, 'S1');
    const first = store.search();
    store.postcode.value = 'S2';
    const second = store.search();
    pending[1]!.answer(placesNear('S2'));
    await second;
    pending[0]!.answer(placesNear('S1'));
    await first;
    expect(store.results.value).toEqual(placesNear('S2'));
    expect(store.searching.value).toBe(false);
  });

  it('keeps what was typed and says sorry when the search itself breaks', async () => {
    const store = createFinderStore({ searchSupport: () => Promise.reject(new Error('boom')) }, 'S1 2HE');
    await store.search();
    expect(store.postcode.value).toBe('S1 2HE');
    expect(store.results.value).toMatchObject({ ok: false, message: 'Sorry, something went wrong while searching. Please try again.' });
  });

  it('forgets what one person typed and found, and ignores their search still on its way', async () => {
    const { services, pending } = controlledServices();
    const store = createFinderStore(services, 'S1');
    store.postcode.value = 'S10 2HE';
    store.words.value = 'food bank';
    const theirs = store.search();
    store.forget();
    pending[0]!.answer(placesNear('S10 2HE'));
    await theirs;
    expect(store.postcode.value).toBe('S1');
    expect(store.words.value).toBe('');
    expect(store.results.value).toBeUndefined();
  });

  it('searches a suggested postcode only when the resident picks it', async () => {
    const { services, pending } = controlledServices();
    const store = createFinderStore(services, 'SI 2HE');
    const searched = store.searchSuggestion('S1 2HE');
    expect(pending[0]!.search.postcode).toBe('S1 2HE');
    pending[0]!.answer(placesNear('S1 2HE'));
    await searched;
    expect(store.postcode.value).toBe('S1 2HE');
  });
});
