import { describe, expect, it } from 'vitest';
import { searchedPostcode } from '../../../entrypoints/sidepanel/searched-postcode.ts';
import { createFinderStore } from '../../../shared/ui/finder/finder-store.ts';
import type { SupportResults } from '../../../shared/ui/services.ts';

const found: SupportResults = { ok: true, placeLabel: 'S1 2HE', radiusMiles: 10, nearby: [], remote: [] };
const notFound: SupportResults = {
  ok: false,
  message: 'We could not find that postcode.',
  suggestions: [],
  remote: [],
};

describe('the postcode a session keeps', () => {
  it('is the one searched, not what was typed in the box since', async () => {
    const finder = createFinderStore({ searchSupport: async () => found }, 'S1 2HE');
    await finder.search();
    finder.postcode.value = 'M1 1AE';
    expect(searchedPostcode(finder)).toBe('S1 2HE');
  });

  it('is none when the search found nothing', async () => {
    const finder = createFinderStore({ searchSupport: async () => notFound }, 'ZZ9 9ZZ');
    await finder.search();
    expect(searchedPostcode(finder)).toBeUndefined();
  });

  it('is none for a search by location, even with a postcode in the box', async () => {
    const finder = createFinderStore(
      { searchSupport: async () => ({ ...found, placeLabel: 'your location' }) },
      'S1 2HE',
    );
    await finder.search({ latitude: 53.38, longitude: -1.47 });
    expect(searchedPostcode(finder)).toBeUndefined();
  });

  it('is none before any search', () => {
    expect(searchedPostcode(createFinderStore({ searchSupport: async () => found }, 'S1 2HE'))).toBeUndefined();
  });
});
