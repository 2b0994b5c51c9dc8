import { dateText } from '../resource-facts.ts';
import { timeOfDayText } from '../../hours/time-of-day-text.ts';
import { isPlainObject } from '../check-resource.ts';

/*
 * Open Referral UK's holiday schedules (v1 `holiday_schedules`, at service or location level): dates when
 * a place is closed, or open at other times, such as over Christmas. Signpost's weekly hours have no dates,
 * so they become words in the hours note ("Closed 24 December 2025 to 2 January 2026."), which every card
 * shows. Closures that had ended before the import are counted and left out: they no longer tell anyone
 * anything.
 */

export interface HolidayClosures {
  /** One sentence per holiday that has not ended, or undefined when there are none. */
  note?: string;
  /** Holidays that ended before `today`. */
  past: number;
  /** Holidays with no date Signpost could read, kept as written where they had words. */
  unread: number;
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})/;
const CLOCK = /^(\d{2}):(\d{2})/;

/** `today` is the import's date, as 2025-06-30. */
export function holidayClosures(schedules: readonly unknown[], today: string): HolidayClosures {
  const sentences: string[] = [];
  let past = 0;
  let unread = 0;
  for (const schedule of schedules) {
    if (!isPlainObject(schedule)) continue;
    const start = ISO_DATE.exec(String(schedule.start_date ?? ''))?.[1];
    const end = ISO_DATE.exec(String(schedule.end_date ?? ''))?.[1] ?? start;
    if (start === undefined || end === undefined) {
      unread += 1;
      continue;
    }
    if (end < today) {
      past += 1;
      continue;
    }
    const when = start === end ? dateText(start) : `${dateText(start)} to ${dateText(end)}`;
    const opens = CLOCK.exec(String(schedule.opens_at ?? ''));
    const closes = CLOCK.exec(String(schedule.closes_at ?? ''));
    const closed = schedule.closed === true || schedule.closed === 'true' || !opens || !closes;
    sentences.push(
      closed
        ? `Closed ${when}.`
        : `${when}: open ${timeOfDayText(minutesOf(opens))} to ${timeOfDayText(minutesOf(closes))} only.`,
    );
  }
  return { ...(sentences.length === 0 ? {} : { note: [...new Set(sentences)].join(' ') }), past, unread };
}

function minutesOf(match: RegExpExecArray): number {
  return Number(match[1]) * 60 + Number(match[2]);
}
