import type { CategoryId } from '../../directory/categories.ts';
import type { Resource } from '../../directory/resource.ts';

/*
 * Lines to call in a crisis, first whenever the resident asked for mental health help. Mind's Side by Side
 * names them for anyone who can't keep safe: "Samaritans; Shout; Call 111 and select the option for mental
 * health support" (https://sidebyside.mind.org.uk/staying-well-online). By id in the built-in national pack.
 */
const CRISIS_LINES: ReadonlySet<string> = new Set(['national-samaritans', 'national-shout', 'national-nhs-111']);
const MENTAL_HEALTH: CategoryId = 'mental-health';

/**
 * Help by phone or online in the order that suits the kind of help chosen: crisis lines first under mental
 * health, then the lines mainly for that kind of help (their first category), then those that also offer it.
 * Otherwise, and within each group, the order given (by name). With no kind chosen, or several, unchanged.
 */
export function orderRemoteHelp<T extends { resource: Resource }>(
  remote: readonly T[],
  categories: readonly CategoryId[],
): T[] {
  if (categories.length !== 1) return [...remote];
  const [chosen] = categories;
  const rank = ({ resource }: T) => {
    if (chosen === MENTAL_HEALTH && CRISIS_LINES.has(resource.id)) return 0;
    return resource.categories[0] === chosen ? 1 : 2;
  };
  // Array.prototype.sort is stable, so each group keeps the order it came in.
  return [...remote].sort((a, b) => rank(a) - rank(b));
}
