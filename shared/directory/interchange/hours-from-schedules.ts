import { WEEKDAYS, type Weekday, type WeeklyHours } from '../../hours/weekly-hours.ts';
import { nonEmptyText } from '../../util/non-empty-text.ts';
import { timeOfDayText } from '../../hours/time-of-day-text.ts';
import { weekdayName } from '../../hours/weekday-name.ts';

/*
 * Open Referral UK schedules (iCal-style rules, schema/schedule.json) as Signpost opening hours. A plain
 * weekly rule (freq WEEKLY, interval 1, byday, opens_at, closes_at) becomes `WeeklyHours`; so does a daily
 * one, which iCal defines as every day of its byday list. Anything we can't turn into "open now" safely
 * (MONTHLY, "1MO", every 2 weeks, bymonthday, rule parts we don't read, a rule with words but no freq) is
 * kept in words: as a rule with a `note` when it has days and times, else in the hours note. Each of those
 * is reported, because a resident could otherwise be told a monthly session is open every week.
 */

export interface OpenReferralSchedule {
  freq?: string | null;
  interval?: number | null;
  byday?: string | null;
  bymonthday?: string | null;
  opens_at?: string | null;
  closes_at?: string | null;
  valid_from?: string | null;
  valid_to?: string | null;
  description?: string | null;
  notes?: string | null;
  [other: string]: unknown;
}

export interface HoursFromSchedules {
  hours: WeeklyHours[];
  hoursNote?: string;
  /** Plain-English reports of rules that became notes, or whose times were read with care. */
  warnings: string[];
}

/** Rule parts beyond what schedule.json lists, or that we don't turn into hours. */
const UNREAD_RULE_PARTS = ['byweekno', 'byyearday', 'bymonth', 'bysetpos', 'count', 'until', 'rrule'];
/** iCal allows the first to fifth, or the last to fifth-last, weekday of a month (RFC 5545 section 3.3.10, BYDAY). */
const WEEK_OF_MONTH = ['first', 'second', 'third', 'fourth', 'fifth'];
const REPEAT_UNITS: Record<string, string> = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' };
const CHECK_WITH_THEM = 'only at some times: check with them';
/*
 * schedule.json says opens_at and closes_at "should include timezone information" ("10:00Z", "09:00-05:00").
 * An offset names an instant only on a given date, and a weekly rule has none: UK clocks are at +00:00 in
 * winter and +01:00 in summer, so converting "10:00Z" would move a 10am session to 11am for half the year.
 * Publishers who add Z or +01:00 to a UK session mean the time on the clock, so those offsets are read as UK
 * clock time and reported. Any other offset cannot be UK time, so that rule is kept in words.
 */
const UK_OFFSET = /^(Z|[+-]00(:?00)?|\+01(:?00)?)$/i;

const andList = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const ordinalRules = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** The schedules as weekly hours and a note in words. Never throws: what it can't read is kept in words and reported. */
export function hoursFromSchedules(schedules: readonly OpenReferralSchedule[]): HoursFromSchedules {
  const hours: WeeklyHours[] = [];
  const notes: string[] = [];
  const warnings: string[] = [];
  for (const schedule of schedules) {
    const read = readSchedule(schedule);
    if (read.rule !== undefined) hours.push(read.rule);
    if (read.note !== undefined) notes.push(read.note);
    warnings.push(...read.warnings);
    const scheduleNotes = nonEmptyText(schedule.notes);
    if (scheduleNotes !== undefined) notes.push(scheduleNotes);
  }
  // Only the joins get a full stop, so a single note comes back exactly as written (export round trip).
  const hoursNote =
    notes.length === 0
      ? undefined
      : notes.map((note, index) => (index < notes.length - 1 ? endWithStop(note) : note)).join(' ');
  return { hours, ...(hoursNote === undefined ? {} : { hoursNote }), warnings };
}

interface ReadSchedule {
  rule?: WeeklyHours;
  note?: string;
  warnings: string[];
}

interface ClockTime {
  /** "09:30" */
  time: string;
  /** Minutes since midnight. */
  minute: number;
  /** The time zone as written: "Z", "+01:00". */
  zone?: string;
}

/** A schedule's parts as Signpost reads them, before deciding whether they make a weekly rule. */
interface ScheduleParts {
  schedule: OpenReferralSchedule;
  /** The rule as written, for reports. */
  said: string;
  description?: string;
  freq?: string;
  /** Empty when the schedule names no weekdays; undefined when it names some Signpost can't read. */
  days?: Day[];
  opens?: ClockTime;
  closes?: ClockTime;
  /** The time zones its times give, as written. */
  zones: string[];
}

