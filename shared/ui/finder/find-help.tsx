// FoundHelp reads the store's signals: in a Preact page the signals adapter redraws it when they change.
// (The widget's engine draws FoundHelp without the adapter: the first script redraws it instead.)
import '@preact/signals';
import { SearchForHelp, type SearchForHelpProps } from './search-for-help.tsx';
import { FoundHelp, type FoundHelpProps } from './found-help.tsx';

/** Find local support by postcode: the same component in the widget and the extension's side panel. */
export function FindHelp(props: SearchForHelpProps & FoundHelpProps) {
  return (
    <div class="sp-finder">
      <SearchForHelp {...props} />
      <FoundHelp {...props} />
    </div>
  );
}
