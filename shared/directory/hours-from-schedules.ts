import { WEEKDAYS, type Weekday, type WeeklyHours } from './resource.ts';

/*
 * Open Referral UK schedules (iCal-style rules, schema/schedule.json) as Signpost opening hours. A plain
 * weekly rule (freq WEEKLY, interval 1, byday, opens_at, closes_at) becomes `WeeklyHours`. Anything we can't
 * turn into "open now" safely (MONTHLY, "1MO", every 2 weeks, bymonthday, rule parts we don't read) is
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
  /** Plain-English reports of rules that became notes. */
  warnings: string[];
}

/** Rule parts beyond what schedule.json lists, or that we don't turn into hours. */
const UNREAD_RULE_PARTS = ['byweekno', 'byyearday', 'bymonth', 'bysetpos', 'count', 'until', 'rrule'];
const DAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday',
};
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last' };

export function hoursFromSchedules(schedules: readonly OpenReferralSchedule[]): HoursFromSchedules {
  const hours: WeeklyHours[] = [];
  const notes: string[] = [];
  const warnings: string[] = [];
  for (const schedule of schedules) {
    const read = readSchedule(schedule);
    if (read.rule !== undefined) hours.push(read.rule);
    if (read.note !== undefined) notes.push(read.note);
    if (read.warning !== undefined) warnings.push(read.warning);
    if (nonEmpty(schedule.notes) !== undefined) notes.push(nonEmpty(schedule.notes) as string);
  }
  // Only the joins get a full stop, so a single note comes back exactly as written (export round trip).
  const hoursNote = notes.length === 0 ? undefined : notes.map((note, index) => (index < notes.length - 1 ? endWithStop(note) : note)).join(' ');
  return { hours, ...(hoursNote === undefined ? {} : { hoursNote }), warnings };
}

interface ReadSchedule {
  rule?: WeeklyHours;
  note?: string;
  warning?: string;
}

function readSchedule(schedule: OpenReferralSchedule): ReadSchedule {
  const days = parseByDay(schedule.byday);
  const opens = clockTime(schedule.opens_at);
  const closes = clockTime(schedule.closes_at);
  const description = nonEmpty(schedule.description);
  const freq = nonEmpty(schedule.freq)?.toUpperCase();
  const said = describeRule(schedule);
  if (days === undefined || days.length === 0 || opens === undefined || closes === undefined) {
    if (freq === undefined) return description === undefined ? {} : { note: description };
    return {
      note: description ?? said,
      warning: `The opening rule "${said}" has no days or times Signpost can read, so it is shown in words.`,
    };
  }
  const oddities = ruleOddities(schedule, freq, days);
  const validity = {
    ...(isoDate(schedule.valid_from) === undefined ? {} : { validFrom: isoDate(schedule.valid_from) }),
    ...(isoDate(schedule.valid_to) === undefined ? {} : { validTo: isoDate(schedule.valid_to) }),
  };
  const rule = { days: uniqueDays(days), opens, closes, ...validity };
  if (oddities.length === 0) return { rule };
  const note = description ?? oddities.join(', ');
  return {
    rule: { ...rule, note: capitalise(note) },
    warning: `The opening rule "${said}" is not every week (${oddities.join(', ')}), so it is shown as a note and never as "open now".`,
  };
}

interface Day {
  ordinal?: string;
  day: Weekday;
}

/** "TU,TH" or "1MO,-1FR"; undefined when any part is not a day. */
function parseByDay(byday: string | null | undefined): Day[] | undefined {
  const text = nonEmpty(byday);
  if (text === undefined) return undefined;
  const days: Day[] = [];
  for (const part of text.toUpperCase().split(/[\s,]+/).filter(Boolean)) {
    const match = /^([+-]?\d)?([A-Z]{2})$/.exec(part);
    const day = match?.[2] as Weekday | undefined;
    if (match === null || day === undefined || !WEEKDAYS.includes(day)) return undefined;
    days.push({ day, ...(match[1] === undefined ? {} : { ordinal: match[1].replace('+', '') }) });
  }
  return days;
}

/** Why a timed rule is not a plain weekly one, in words for a note. Empty when it is plain. */
function ruleOddities(schedule: OpenReferralSchedule, freq: string | undefined, days: Day[] | undefined): string[] {
  const oddities: string[] = [];
  const ordinalDays = (days ?? []).filter((day) => day.ordinal !== undefined);
  if (ordinalDays.length > 0) {
    oddities.push(`${ordinalDays.map((day) => `${ORDINALS[day.ordinal as string] ?? `number ${day.ordinal}`} ${DAY_NAMES[day.day]}`).join(' and ')} of the month`);
  } else if (freq === 'MONTHLY') {
    oddities.push('once a month');
  } else if (freq !== undefined && freq !== 'WEEKLY') {
    oddities.push(`repeats ${freq.toLowerCase()}`);
  }
  const interval = schedule.interval ?? 1;
  if (interval !== 1) oddities.push(`every ${interval} ${freq === 'MONTHLY' ? 'months' : 'weeks'}`);
  const monthDays = nonEmpty(schedule.bymonthday);
  if (monthDays !== undefined) oddities.push(`on day ${monthDays.split(/[\s,]+/).join(', ')} of the month`);
  // The rule's own words go in the report (describeRule); a resident reads plain ones.
  if (unreadParts(schedule).length > 0) oddities.push('only in some weeks: check with them');
  return oddities;
}

/** The rule as the publisher wrote it, for reports: "MONTHLY 1MO 10:00-12:00". */
function describeRule(schedule: OpenReferralSchedule): string {
  const parts = [schedule.freq, schedule.interval !== undefined && schedule.interval !== null && schedule.interval !== 1 ? `interval ${schedule.interval}` : undefined, schedule.byday, schedule.bymonthday === undefined || schedule.bymonthday === null ? undefined : `bymonthday ${schedule.bymonthday}`];
  const times = schedule.opens_at && schedule.closes_at ? `${schedule.opens_at}-${schedule.closes_at}` : undefined;
  return [...parts, ...unreadParts(schedule), times].filter((part) => part !== undefined && part !== null && part !== '').join(' ');
}

function unreadParts(schedule: OpenReferralSchedule): string[] {
  return UNREAD_RULE_PARTS.filter((part) => schedule[part] !== undefined && schedule[part] !== null).map((part) => `${part} ${String(schedule[part])}`);
}

/** "10:00:00" or "9:30" as "10:00" / "09:30"; undefined when it is not a time of day. */
function clockTime(value: string | null | undefined): string | undefined {
  const match = /^(\d{1,2}):(\d{2})(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?$/.exec(value?.trim() ?? '');
  if (match === null) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? `${String(hour).padStart(2, '0')}:${match[2]}` : undefined;
}

function isoDate(value: string | null | undefined): string | undefined {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(value ?? '');
  return match?.[0];
}

function uniqueDays(days: Day[]): Weekday[] {
  return WEEKDAYS.filter((weekday) => days.some((day) => day.day === weekday));
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function endWithStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
