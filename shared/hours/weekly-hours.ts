import * as z from 'zod/mini';
import { missingOr, quoted, textField } from '../util/text-field-schema.ts';

/*
 * Weekly opening hours, as Open Referral UK's `schedule` with freq WEEKLY, in UK local time. Part of every
 * directory record (shared/directory/resource.ts), and all this folder needs to know of one.
 */

import { WEEKDAYS } from './weekdays.ts';

export { WEEKDAYS, type Weekday } from './weekdays.ts';

const clockTime = z
  .string({ error: missingOr('The time', () => 'A time must be text like 09:30.') })
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time must look like 09:30 or 16:00 (24-hour clock).'));
const isoDate = z.iso.date({
  error: missingOr('The date', (input) => `The date ${quoted(input)} must look like 2025-06-30 (year-month-day).`),
});

/** One weekly opening rule, as ORUK's `schedule` with freq WEEKLY: "TU,TH 10:00 to 12:30". Times are UK local time. */
export const WeeklyHoursSchema = z.object(
  {
    days: z
      .array(
        z.enum(WEEKDAYS, {
          error: (issue) =>
            `The day ${quoted(issue.input)} is not one Signpost knows: use MO, TU, WE, TH, FR, SA or SU.`,
        }),
        {
          error: missingOr('The days', () => 'The days must be a list, like ["MO", "TU"].'),
        },
      )
      .check(z.minLength(1, 'Say which days it is open.')),
    opens: clockTime,
    closes: clockTime,
    /** Only in some weeks, e.g. "first Monday of the month": shown as a note, never treated as open now. */
    note: z.optional(textField('The note')),
    validFrom: z.optional(isoDate),
    validTo: z.optional(isoDate),
  },
  { error: 'Each opening rule must be an object, like { "days": ["MO"], "opens": "09:00", "closes": "17:00" }.' },
);
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;

/** What opening state and lists need of a place: its weekly rules and, when rules can't say it, a note. */
export interface OpeningTimes {
  hours?: WeeklyHours[];
  hoursNote?: string;
}
