import { WEEKDAYS, type Weekday } from './weekdays.ts';

/** The UK wall clock at one instant: the date and time a resident would read on a clock in Sheffield. */
export type LondonClock = {
  /** The calendar date in London, e.g. "2026-03-29", comparable with a rule's validFrom and validTo. */
  date: string;
  /** Whole days from 1970-01-01 to that date, so "tomorrow" is `day + 1` with no time zone maths. */
  day: number;
  weekday: Weekday;
  /** Minutes since London midnight, 0 to 1439. */
  minute: number;
};

export const MINUTES_PER_DAY = 24 * 60;

/*
 * Opening times are UK local time, whatever the device's time zone. Intl with timeZone 'Europe/London'
 * knows the clock changes (the last Sundays of March and October, from the IANA tz database that ships
 * with every browser and Node), so no time zone library is needed. Built once: constructing a formatter
 * is slow, formatting is fast.
 */
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

// The last answer: a search asks about the same instant for every place it lists (formatToParts is slow).
let last: { time: number; clock: LondonClock } | undefined;

/** The London date and time at `instant`. An invalid Date throws a RangeError from Intl: pass a real instant. */
export function londonClock(instant: Date): LondonClock {
  const time = instant.getTime();
  if (last?.time === time) return last.clock;
  const clock = readLondonClock(instant);
  last = { time, clock };
  return clock;
}

function readLondonClock(instant: Date): LondonClock {
  const parts: Record<string, number> = {};
  for (const part of londonParts.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0 } = parts;
  const dayNumber = Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
  return {
    date: londonDate(dayNumber),
    day: dayNumber,
    weekday: weekdayOf(dayNumber),
    minute: hour * 60 + minute,
  };
}

/** The date, e.g. "2026-03-29", of a day number from `londonClock`. */
export function londonDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The weekday of a day number: 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): Weekday {
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7] ?? 'MO';
}

/**
 * The instant when London's wall clock shows `minute` minutes after the start of `day` (minute may run past
 * 1440 into the next days). A time skipped when the clocks go forward (01:30 on the last Sunday of March)
 * lands an hour later; a time that happens twice when they go back gives the second, winter one, which is
 * when a place open through the night really closes.
 */
export function londonInstant(day: number, minute: number): Date {
  const wallAsUtc = (day * MINUTES_PER_DAY + minute) * 60_000;
  const firstGuess = wallAsUtc - londonOffset(new Date(wallAsUtc));
  return new Date(wallAsUtc - londonOffset(new Date(firstGuess)));
}

/** How far London's clock is ahead of UTC at `instant`, in milliseconds (0 in winter, an hour in summer). */
function londonOffset(instant: Date): number {
  const clock = londonClock(instant);
  const wallAsUtc = (clock.day * MINUTES_PER_DAY + clock.minute) * 60_000;
  return wallAsUtc - Math.floor(instant.getTime() / 60_000) * 60_000;
}
