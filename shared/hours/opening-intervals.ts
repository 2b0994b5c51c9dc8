import type { WeeklyHours } from './weekly-hours.ts';
import { londonDate, MINUTES_PER_DAY, weekdayOf, type LondonClock } from './london-clock.ts';

/** A stretch of time a place is open, in London wall-clock minutes counted from 1970-01-01 00:00. */
export type OpeningInterval = { start: number; end: number };

/**
 * When `rules` have a place open from the start of `firstDay` to the end of `lastDay` (day numbers from
 * `londonClock`), joined up so that "MO 09:00-00:00" and "TU 00:00-02:00" read as one stretch to 2am.
 * Every rule given counts on the days it is in force (validFrom to validTo): pick them with
 * `rulesForEveryWeek` or `rulesForSomeWeeks` first. Closing at or before the opening time means the next
 * morning (22:00 to 02:00); opening and closing at the same time means 24 hours.
 */
export function openingIntervals(rules: readonly WeeklyHours[], firstDay: number, lastDay: number): OpeningInterval[] {
  const intervals: OpeningInterval[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const date = londonDate(day);
    const weekday = weekdayOf(day);
    for (const rule of rules) {
      if (isInForce(rule, date) && rule.days.includes(weekday)) intervals.push(intervalOn(day, rule));
    }
  }
  return joinOverlapping(intervals);
}

/** The London wall-clock minute of `clock`, on the same scale as an OpeningInterval. */
export function wallMinute(clock: LondonClock): number {
  return clock.day * MINUTES_PER_DAY + clock.minute;
}

/** The interval open at wall-clock `minute`, if any: open at the opening minute, closed at the closing one. */
export function intervalAt(intervals: readonly OpeningInterval[], minute: number): OpeningInterval | undefined {
  return intervals.find((interval) => interval.start <= minute && minute < interval.end);
}

/** Whether `rules` have a place open at `clock`; yesterday counts too, for nights past midnight. */
export function rulesCover(rules: readonly WeeklyHours[], clock: LondonClock): boolean {
  return intervalAt(openingIntervals(rules, clock.day - 1, clock.day), wallMinute(clock)) !== undefined;
}

/** The rules that hold every week they are in force: the only ones that can say "open now". */
export function rulesForEveryWeek(hours: readonly WeeklyHours[] | undefined): WeeklyHours[] {
  return (hours ?? []).filter((rule) => rule.note === undefined);
}

/** The rules with a note such as "first Monday of the month": we can't tell which weeks, so we show the note. */
export function rulesForSomeWeeks(hours: readonly WeeklyHours[] | undefined): WeeklyHours[] {
  return (hours ?? []).filter((rule) => rule.note !== undefined);
}

/** Whether `date` ("2026-03-29") falls within the rule's validFrom and validTo, both inclusive. */
export function isInForce(rule: WeeklyHours, date: string): boolean {
  return (
    (rule.validFrom === undefined || rule.validFrom <= date) && (rule.validTo === undefined || date <= rule.validTo)
  );
}

/** Minutes since midnight of a "HH:MM" time that the resource schema has already checked. */
export function minuteOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function intervalOn(day: number, rule: WeeklyHours): OpeningInterval {
  const opens = minuteOfDay(rule.opens);
  const closes = minuteOfDay(rule.closes);
  const start = day * MINUTES_PER_DAY + opens;
  return { start, end: day * MINUTES_PER_DAY + closes + (closes <= opens ? MINUTES_PER_DAY : 0) };
}

function joinOverlapping(intervals: OpeningInterval[]): OpeningInterval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const joined: OpeningInterval[] = [];
  for (const interval of sorted) {
    const last = joined.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else joined.push({ ...interval });
  }
  return joined;
}
