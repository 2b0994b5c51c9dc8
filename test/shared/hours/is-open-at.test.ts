import { describe, expect, it } from 'vitest';
import type { WeeklyHours } from '../../../shared/hours/weekly-hours.ts';
import { isOpenAt } from '../../../shared/hours/is-open-at.ts';
import { londonClock } from '../../../shared/hours/london-clock.ts';

const fridayLate = { days: ['FR'], opens: '20:00', closes: '02:00' } satisfies WeeklyHours;
const lateNight = [fridayLate];
const openAt = (hours: WeeklyHours[] | undefined, iso: string) => isOpenAt(hours, londonClock(new Date(iso)));

describe('isOpenAt', () => {
  it('counts Friday night hours as open at 1am on Saturday', () => {
    expect(openAt(lateNight, '2026-06-06T00:00:00Z')).toBe(true);
    expect(openAt(lateNight, '2026-06-06T01:00:00Z')).toBe(false);
  });

  it('never counts a place with no hours, or only noted hours, as open', () => {
    expect(openAt(undefined, '2026-06-05T20:00:00Z')).toBe(false);
    expect(openAt([{ ...fridayLate, note: 'last Friday of the month' }], '2026-06-05T20:00:00Z')).toBe(false);
  });
});
