import type { FinderServices, SupportResults, SupportSearch } from '../../shared/find/support-search.ts';
import { loadChunk } from '../chunks/load-chunk.ts';
import type { Chunks } from '../chunks/protocol.ts';

const SEARCH_UNAVAILABLE = "We couldn't load the search just now. Check you are online, then try again.";

export interface LoadingSupportFinder extends FinderServices {
  /** Starts loading the search engine early, e.g. when the resident first enters the form. */
  prepare(): void;
  /** The engine once it has loaded, to draw what it found; undefined before that, or after a failed load. */
  loadedEngine(): Chunks['finder-engine'] | undefined;
}

/**
 * The finder's services before the search engine chunk has loaded: the first search waits for it. When
 * it cannot be loaded the resident is told plainly, what they typed stays, and the next search tries again.
 * `startEngine` gets the loaded engine and gives back this widget's search.
 */
export function loadingSupportFinder(
  startEngine: (engine: Chunks['finder-engine']) => FinderServices,
): LoadingSupportFinder {
  let engine: Promise<FinderServices | undefined> | undefined;
  let loaded: Chunks['finder-engine'] | undefined;

  function started(): Promise<FinderServices | undefined> {
    engine ??= loadChunk('finder-engine').then((chunk) => {
      if (chunk.ok) {
        loaded = chunk.api;
        return startEngine(chunk.api);
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

  return { searchSupport, prepare: () => void started(), loadedEngine: () => loaded };
}
