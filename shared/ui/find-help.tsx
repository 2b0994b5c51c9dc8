import type { FinderStore } from './finder-store.ts';
import { PostcodeForm } from './postcode-form.tsx';
import { resultsAnnouncement, SupportResultsView } from './support-results.tsx';
import { DataCredits } from './data-credits.tsx';

interface FindHelpProps {
  store: FinderStore;
  title?: string;
  idPrefix?: string;
}

/** Find local support by postcode: the same component in the widget and the extension's side panel. */
export function FindHelp({ store, title = 'Find local help', idPrefix = 'signpost' }: FindHelpProps) {
  const results = store.results.value;
  const problem = results && !results.ok ? results : undefined;
  return (
    <div class="sp-finder">
      <h2 class="sp-title">{title}</h2>
      <PostcodeForm store={store} idPrefix={idPrefix} error={problem?.message} />
      {problem && problem.suggestions.length > 0 && (
        <ul class="sp-suggestions" aria-label="Postcodes you may have meant">
          {problem.suggestions.map((suggestion) => (
            <li key={suggestion}>
              <button type="button" class="sp-link-button" onClick={() => store.searchSuggestion(suggestion)}>
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
      {results && <SupportResultsView results={results} />}
      <DataCredits />
    </div>
  );
}
