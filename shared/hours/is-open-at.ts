import type { WeeklyHours } from './weekly-hours.ts';
import type { LondonClock } from './london-clock.ts';
import { rulesCover, rulesForEveryWeek } from './opening-intervals.ts';

/**
 * Whether weekly `hours` say a place is open at London time `clock` (from `londonClock(now)`, worked out
 * once per search rather than once per place). No hours, rules with a note and rules not in force all give
 * false: we never guess that a place is open.
 */
export function isOpenAt(hours: readonly WeeklyHours[] | undefined, clock: LondonClock): boolean {
  return rulesCover(rulesForEveryWeek(hours), clock);
}
