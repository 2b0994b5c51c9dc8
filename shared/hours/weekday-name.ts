import type { Weekday } from './weekly-hours.ts';

const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

/** The day's name as a resident reads it: "Tuesday" for TU. */
export function weekdayName(weekday: Weekday): string {
  return WEEKDAY_NAMES[weekday];
}
