import { useLayoutEffect, useRef } from 'preact/hooks';
import { drawSearchForHelp, type SearchForHelpOptions } from './draw-search-for-help.ts';
import type { FinderStore } from './finder-store.ts';

export interface SearchForHelpProps extends SearchForHelpOptions {
  /** What to search; its `categories` option limits the kinds of help offered. */
  store: FinderStore;
}

/**
 * The top of the finder in a Preact page (the side panel): the same plain-DOM form the widget's first
 * script draws, so both products show one form. Drawn again only when its settings change.
 */
export function SearchForHelp({ store, title, idPrefix, offer, offerLocation }: SearchForHelpProps) {
  const container = useRef<HTMLDivElement>(null);
  // A layout effect, so the form is there as soon as the page is drawn, as if Preact had drawn it.
  useLayoutEffect(
    () => drawSearchForHelp(container.current!, store, { title, idPrefix, offer, offerLocation }),
    [store, title, idPrefix, offer, offerLocation],
  );
  return <div class="sp-search" ref={container} />;
}
