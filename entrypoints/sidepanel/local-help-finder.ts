import type { FinderServices } from '../../shared/ui/services.ts';

export interface LocalHelpFinder extends FinderServices {
  /** Reads the lists again on the next search: the options page saved, removed or erased the organisation's own. */
  refresh(): void;
}

/**
 * The side panel's support finder. The search engine and the lists (local-help-engine.ts) load on the first
 * search, not with the panel's first screen. A support finder reads its lists once and keeps them, so
 * `refresh` swaps in a new one; a search already under way finishes on the lists it started with.
 */
export function createLocalHelpFinder(): LocalHelpFinder {
  let current: Promise<FinderServices> | undefined;
  return {
    searchSupport: async (search) => {
      current ??= import('./local-help-engine.ts').then((engine) => engine.localHelpEngine());
      return (await current).searchSupport(search);
    },
    refresh: () => void (current = undefined),
  };
}
