import type { FinderStore } from './finder-store.ts';
import { KeepThisList } from './keep-this-list.tsx';
import { SupportResultsView, type SupportResultsProps } from './support-results.tsx';
import { DataCredits } from './data-credits.tsx';

export type FoundHelpProps = Pick<SupportResultsProps, 'onSelect' | 'cardAction'> & { store: FinderStore };

/** What a search found, then ways to print or share it, and where the information comes from. */
export function FoundHelp({ store, onSelect, cardAction }: FoundHelpProps) {
  const results = store.results.value;
  const searched = store.searched.value;
  return (
    <>
      {results && (
        <SupportResultsView
          results={results}
          searched={searched}
          store={store}
          onSelect={onSelect}
          cardAction={cardAction}
        />
      )}
      {results?.ok && searched && <KeepThisList key={searched} results={results} searched={searched} />}
      <DataCredits />
    </>
  );
}