function readSchedule(schedule: OpenReferralSchedule): ReadSchedule {
  const freq = nonEmptyText(schedule.freq)?.toUpperCase();
  const byday = parseByDay(schedule.byday);
  const opens = clockTime(schedule.opens_at);
  const closes = clockTime(schedule.closes_at);
  const parts: ScheduleParts = {
    schedule,
    said: describeRule(schedule),
    description: nonEmptyText(schedule.description),
    freq,
    // iCal's DAILY with no byday is every day of the week (RFC 5545 section 3.3.10).
    days: freq === 'DAILY' && byday?.length === 0 ? WEEKDAYS.map((day) => ({ day })) : byday,
    opens,
    closes,
    zones: [...new Set([opens?.zone, closes?.zone].filter((zone) => zone !== undefined))],
  };
  const saysWhen =
    parts.days?.length !== 0 ||
    nonEmptyText(schedule.opens_at) !== undefined ||
    nonEmptyText(schedule.closes_at) !== undefined;
  if (freq === undefined && !saysWhen)
    return { ...(parts.description === undefined ? {} : { note: parts.description }), warnings: [] };
  return timedRule(parts) ?? scheduleInWords(parts);
}

/** A schedule that can't be a weekly rule, kept as words: the publisher's, else plain ones, else the rule as written. */
function scheduleInWords({
  schedule,
  said,
  description,
  freq,
  days,
  opens,
  closes,
  zones,
}: ScheduleParts): ReadSchedule {
  const foreignZone = zones.find((zone) => !UK_OFFSET.test(zone));
  const inWords =
    days?.length === 0 && opens !== undefined && closes !== undefined && foreignZone === undefined
      ? ruleInWords(schedule, freq, opens, closes)
      : undefined;
  const why =
    foreignZone !== undefined
      ? `has times in the time zone ${foreignZone}, and ${foreignZone} is not UK time, so it is shown in words. Ask the publisher for UK clock times.`
      : inWords !== undefined
        ? 'does not name days of the week, so it is shown in words and never as "open now".'
        : 'has no days or times Signpost can read, so it is shown in words.';
  return { note: description ?? inWords ?? said, warnings: [`The opening rule "${said}" ${why}`] };
}

/** The schedule as a weekly rule, with a note when it is not every week; undefined when it has no readable days and UK times. */
function timedRule({
  schedule,
  said,
  description,
  freq,
  days,
  opens,
  closes,
  zones,
}: ScheduleParts): ReadSchedule | undefined {
  if (
    days === undefined ||
    days.length === 0 ||
    opens === undefined ||
    closes === undefined ||
    zones.some((zone) => !UK_OFFSET.test(zone))
  )
    return undefined;
  const zoneWarnings =
    zones.length === 0
      ? []
      : [
          `The opening rule "${said}" gives its times with a time zone (${zones.join(', ')}). Signpost reads them as UK clock time (${opens.time} to ${closes.time}), as UK publishers almost always mean. Check with them if the times look an hour out.`,
        ];
  const rule: WeeklyHours = {
    days: WEEKDAYS.filter((weekday) => days.some((day) => day.day === weekday)),
    opens: opens.time,
    closes: closes.time,
    ...(isoDate(schedule.valid_from) === undefined ? {} : { validFrom: isoDate(schedule.valid_from) }),
    ...(isoDate(schedule.valid_to) === undefined ? {} : { validTo: isoDate(schedule.valid_to) }),
  };
  const oddities = ruleOddities(schedule, freq, days);
  if (oddities.length > 0) {
    return {
      rule: { ...rule, note: description ?? capitalise(oddities.join(', ')) },
      warnings: [
        `The opening rule "${said}" is not every week (${oddities.join(', ')}), so it is shown as a note and never as "open now".`,
        ...zoneWarnings,
      ],
    };
  }
  // With no freq the publisher has not said it repeats every week, and its words may say which weeks do.
  if (freq === undefined && description !== undefined) {
    return {
      rule: { ...rule, note: description },
      warnings: [
        `The opening rule "${said}" does not say how often it repeats, so its description "${description}" is shown as a note and it is never shown as "open now".`,
        ...zoneWarnings,
      ],
    };
  }
  return { rule, warnings: zoneWarnings };
}

interface Day {
  /** 1 for the first in the month, -1 for the last. */
  ordinal?: number;
  day: Weekday;
}

/** "TU,TH" or "1MO,-1FR"; empty when there is no byday, undefined when any part is not a day. */
function parseByDay(byday: string | null | undefined): Day[] | undefined {
  const days: Day[] = [];
  for (const part of (nonEmptyText(byday) ?? '')
    .toUpperCase()
    .split(/[\s,]+/)
    .filter(Boolean)) {
    const match = /^([+-]?[1-5])?([A-Z]{2})$/.exec(part);
    const day = WEEKDAYS.find((weekday) => weekday === match?.[2]);
    if (match === null || day === undefined) return undefined;
    days.push({ day, ...(match[1] === undefined ? {} : { ordinal: Number(match[1]) }) });
  }
  return days;
}

