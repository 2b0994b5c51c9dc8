import type { ComponentChildren } from 'preact';
import type { Resource } from '../../directory/resource.ts';
import type { SupportResults } from '../services.ts';
import { ResourceCard, type HelpChoice } from './resource-card.tsx';

export interface SupportResultsProps {
  results: SupportResults;
  /** Told when the resident follows a card's phone, website, email or directions link. */
  onSelect?: (choice: HelpChoice) => void;
  /** An extra control for each card, such as "add to handover note". */
  cardAction?: (resource: Resource) => ComponentChildren;
}

/** Places near the resident first, then help by phone or online, which suits everyone. */
export function SupportResultsView({ results, onSelect, cardAction }: SupportResultsProps) {
  return (
    <div class="sp-results">
      {results.notice && <p class="sp-notice">{results.notice}</p>}
      {results.ok && (
        <section aria-labelledby="sp-nearby-heading">
          <h2 class="sp-heading" id="sp-nearby-heading">
            Places near {results.placeLabel}
          </h2>
          {results.nearby.length === 0 ? (
            <p>
              We found no places within {results.radiusMiles} miles that match. Try "Anything", or look at the help by
              phone and online below.
            </p>
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
      {results.remote.length > 0 && (
        <section aria-labelledby="sp-remote-heading">
          <h2 class="sp-heading" id="sp-remote-heading">
            Help by phone or online
          </h2>
          <ul class="sp-list">
            {results.remote.map(({ resource, opening }) => (
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

/** One sentence for screen readers when results arrive, after any notice about the list itself. */
export function resultsAnnouncement(results: SupportResults): string {
  const notice = results.notice ? `${results.notice} ` : '';
  if (!results.ok) return notice + results.message;
  const places = results.nearby.length === 1 ? '1 place' : `${results.nearby.length} places`;
  const remote = results.remote.length;
  const byPhone =
    remote === 0 ? '' : `, and ${remote === 1 ? '1 way' : `${remote} ways`} to get help by phone or online`;
  return `${notice}Found ${places} near ${results.placeLabel}${byPhone}.`;
}
