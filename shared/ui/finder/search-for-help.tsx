import type { FinderStore } from './finder-store.ts';
import { PostcodeForm } from './postcode-form.tsx';
import { resultsAnnouncement } from './support-results.tsx';
import { MyLocationSearch } from './my-location-search.tsx';

export interface SearchForHelpProps {
  /** What to search; its `categories` option limits the kinds of help offered. */
  store: FinderStore;
  title?: string;
  /** Unique per finder on the page, so labels point at the right inputs. */
  idPrefix?: string;
  /** The practice's own offer, e.g. "Ask at reception for help with the NHS App, Tuesdays 2-4pm", shown first. */
  offer?: string;
  /** Offer "Use my location", which says what will happen before the browser asks. */
  offerLocation?: boolean;
}

/**
 * The top of the finder: the practice's offer, the postcode form, and what went wrong or was found, said
 * out loud. Apart from the list it finds (FoundHelp), so the widget's first script can leave that for later.
 */
export function SearchForHelp({
  store,
  title = 'Find local help',
  idPrefix = 'signpost',
  offer,
  offerLocation,
}: SearchForHelpProps) {
  const results = store.results.value;
  const problem = results && !results.ok ? results : undefined;
  // The suggestions vanish with the new search: focus goes back to the box, which now holds the choice.
  const searchSuggestion = (event: Event, suggestion: string) => {
    const root = (event.currentTarget as Element).getRootNode() as Document | ShadowRoot;
    root.getElementById(`${idPrefix}-postcode`)?.focus();
    void store.searchSuggestion(suggestion);
  };
  return (
    <>
      <h2 class="sp-title">{title}</h2>
      {offer && <p class="sp-notice">{offer}</p>}
      <PostcodeForm store={store} idPrefix={idPrefix} error={problem?.message} />
      {offerLocation && <MyLocationSearch store={store} />}
      {problem && problem.suggestions.length > 0 && (
        <ul class="sp-suggestions" aria-label="Postcodes you may have meant">
          {problem.suggestions.map((suggestion) => (
            <li key={suggestion}>
              <button type="button" class="sp-link-button" onClick={(event) => searchSuggestion(event, suggestion)}>
                Search {suggestion}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Announced once per search; the visible error sits next to the box it is about. */}
      <p class="sp-visually-hidden" role="status">
        {results && !store.searching.value ? resultsAnnouncement(results) : ''}
      </p>
    </>
  );
}
