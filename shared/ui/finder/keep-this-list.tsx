import { useSignal } from '@preact/signals';
import { shareLink, type Shared } from './share-link.ts';

/**
 * "Print this list" and, on a web page, "Share this list" as a short link. `link` comes from
 * `searchLink`; without one (a location search, an extension's panel) only printing is offered.
 */
export function KeepThisList({ link }: { link: string | undefined }) {
  const shared = useSignal<Shared | undefined>(undefined);
  return (
    <div class="sp-keep sp-no-print">
      <button type="button" class="sp-button sp-button--secondary" onClick={() => print()}>
        Print this list
      </button>
      {link && (
        <>
          <button
            type="button"
            class="sp-button sp-button--secondary"
            onClick={async () => (shared.value = await shareLink(link))}
          >
            Share this list
          </button>
          <p class="sp-hint">The link has only the first part of your postcode, never all of it.</p>
          <p role="status">{shared.value === 'copied' ? 'Link copied' : ''}</p>
          {shared.value === 'show' && (
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
