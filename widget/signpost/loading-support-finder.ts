import type { FinderServices, SupportResults, SupportSearch } from '../../shared/find/support-search.ts';
import { loadChunk } from '../chunks/load-chunk.ts';
import type { Chunks } from '../chunks/protocol.ts';
import { directoryEntryUrls, outcodeFileUrl } from './data-files.ts';
import { prefetchedData, type PrefetchedData } from './prefetched-data.ts';

const SEARCH_UNAVAILABLE = "We couldn't load the search just now. Check you are online, then try again.";

export interface LoadingSupportFinder extends FinderServices {
  /**
   * The resident is about to search (they entered the form, or typed a whole postcode district such as
   * "S1 "): starts loading the search engine and this widget's data together. With a district, its part of
   * the postcode table too, and once the engine is in, the places near that district's centre. Only the
   * district is used here, so a full postcode goes nowhere before the resident presses Find help.
   */
  prepare(district?: string): void;
  /** The engine once it has loaded, to draw what it found; undefined before that, or after a failed load. */
  loadedEngine(): Chunks['finder-engine'] | undefined;
}

export interface WidgetData {
  /** The widget's own data folder, beside the script. */
  dataUrl: string;
  /** The site's own directory (data-directory), or undefined for the built-in packs. */
  directory?: string;
}

/**
 * The finder's services before the search engine chunk has loaded: the first search waits for it. When
 * it cannot be loaded the resident is told plainly, what they typed stays, and the next search tries again.
 * `startEngine` gets the loaded engine and the fetch that hands over what was fetched early, and gives back
 * this widget's search.
 */
export function loadingSupportFinder(
  startEngine: (engine: Chunks['finder-engine'], fetched: PrefetchedData['fetch']) => FinderServices,
  data?: WidgetData,
): LoadingSupportFinder {
  const early = prefetchedData();
  let engine: Promise<FinderServices | undefined> | undefined;
  let loaded: Chunks['finder-engine'] | undefined;
  let warmed = '';

  function started(): Promise<FinderServices | undefined> {
    engine ??= loadChunk('finder-engine').then((chunk) => {
      if (chunk.ok) {
        loaded = chunk.api;
        return startEngine(chunk.api, early.fetch);
      }
      // For the site owner; the resident reads SEARCH_UNAVAILABLE.
      console.warn(chunk.message);
      engine = undefined;
      return undefined;
    });
    return engine;
  }

  async function searchSupport(search: SupportSearch): Promise<SupportResults> {
    const services = await started();
    return services
      ? services.searchSupport(search)
      : { ok: false, message: SEARCH_UNAVAILABLE, suggestions: [], remote: [] };
  }

  function prepare(district?: string): void {
    const services = started();
    if (!data) return;
    for (const url of directoryEntryUrls(data.dataUrl, data.directory)) early.start(url);
    if (!district || district === warmed) return;
    warmed = district;
    early.start(outcodeFileUrl(data.dataUrl, /^[A-Z]+/.exec(district)![0]));
    // A search near the district's centre, its answer unused: it fetches and indexes the places nearby.
    void services.then((ready) => ready?.searchSupport({ postcode: district, categories: [] }));
  }

  return { searchSupport, prepare, loadedEngine: () => loaded };
}

/**
 * The postcode district in what the resident has typed, once it is surely complete: followed by a space
 * or by the rest of a postcode ("S1 ", "S12HE" gives "S1"). Just "S1" could still become "S10".
 */
export function typedDistrict(typed: string): string | undefined {
  const match = /^\s*([A-Z]{1,2}\d[A-Z\d]?)(?:\s+|\s*\d[A-Z]{2}\s*$)/i.exec(typed);
  return match?.[1]!.toUpperCase();
}
