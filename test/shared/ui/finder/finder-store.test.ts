import { describe, expect, it, vi } from 'vitest';
import { createFinderStore } from '../../../../shared/ui/finder/finder-store.ts';
import type { FinderServices, SupportResults, SupportSearch } from '../../../../shared/ui/services.ts';
import { resourceAt } from '../../find/resource-at.ts';

/** A search service whose answers arrive when the test says, to play slow and fast networks. */
function controlledServices() {
  const pending: { search: SupportSearch; answer: (results: SupportResults) => void }[] = [];
  const services: FinderServices = {
    searchSupport: (search) => new Promise((answer) => pending.push({ search, answer })),
  };
  return { services, pending };
}

const placesNear = (placeLabel: string): SupportResults => ({
  ok: true,
  placeLabel,
  radiusMiles: 10,
  nearby: [],
  remote: [],
});

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
    expect(store.results.value).toMatchObject({
      ok: false,
      message: 'Sorry, something went wrong while searching. Please try again.',
    });
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

  it('starts the next person from the area it starts from now, when that can change while the page is open', () => {
    let area = 'S';
    const store = createFinderStore({ searchSupport: async () => placesNear('S1') }, () => area);
    expect(store.postcode.value).toBe('S');
    store.postcode.value = 'S10 2HE';
    area = 'M';
    store.forget();
    expect(store.postcode.value).toBe('M');
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

  it('tells the page what a search was like, without the postcode, the words or the location', async () => {
    const onSearched = vi.fn();
    const found: SupportResults = {
      ok: true,
      placeLabel: 'S1 2HE',
      radiusMiles: 10,
      nearby: [{ resource: resourceAt('library', 0.5), miles: 0.5 }],
      remote: [],
    };
    const store = createFinderStore({ searchSupport: async () => found }, 'S1 2HE', { onSearched });
    store.category.value = 'food';
    store.words.value = 'pantry';
    await store.search();
    expect(onSearched).toHaveBeenCalledWith({
      categories: ['food'],
      usedWords: true,
      usedLocation: false,
      ok: true,
      nearbyCount: 1,
      remoteCount: 0,
    });
    expect(JSON.stringify(onSearched.mock.calls)).not.toMatch(/S1|2HE|pantry/);
  });

  it('says a search by location was by location, and a failed one failed', async () => {
    const onSearched = vi.fn();
    const failed: SupportResults = { ok: false, message: 'We could not find that place.', suggestions: [], remote: [] };
    const store = createFinderStore({ searchSupport: async () => failed }, '', { onSearched });
    await store.search({ latitude: 53.38, longitude: -1.47 });
    expect(onSearched).toHaveBeenCalledWith({
      categories: [],
      usedWords: false,
      usedLocation: true,
      ok: false,
      nearbyCount: 0,
      remoteCount: 0,
    });
    expect(JSON.stringify(onSearched.mock.calls)).not.toContain('53.38');
  });

  it('searches by location without sending the typed postcode along', async () => {
    const { services, pending } = controlledServices();
    const store = createFinderStore(services, 'S1 2HE');
    void store.search({ latitude: 53.38, longitude: -1.47 });
    expect(pending[0]!.search).toMatchObject({ postcode: '', location: { latitude: 53.38, longitude: -1.47 } });
  });

  it('looks only among the kinds of help the finder offers when the resident picks "Anything"', async () => {
    const { services, pending } = controlledServices();
    const store = createFinderStore(services, 'S1', { categories: ['digital-skills', 'nhs-app'] });
    void store.search();
    store.category.value = 'nhs-app';
    void store.search();
    expect(pending.map(({ search }) => search.categories)).toEqual([['digital-skills', 'nhs-app'], ['nhs-app']]);
  });

  it('picks the only kind of help there is, and keeps it picked for the next person', () => {
    const store = createFinderStore({ searchSupport: async () => placesNear('S1') }, '', { categories: ['nhs-app'] });
    expect(store.category.value).toBe('nhs-app');
    store.forget();
    expect(store.category.value).toBe('nhs-app');
  });

  it('remembers which search the shown results came from, and forgets it with everything else', async () => {
    const store = createFinderStore({ searchSupport: async () => placesNear('S1 2HE') }, 'S1 2HE');
    await store.search();
    store.postcode.value = 'S10';
    expect(store.searched.value?.postcode).toBe('S1 2HE');
    store.forget();
    expect(store.searched.value).toBeUndefined();
  });
});

describe('the next search after one that found nothing', () => {
  it('searches the same place again with only what changed, and sets the form to match', async () => {
    const { services, pending } = controlledServices();
    const store = createFinderStore(services, 'S1 2HE', { categories: ['food', 'housing'] });
    store.category.value = 'food';
    store.openNow.value = true;
    void store.search();
    pending[0]!.answer(placesNear('S1 2HE'));
    await vi.waitFor(() => expect(store.searching.value).toBe(false));
    store.postcode.value = 'S10 typed since';

    void store.searchAgain({ radiusMiles: 25 });
    expect(pending[1]!.search).toMatchObject({
      postcode: 'S1 2HE',
      categories: ['food'],
      openNow: true,
      radiusMiles: 25,
    });
    expect(store.postcode.value).toBe('S1 2HE');

    void store.searchAgain({ categories: store.categories, openNow: false });
    expect(pending[2]!.search).toMatchObject({ categories: ['food', 'housing'], openNow: false });
    expect(store.category.value).toBe('');
    expect(store.openNow.value).toBe(false);
  });

  it('lets a search the page started show its answer without taking the focus, and one the resident asked for take it', async () => {
    const store = createFinderStore({ searchSupport: async () => placesNear('S1') }, 'S1');
    await store.search(undefined, { moveFocus: false });
    expect(store.moveFocus.value).toBe(false);
    await store.search();
    expect(store.moveFocus.value).toBe(true);
  });
});
