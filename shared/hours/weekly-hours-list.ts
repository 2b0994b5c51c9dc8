import { WEEKDAYS, type Weekday } from './weekdays.ts';
import type { WeeklyHours } from './weekly-hours.ts';
import { londonClock } from './london-clock.ts';
import { isInForce, minuteOfDay, rulesForEveryWeek, rulesForSomeWeeks } from './opening-intervals.ts';
import { timeOfDayText } from './time-of-day-text.ts';
import { weekdayName } from './weekday-name.ts';

/** One line of a place's opening times, e.g. "Tuesday and Thursday: 10am to 12:30pm". */
export type WeeklyHoursLine = {
  /** "Monday to Friday", "Tuesday and Thursday", "Every day". */
  days: string;
  /** "9am to midday and 1pm to 5pm", "open 24 hours". */
  times: string;
  /** For rules that only hold some weeks, e.g. "first Monday of the month". */
  note?: string;
  /** The whole line: `${days}: ${times}`, with the note in brackets after it. */
  text: string;
};

/**
 * The opening times in force on London's date at `now`, for a card: days with the same times share a line,
 * in weekday order, then one line per rule with a note. No hours, or none in force today, gives an empty
 * list: the card then shows `hoursNote` or nothing, never a guess.
 */
export function weeklyHoursList(hours: readonly WeeklyHours[] | undefined, now: Date): WeeklyHoursLine[] {
  const today = londonClock(now).date;
  const inForce = (rule: WeeklyHours) => isInForce(rule, today);
  return [
    ...linesForEveryWeek(rulesForEveryWeek(hours).filter(inForce)),
    ...rulesForSomeWeeks(hours).filter(inForce).map(lineForSomeWeeks),
  ];
}

function linesForEveryWeek(rules: readonly WeeklyHours[]): WeeklyHoursLine[] {
  const daysByTimes = new Map<string, Weekday[]>();
  for (const weekday of WEEKDAYS) {
    const times = rules
      .filter((rule) => rule.days.includes(weekday))
      .sort((a, b) => minuteOfDay(a.opens) - minuteOfDay(b.opens))
      .map(timeRangeText)
      .join(' and ');
    if (times !== '') daysByTimes.set(times, [...(daysByTimes.get(times) ?? []), weekday]);
  }
  // Map keeps insertion order, so lines come in the order of each one's first day.
  return [...daysByTimes].map(([times, days]) => line(daysText(days), times));
}

function lineForSomeWeeks(rule: WeeklyHours): WeeklyHoursLine {
  return line(daysText(rule.days), timeRangeText(rule), rule.note);
}

function line(days: string, times: string, note?: string): WeeklyHoursLine {
  const text = `${days}: ${times}${note === undefined ? '' : ` (${note})`}`;
  return note === undefined ? { days, times, text } : { days, times, note, text };
}

/** "10am to 12:30pm"; the same opening and closing time means open round the clock. */
function timeRangeText(rule: WeeklyHours): string {
  if (rule.opens === rule.closes) return 'open 24 hours';
  return `${timeOfDayText(minuteOfDay(rule.opens))} to ${timeOfDayText(minuteOfDay(rule.closes))}`;
}

/** "Monday to Friday", "Tuesday and Thursday", "Monday, Wednesday and Friday", "Every day". */
function daysText(days: readonly Weekday[]): string {
  const positions = WEEKDAYS.flatMap((weekday, position) => (days.includes(weekday) ? [position] : []));
  if (positions.length === WEEKDAYS.length) return 'Every day';
  const parts: string[] = [];
  for (const run of consecutiveRuns(positions)) {
    const names = run.map((position) => weekdayName(WEEKDAYS[position] ?? 'MO'));
    if (names.length >= 3) parts.push(`${names[0]} to ${names.at(-1)}`);
    else parts.push(...names);
  }
  return listText(parts);
}

function consecutiveRuns(positions: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const position of positions) {
    const run = runs.at(-1);
    if (run && run.at(-1) === position - 1) run.push(position);
    else runs.push([position]);
  }
  return runs;
}

/** "a", "a and b", "a, b and c". */
function listText(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
