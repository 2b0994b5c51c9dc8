import { useState } from 'preact/hooks';
import type { SupportResults, SupportSearch } from '../services.ts';
import { useRunTime } from '../run-time.tsx';
import { printFoundHelp } from './printable-list.tsx';
import { searchLink } from './search-link.ts';
import { shareLink, type Shared } from './share-link.ts';

interface KeepThisListProps {
  results: Extract<SupportResults, { ok: true }>;
  searched: SupportSearch;
}

/**
 * "Print this list", which prints the list alone, and, on a web page, "Share this list" as a short link.
 * Only printing is offered where there is no link to share (a location search, an extension's panel).
 */
export function KeepThisList({ results, searched }: KeepThisListProps) {
  // Plain state, not a signal: the widget's engine draws this without the signals adapter (issue 15: 25 KB).
  const [shared, setShared] = useState<Shared | undefined>(undefined);
  const { now, print } = useRunTime();
  const link = searchLink(location.href, searched);
  return (
    <div class="sp-keep sp-no-print">
      <button
        type="button"
        class="sp-button sp-button--secondary"
        onClick={() => printFoundHelp(results, searched, now(), print)}
      >
        Print this list
      </button>
      {link && (
        <>
          <button
            type="button"
            class="sp-button sp-button--secondary"
            onClick={async () => setShared(await shareLink(link))}
          >
            Share this list
          </button>
          <p class="sp-hint">The link has only the first part of your postcode, never all of it.</p>
          <p role="status">{shared === 'copied' ? 'Link copied' : ''}</p>
          {shared === 'show' && (
            <label class="sp-label">
              Copy this link
              <input class="sp-input" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
            </label>
          )}
        </>
      )}
    </div>
  );
}