/** Why a timed rule is not a plain weekly one, in words for a note ("the first Monday of the month"). Empty when it is plain. */
function ruleOddities(schedule: OpenReferralSchedule, freq: string | undefined, days: readonly Day[]): string[] {
  const ordinalDays = days.filter((day) => day.ordinal !== undefined);
  const monthDays = nonEmptyText(schedule.bymonthday);
  const oddities = [
    ordinalDays.length === 0
      ? undefined
      : `${andList.format(ordinalDays.map((day) => `the ${weekOfMonth(day.ordinal as number)} ${weekdayName(day.day)}`))} of the month`,
    monthDays === undefined ? undefined : monthDaysInWords(monthDays),
    repeatInWords(freq, schedule.interval ?? 1, ordinalDays.length > 0 || monthDays !== undefined),
    // The rule's own words go in the report (describeRule); a resident reads plain ones.
    unreadParts(schedule).length > 0 ? 'only in some weeks: check with them' : undefined,
  ];
  return oddities.filter((oddity) => oddity !== undefined);
}

/** A rule with times but no weekdays, e.g. "On the 1st and 15th of the month, 10am to midday". */
function ruleInWords(
  schedule: OpenReferralSchedule,
  freq: string | undefined,
  opens: ClockTime,
  closes: ClockTime,
): string | undefined {
  const oddities = ruleOddities(schedule, freq, []);
  if (oddities.length === 0) return undefined;
  return `${capitalise(oddities.join(', '))}, ${timeOfDayText(opens.minute)} to ${timeOfDayText(closes.minute)}`;
}

function weekOfMonth(ordinal: number): string {
  const word = WEEK_OF_MONTH[Math.abs(ordinal) - 1] as string;
  if (ordinal > 0) return word;
  return ordinal === -1 ? 'last' : `${word} to last`;
}

/** "1,15,-1" as "on the 1st, 15th and last day of the month". */
function monthDaysInWords(monthDays: string): string {
  const numbers = monthDays
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  if (numbers.some((day) => !Number.isInteger(day) || day === 0 || Math.abs(day) > 31))
    return 'only on some days of the month: check with them';
  const words = numbers.map((day) =>
    day > 0 ? ordinalNumber(day) : day === -1 ? 'last day' : `${ordinalNumber(-day)} to last day`,
  );
  return `on the ${andList.format(words)} of the month`;
}

/** "every 2 weeks", "once a month"; undefined when it repeats every week or its days already say how often. */
function repeatInWords(freq: string | undefined, interval: number, daysSayHowOften: boolean): string | undefined {
  const unit = REPEAT_UNITS[freq ?? 'WEEKLY'];
  if (interval !== 1)
    return unit === undefined || !Number.isInteger(interval) || interval < 1
      ? CHECK_WITH_THEM
      : `every ${interval} ${unit}s`;
  if (freq === undefined || freq === 'WEEKLY' || freq === 'DAILY') return undefined;
  if (freq === 'MONTHLY') return daysSayHowOften ? undefined : 'once a month';
  return freq === 'YEARLY' ? 'once a year' : CHECK_WITH_THEM;
}

function ordinalNumber(day: number): string {
  return `${day}${ORDINAL_SUFFIX[ordinalRules.select(day)] ?? 'th'}`;
}

/** The rule as the publisher wrote it, for reports: "MONTHLY 1MO 10:00-12:00". */
function describeRule(schedule: OpenReferralSchedule): string {
  const parts = [
    schedule.freq,
    schedule.interval !== undefined && schedule.interval !== null && schedule.interval !== 1
      ? `interval ${schedule.interval}`
      : undefined,
    schedule.byday,
    schedule.bymonthday === undefined || schedule.bymonthday === null ? undefined : `bymonthday ${schedule.bymonthday}`,
  ];
  const times = schedule.opens_at && schedule.closes_at ? `${schedule.opens_at}-${schedule.closes_at}` : undefined;
  return [...parts, ...unreadParts(schedule), times]
    .filter((part) => part !== undefined && part !== null && part !== '')
    .join(' ');
}

function unreadParts(schedule: OpenReferralSchedule): string[] {
  return UNREAD_RULE_PARTS.filter((part) => schedule[part] !== undefined && schedule[part] !== null).map(
    (part) => `${part} ${String(schedule[part])}`,
  );
}

/** "10:00:00", "9:30" or "10:00Z" as 09:30-style clock time and its zone; undefined when it is not a time of day. */
function clockTime(value: string | null | undefined): ClockTime | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(value?.trim() ?? '');
  if (match === null) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  if (hour > 23 || minute > 59) return undefined;
  return {
    time: `${String(hour).padStart(2, '0')}:${match[2]}`,
    minute: hour * 60 + minute,
    ...(match[3] === undefined ? {} : { zone: match[3].toUpperCase() }),
  };
}

function isoDate(value: string | null | undefined): string | undefined {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(value ?? '');
  return match?.[0];
}

function endWithStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
