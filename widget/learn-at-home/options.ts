/** What the widget passes to the "Learn at home" chunk when it opens it. */
export interface LearnAtHomeOptions {
  /** Keeps ids unique when a page has several widgets, e.g. "signpost-2". */
  idPrefix: string;
}
