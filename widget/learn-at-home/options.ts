import type { CategoryId } from '../../shared/directory/categories.ts';

/** What the widget passes to the "Learn at home" chunk when it opens it. */
export interface LearnAtHomeOptions {
  /** Keeps ids unique when a page has several widgets, e.g. "signpost-2". */
  idPrefix: string;
  /**
   * Moves focus to the "Learning paths" heading when it first shows: true when the resident just pressed
   * something to open it, false when it shows with the page.
   */
  takeFocus?: boolean;
  /**
   * Takes the resident to the widget's finder, with the kinds of help a path says may fit (empty means
   * any). A plain callback, not components: the chunk and the first script each carry their own Preact.
   * Without it, the player does not offer local help.
   */
  findHelp?: (categories: readonly CategoryId[]) => void;
}
