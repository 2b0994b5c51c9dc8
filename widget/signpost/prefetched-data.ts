/**
 * Data the widget starts fetching before the search engine has loaded, so the two arrive together rather
 * than one after the other. `fetch` hands each early answer to the engine once (a response body can be
 * read once), then fetches as usual: a failed early fetch is simply fetched again.
 */
export interface PrefetchedData {
  /** Starts fetching `url`, once, with the same settings the engine's own requests use. */
  start(url: string): void;
  /** For the engine: the early answer for `url` when there is one, otherwise a normal fetch. */
  fetch: typeof fetch;
}

export function prefetchedData(): PrefetchedData {
  const early = new Map<string, Promise<Response>>();
  // Each file once for the page's life: after the engine has it, the engine keeps what it read.
  const started = new Set<string>();
  return {
    start(url) {
      if (started.has(url)) return;
      started.add(url);
      // As shared/util/fetch-json.ts asks: no cookies and no referrer.
      const answer = fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
      answer.catch(() => early.delete(url));
      early.set(url, answer);
    },
    fetch(input, init) {
      const url = String(input instanceof Request ? input.url : input);
      const answer = early.get(url);
      if (!answer) return fetch(input, init);
      early.delete(url);
      return answer;
    },
  };
}
