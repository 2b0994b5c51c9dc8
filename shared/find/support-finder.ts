import type { Resource } from '../directory/resource.ts';
import { openingState } from '../hours/opening-state.ts';
import { locate } from '../postcode/locate.ts';
import type { OnlineLookup } from '../postcode/look-up-postcode-online.ts';
import type { OutcodeTable } from '../postcode/outcode-table.ts';
import type { FinderServices, Opening, SupportSearch, SupportResults } from '../ui/services.ts';
import { createDirectory, type Directory } from './create-directory.ts';
import { createTextIndex, hasSearchWords, type TextIndex } from './create-text-index.ts';
import { DEFAULT_LIMIT, DEFAULT_RADIUS_MILES, findNearby } from './find-nearby.ts';
import { resourceFilter, type ResourceFilters } from './resource-filter.ts';
import { searchText } from './search-text.ts';

export interface SupportFinderOptions {
  /**
   * The directory's resources, validated; called on the first search and kept. A rejection (the data could
   * not be fetched) is not kept: the resident is told, and the next search tries again.
   */
  loadResources: () => Promise<readonly Resource[]>;
  outcodes: OutcodeTable;
  /** Only when the site owner set one: otherwise the postcode goes nowhere. */
  onlineLookup?: OnlineLookup;
  /** Miles; 10 unless set. */
  radiusMiles?: number;
  limit?: number;
  now?: () => Date;
}

/**
 * Postcode in, local and remote help out, with opening times worked out for "now": the search that the
 * widget and the extension share. Never throws for bad input: a problem comes back as a message, and help
 * by phone or online is still listed whenever it can be.
 */
const DIRECTORY_UNAVAILABLE = "We couldn't load the list of places just now. Check you are online, then try again.";

export function createSupportFinder(options: SupportFinderOptions): FinderServices {
  let resources: Promise<readonly Resource[]> | undefined;
  let directory: Promise<Directory> | undefined;
  // Built on the first search by words only: it costs seconds for a national directory.
  let textIndex: Promise<TextIndex> | undefined;
  const now = options.now ?? (() => new Date());
  const radiusMiles = options.radiusMiles ?? DEFAULT_RADIUS_MILES;

  function forgetFailures(): void {
    resources = directory = textIndex = undefined;
  }

  async function searchSupport(search: SupportSearch): Promise<SupportResults> {
    resources ??= options.loadResources();
    directory ??= resources.then(createDirectory);
    try {
      await directory;
    } catch {
      forgetFailures();
      return { ok: false, message: DIRECTORY_UNAVAILABLE, suggestions: [], remote: [] };
    }
    const words = search.words && hasSearchWords(search.words) ? search.words : undefined;
    if (words) textIndex ??= resources.then(createTextIndex);
    const [place, loaded, matching] = await Promise.all([
      locate(search.postcode, { outcodes: options.outcodes, onlineLookup: options.onlineLookup }),
      directory,
      words ? textIndex!.then((index) => new Set(searchText(index, words).map((resource) => resource.id))) : undefined,
    ]);
    const at = now();
    const filters: ResourceFilters = {
      categories: search.categories,
      freeOnly: search.freeOnly,
      openAt: search.openNow ? at : undefined,
      onlyIds: matching,
    };
    const withOpening = <T extends { resource: Resource }>(found: T) => ({ ...found, opening: openingOf(found.resource, at) });
    if (!place.ok) {
      const remote = place.showRemoteHelp ? loaded.remote.filter(resourceFilter(filters)) : [];
      return { ok: false, message: place.message, suggestions: suggestionsOf(place), remote: remote.map((resource) => withOpening({ resource })) };
    }
    const found = findNearby(loaded, place.place, { ...filters, radiusMiles, limit: options.limit ?? DEFAULT_LIMIT });
    return {
      ok: true,
      placeLabel: place.place.label,
      radiusMiles,
      nearby: found.nearby.map(withOpening),
      remote: found.remote.map((resource) => withOpening({ resource })),
    };
  }

  return { searchSupport };
}

function openingOf(resource: Resource, at: Date): Opening | undefined {
  const state = openingState(resource, at);
  return state.text ? { open: state.state === 'open', text: state.text } : undefined;
}

function suggestionsOf(problem: object): string[] {
  return 'suggestions' in problem && Array.isArray(problem.suggestions) ? problem.suggestions : [];
}
