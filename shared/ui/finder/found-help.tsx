import type { FinderStore } from './finder-store.ts';
import { KeepThisList } from './keep-this-list.tsx';
import { searchLink } from './search-link.ts';
import { SupportResultsView, type SupportResultsProps } from './support-results.tsx';
import { DataCredits } from './data-credits.tsx';

export type FoundHelpProps = Omit<SupportResultsProps, 'results'> & { store: FinderStore };

/** What a search found, with ways to print or share it, and where the information comes from. */
export function FoundHelp({ store, onSelect, cardAction }: FoundHelpProps) {
  const results = store.results.value;
  const searched = store.searched.value;
  return (
    <>
      {results?.ok && searched && <KeepThisList key={searched} link={searchLink(location.href, searched)} />}
      {results && <SupportResultsView results={results} onSelect={onSelect} cardAction={cardAction} />}
      <DataCredits />
    </>
  );
}
