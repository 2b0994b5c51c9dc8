import type { CategoryId } from '../../directory/categories.ts';
import type { Resource } from '../../directory/resource.ts';
import type { FinderStore } from './finder-store.ts';
import { addressText, milesText } from '../../directory/resource-facts.ts';
import type { SupportResults } from '../services.ts';

const MOST_NEARBY = 3;
const MOST_REMOTE = 2;

interface LocalHelpListProps {
  finder: FinderStore;
  /** The kinds of help that fit; empty means any kind. */
  categories: readonly CategoryId[];
  /** Where "Find local help" goes, e.g. the finder on the same page. */
  findHref: string;
  onFind?: () => void;
  /** Places the helper chose for this person (e.g. "Add to handover note"): listed first, never twice. */
  chosen?: readonly Resource[];
}

/**
 * The places the helper chose, then a few that fit from the finder's last search, short enough for a
 * printed summary; or, with neither, a link to the finder. Plain text and a link per place, so it prints well.
 */
export function LocalHelpList({ finder, categories, findHref, onFind, chosen = [] }: LocalHelpListProps) {
  const { picked, listed } = localHelpToList(finder, categories, chosen);
  // A link to the finder means nothing on paper.
  const link = (
    <p class="sp-no-print">
      <a href={findHref} onClick={onFind}>
        {listed ? 'Find more local help' : 'Find local help'}
      </a>
    </p>
  );
  if (!listed) return link;
  return (
    <div class="sp-local-help">
      {chosen.length > 0 && (
        <ul>
          {chosen.map((resource) => (
            <li key={resource.id}>
              <strong>{resource.name}</strong>. {whereAndHow(resource)}
            </li>
          ))}
        </ul>
      )}
      {picked && picked.nearby.length > 0 && (
        <p>
          {chosen.length > 0 ? 'More places near' : 'Near'} {picked.placeLabel}:
        </p>
      )}
      {picked && picked.nearby.length + picked.remote.length > 0 && (
        <ul>
          {picked.nearby.map(({ resource, miles }) => (
            <li key={resource.id}>
              <strong>{resource.name}</strong>, {milesText(miles)} away. {whereAndHow(resource)}
            </li>
          ))}
          {picked.remote.map(({ resource }) => (
            <li key={resource.id}>
              <strong>{resource.name}</strong>. {whereAndHow(resource)}
            </li>
          ))}
        </ul>
      )}
      {link}
    </div>
  );
}

/** Whether LocalHelpList has places to list, not just the link to the finder: e.g. to leave its heading off paper when not. */
export function hasLocalHelp(
  finder: FinderStore,
  categories: readonly CategoryId[],
  chosen: readonly Resource[] = [],
): boolean {
  return localHelpToList(finder, categories, chosen).listed;
}

/** The places from the last search that fit, if it found any, and whether there is anything at all to list. */
function localHelpToList(finder: FinderStore, categories: readonly CategoryId[], chosen: readonly Resource[]) {
  const results = finder.results.value;
  const picked = results?.ok ? pickLocalHelp(results, categories, chosen) : undefined;
  const listed = chosen.length > 0 || (picked !== undefined && picked.nearby.length + picked.remote.length > 0);
  return { picked, listed };
}

/** The nearest places and first phone or online services that offer one of `categories`, leaving out those `chosen` already. */
function pickLocalHelp(
  results: Extract<SupportResults, { ok: true }>,
  categories: readonly CategoryId[],
  chosen: readonly Resource[],
) {
  const fits = (resource: Resource) =>
    !chosen.some((place) => place.id === resource.id) &&
    (categories.length === 0 || resource.categories.some((category) => categories.includes(category)));
  return {
    placeLabel: results.placeLabel,
    nearby: results.nearby.filter(({ resource }) => fits(resource)).slice(0, MOST_NEARBY),
    remote: results.remote.filter(({ resource }) => fits(resource)).slice(0, MOST_REMOTE),
  };
}

function whereAndHow({ place, contact }: Resource): string {
  const address = place && addressText(place);
  return [address, contact.phone && `Phone ${contact.phone}`, !place && !contact.phone && contact.website]
    .filter(Boolean)
    .join('. ');
}
