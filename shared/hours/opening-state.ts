import { londonClock, londonInstant, MINUTES_PER_DAY, weekdayOf } from './london-clock.ts';
import {
  intervalAt,
  openingIntervals,
  rulesCover,
  rulesForEveryWeek,
  rulesForSomeWeeks,
  wallMinute,
  type OpeningInterval,
} from './opening-intervals.ts';
import type { OpeningTimes } from './weekly-hours.ts';
import { timeOfDayText } from './time-of-day-text.ts';
import { weekdayName } from './weekday-name.ts';
import { weeklyHoursList } from './weekly-hours-list.ts';

/** Whether a place is open at an instant, in words for a card and as values for filters and sorting. */
export type OpeningState =
  /** `closesAt` is absent when it is open round the clock for the whole week ahead. */
  | { state: 'open'; text: string; closesAt?: Date; closingSoon: boolean }
  /** `opensAt` is absent when no opening is in force in the week ahead. */
  | { state: 'closed'; text: string; opensAt?: Date }
  /** `text` is the hours note, the rules with notes, or '' when there is nothing true to say. */
  | { state: 'unknown'; text: string };

/** A week ahead always reaches the next opening of a weekly rule; yesterday covers nights past midnight. */
const DAYS_AHEAD = 7;

/** Long enough to save a wasted trip, short enough not to alarm; not counted down, as a card is not live. */
const CLOSING_SOON_MINUTES = 30;

/**
 * Whether `resource` is open at `now`, by UK local time whatever the device's time zone: "Open now, closes
 * at 4pm", "Closed, opens tomorrow at 10am". Only weekly rules without a note and in force count; with
 * none, the state is 'unknown' and the text is the resource's hoursNote (or its noted rules), never a guess.
 * An invalid Date throws a RangeError from Intl: pass a real instant.
 */
export function openingState(resource: OpeningTimes, now: Date): OpeningState {
  const clock = londonClock(now);
  const intervals = openingIntervals(rulesForEveryWeek(resource.hours), clock.day - 1, clock.day + DAYS_AHEAD);
  if (intervals.length === 0) return { state: 'unknown', text: resource.hoursNote ?? someWeeksText(resource, now) };

  const nowMinute = wallMinute(clock);
  const current = intervalAt(intervals, nowMinute);
  if (current) return openUntil(current, clock.day, now);
  // A rule with a note may cover this moment: saying "Closed" could turn someone away from an open door.
  if (rulesCover(rulesForSomeWeeks(resource.hours), clock))
    return { state: 'unknown', text: `May be open now. ${someWeeksText(resource, now)}` };

  const next = intervals.find((interval) => interval.start > nowMinute);
  if (!next) return { state: 'closed', text: 'Closed' };
  return {
    state: 'closed',
    text: `Closed, opens ${openingWhenText(next.start, clock.day)}`,
    opensAt: instantOf(next.start),
  };
}

function openUntil(current: OpeningInterval, today: number, now: Date): OpeningState {
  // Open to the end of the week we looked at: there is no closing time worth naming.
  if (current.end >= (today + DAYS_AHEAD + 1) * MINUTES_PER_DAY)
    return { state: 'open', text: 'Open 24 hours', closingSoon: false };
  const closesAt = instantOf(current.end);
  const minutesLeft = (closesAt.getTime() - now.getTime()) / 60_000;
  const time = timeOfDayText(current.end);
  if (minutesLeft <= CLOSING_SOON_MINUTES)
    return { state: 'open', text: `Open now, closes soon at ${time}`, closesAt, closingSoon: true };
  // Within a day, the time alone is clear ("closes at 2am" at 11pm); beyond, name the day.
  const when = minutesLeft < MINUTES_PER_DAY ? `at ${time}` : `${dayText(dayOf(current.end), today)} at ${time}`;
  return { state: 'open', text: `Open now, closes ${when}`, closesAt, closingSoon: false };
}

/** "today at 2pm", "tomorrow at 10am", "Tuesday at 10am", "at midnight" (tonight). */
function openingWhenText(minute: number, today: number): string {
  const day = dayOf(minute);
  const time = timeOfDayText(minute);
  if (day === today && time === 'midnight') return `at ${time}`;
  return `${dayText(day, today)} at ${time}`;
}

/** The day a wall-clock minute belongs to; midnight belongs to the day it ends ("Friday at midnight"). */
function dayOf(minute: number): number {
  return Math.ceil(minute / MINUTES_PER_DAY) - 1;
}

/** "today", "tomorrow", "Tuesday", or "next Tuesday" when it is a week away and today is Tuesday too. */
function dayText(day: number, today: number): string {
  if (day === today) return 'today';
  if (day === today + 1) return 'tomorrow';
  const name = weekdayName(weekdayOf(day));
  return day - today >= 7 ? `next ${name}` : name;
}

function instantOf(minute: number): Date {
  return londonInstant(Math.floor(minute / MINUTES_PER_DAY), minute % MINUTES_PER_DAY);
}

function someWeeksText(resource: Pick<OpeningTimes, 'hours'>, now: Date): string {
  return weeklyHoursList(rulesForSomeWeeks(resource.hours), now)
    .map((line) => line.text)
    .join('. ');
}
