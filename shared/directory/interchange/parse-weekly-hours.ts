import { WEEKDAYS, type Weekday, type WeeklyHours } from '../../hours/weekly-hours.ts';

/*
 * Opening hours as a person types them in a spreadsheet: "Mon-Fri 09:00-17:00; Sat 10:00-12:00",
 * "Tue, Thu 10am-12.30pm", "Monday 9:00-12:00, 13:00-16:00". Parts are separated by semicolons. A part
 * Signpost can't read for sure is returned unread, for the caller to keep in words and report: a wrong
 * guess would tell a resident a place is open when it is not.
 */

const DAY_WORDS: Record<string, Weekday> = {
  mo: 'MO',
  mon: 'MO',
  monday: 'MO',
  mondays: 'MO',
  tu: 'TU',
  tue: 'TU',
  tues: 'TU',
  tuesday: 'TU',
  tuesdays: 'TU',
  we: 'WE',
  wed: 'WE',
  weds: 'WE',
  wednesday: 'WE',
  wednesdays: 'WE',
  th: 'TH',
  thu: 'TH',
  thur: 'TH',
  thurs: 'TH',
  thursday: 'TH',
  thursdays: 'TH',
  fr: 'FR',
  fri: 'FR',
  friday: 'FR',
  fridays: 'FR',
  sa: 'SA',
  sat: 'SA',
  saturday: 'SA',
  saturdays: 'SA',
  su: 'SU',
  sun: 'SU',
  sunday: 'SU',
  sundays: 'SU',
};

export interface ParsedHours {
  hours: WeeklyHours[];
  /** Parts that could not be read, as written. */
  unread: string[];
}

export function parseWeeklyHours(text: string): ParsedHours {
  const hours: WeeklyHours[] = [];
  const unread: string[] = [];
  for (const part of text
    .split(';')
    .map((piece) => piece.trim())
    .filter(Boolean)) {
    const rules = readPart(part);
    if (rules === undefined) unread.push(part);
    else hours.push(...rules);
  }
  return { hours, unread };
}

function readPart(written: string): WeeklyHours[] | undefined {
  // "Mon 10:00-12:00 (First Monday of the month only.)": a rule that is not every week, with its note in
  // brackets, as `signpost export --csv` writes it; never read as "open now".
  const noted = /^(.*\d)\s*\(([^()]+)\)$/.exec(written);
  const part = noted?.[1] ?? written;
  const note = noted?.[2]?.trim();
  const firstTime = part.search(/\d/);
  if (firstTime <= 0) return undefined;
  const days = readDays(part.slice(0, firstTime));
  const ranges = part
    .slice(firstTime)
    .split(/,|\band\b/)
    .map((range) => readRange(range));
  if (days === undefined || ranges.length === 0 || ranges.some((range) => range === undefined)) return undefined;
  return (ranges as Array<{ opens: string; closes: string }>).map((range) => ({
    days,
    ...range,
    ...(note ? { note } : {}),
  }));
}

/** "Mon-Fri", "Tue, Thu", "Sat & Sun"; undefined when any word is not a day. */
function readDays(text: string): Weekday[] | undefined {
  const found = new Set<Weekday>();
  const items = text
    .toLowerCase()
    .replace(/:$/, '')
    .split(/,|&|\band\b/)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) return undefined;
  for (const item of items) {
    const [from, to, extra] = item
      .split(/\s*(?:-|–|\bto\b)\s*/)
      .map((word) => DAY_WORDS[word.trim().replace(/\.$/, '')]);
    if (from === undefined || extra !== undefined || (item.match(/-|–|\bto\b/) !== null && to === undefined))
      return undefined;
    const start = WEEKDAYS.indexOf(from);
    const end = to === undefined ? start : WEEKDAYS.indexOf(to);
    if (end < start) return undefined;
    WEEKDAYS.slice(start, end + 1).forEach((day) => found.add(day));
  }
  return WEEKDAYS.filter((day) => found.has(day));
}

/** "09:00-17:00", "9am to 5pm", "10.30-12.30"; undefined unless it closes after it opens. */
function readRange(text: string): { opens: string; closes: string } | undefined {
  const match = /^\s*(\S+?)\s*(?:-|–|\bto\b)\s*(\S+?)\s*$/i.exec(text);
  if (match === null) return undefined;
  const closesSuffix = /(am|pm)$/i.exec(match[2] ?? '')?.[1];
  const opens = clockTime(match[1] ?? '', closesSuffix);
  const closes = clockTime(match[2] ?? '', undefined);
  if (opens === undefined || closes === undefined || closes <= opens) return undefined;
  return { opens, closes };
}

/** "9", "9:30", "09.30", "9am", "12:30pm" as "HH:MM". A bare opening time borrows the closing am/pm ("9-11am"). */
function clockTime(text: string, borrowedSuffix: string | undefined): string | undefined {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (match === null) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] ?? '00';
  const suffix = (match[3] ?? (match[2] === undefined ? borrowedSuffix : undefined))?.toLowerCase();
  if (suffix !== undefined && (hour < 1 || hour > 12)) return undefined;
  if (suffix === 'pm' && hour < 12) hour += 12;
  if (suffix === 'am' && hour === 12) hour = 0;
  if (hour > 23 || Number(minute) > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${minute}`;
}
