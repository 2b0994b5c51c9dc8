import type { CategoryId } from '../directory/categories.ts';
import type { AccessFeature, Resource } from '../directory/resource.ts';
import { isOpenAt } from '../hours/is-open-at.ts';
import { londonClock } from '../hours/london-clock.ts';

/** What a resident needs. Every filter given must match; an absent or empty one lets everything through. */
export type ResourceFilters = {
  /** Any of these kinds of help. */
  categories?: readonly CategoryId[];
  /** Only places whose weekly hours say they are open at this instant (UK time); unknown hours don't count. */
  openAt?: Date;
  /** Only help that is free. */
  freeOnly?: boolean;
  /** A language code such as "pl" or "cy"; "pl" also matches "pl-PL". */
  language?: string;
  /** All of these access features, e.g. step-free and a hearing loop. */
  access?: readonly AccessFeature[];
  /** Only these resource ids, e.g. the matches of `searchText`, to search within what is near. */
  onlyIds?: ReadonlySet<string>;
};

/**
 * A test for "does this resource meet these needs?", set up once per search (the UK time for `openAt` is
 * worked out here, not once per resource). An invalid `openAt` Date throws a RangeError: pass a real instant.
 */
export function resourceFilter(filters: ResourceFilters): ((resource: Resource) => boolean) & { passesAll: boolean } {
  const { categories = [], freeOnly = false, language, access = [], onlyIds } = filters;
  const clock = filters.openAt && londonClock(filters.openAt);
  const wantedLanguage = language && primaryLanguage(language);
  // Only the checks a search asked for, so the nearest-first walk, which calls this for every place it
  // passes, does no work for filters that are not set (issue 15: nearest 10 within 1.5 times the raw index).
  const checks: Array<(resource: Resource) => boolean> = [];
  if (onlyIds !== undefined) checks.push((resource) => onlyIds.has(resource.id));
  if (categories.length === 1) {
    const [only] = categories;
    checks.push((resource) => resource.categories.includes(only!));
  } else if (categories.length > 1)
    checks.push((resource) => categories.some((category) => resource.categories.includes(category)));
  if (freeOnly) checks.push((resource) => resource.free === true);
  if (wantedLanguage)
    checks.push((resource) => spokenLanguages(resource).some((code) => primaryLanguage(code) === wantedLanguage));
  if (access.length > 0)
    checks.push((resource) => access.every((feature) => resource.access?.includes(feature) === true));
  if (clock !== undefined) checks.push((resource) => isOpenAt(resource.hours, clock));
  const [first, second] = checks;
  const test =
    first === undefined
      ? () => true
      : second === undefined
        ? first
        : (resource: Resource) => checks.every((check) => check(resource));
  return Object.assign((resource: Resource) => test(resource), { passesAll: first === undefined });
}

/** "pl" for "pl-PL" or "PL": BCP 47 tags compare without case, and a resident asks for a language, not a region. */
function primaryLanguage(code: string): string {
  return code.toLowerCase().split('-')[0] ?? '';
}

/** A UK service that lists no languages works in English (ORUK's language table is optional). */
function spokenLanguages(resource: Resource): readonly string[] {
  return resource.languages && resource.languages.length > 0 ? resource.languages : ['en'];
}
