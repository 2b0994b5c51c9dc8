import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Resource } from '../../directory/resource.ts';
import type { SupportResults, SupportSearch } from '../services.ts';
import { bringIntoView } from '../kit/bring-into-view.ts';
import type { FinderStore } from './finder-store.ts';
import { NothingNear } from './nothing-near.tsx';
import { orderRemoteHelp } from './order-remote-help.ts';
import { ResourceCard, type HelpChoice } from './resource-card.tsx';

export interface SupportResultsProps {
  results: SupportResults;
  /** The search behind `results`: what to say was searched, and what to search next. */
  searched?: SupportSearch;
  /** For the next steps after a search that found nothing, and whether the answer takes the focus. */
  store?: FinderStore;
  /** Told when the resident follows a card's phone, website, email or directions link. */
  onSelect?: (choice: HelpChoice) => void;
  /** An extra control for each card, such as "add to handover note". */
  cardAction?: (resource: Resource) => ComponentChildren;
}

/**
 * Places near the resident first, under a heading that counts them ("12 places near S1 2HE") and takes
 * the focus when a search the resident asked for answers, scrolled into view on a phone; then help by
 * phone or online, which suits everyone, in the order that fits the kind of help asked for.
 */
export function SupportResultsView({ results, searched, store, onSelect, cardAction }: SupportResultsProps) {
  const nearbyHeading = useRef<HTMLHeadingElement>(null);
  const remoteHeading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (results.ok && store?.moveFocus.peek()) bringIntoView(nearbyHeading.current);
  }, [results]);
  const remote = orderRemoteHelp(results.remote, searched?.categories ?? []);
  return (
    <div class="sp-results">
      {results.notice && <p class="sp-notice">{results.notice}</p>}
      {results.ok && (
        <section aria-labelledby="sp-nearby-heading">
          <h2 class="sp-heading" id="sp-nearby-heading" tabIndex={-1} ref={nearbyHeading}>
            {placesCount(results.nearby.length)} near {results.placeLabel}
          </h2>
          {results.nearby.length === 0 ? (
            store &&
            searched && (
              <NothingNear
                store={store}
                searched={searched}
                placeLabel={results.placeLabel}
                radiusMiles={results.radiusMiles}
                hasRemoteHelp={remote.length > 0}
                showRemoteHelp={() => bringIntoView(remoteHeading.current)}
              />
            )
          ) : (
            <ol class="sp-list">
              {results.nearby.map(({ resource, miles, opening }) => (
                <li key={resource.id}>
                  <ResourceCard
                    resource={resource}
                    miles={miles}
                    opening={opening}
                    onSelect={onSelect}
                    extra={cardAction?.(resource)}
                  />
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {remote.length > 0 && (
        <section aria-labelledby="sp-remote-heading">
          <h2 class="sp-heading" id="sp-remote-heading" tabIndex={-1} ref={remoteHeading}>
            Help by phone or online
          </h2>
          <ul class="sp-list">
            {remote.map(({ resource, opening }) => (
              <li key={resource.id}>
                <ResourceCard
                  resource={resource}
                  opening={opening}
                  onSelect={onSelect}
                  extra={cardAction?.(resource)}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** "12 places", "1 place", "No places". */
function placesCount(count: number): string {
  if (count === 0) return 'No places';
  return count === 1 ? '1 place' : `${count} places`;
}
