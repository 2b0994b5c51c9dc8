import { describe, expect, it } from 'vitest';
import type { WeeklyHours } from '../../../shared/hours/weekly-hours.ts';
import { weeklyHoursList } from '../../../shared/hours/weekly-hours-list.ts';

const tuesdayInJune = new Date('2026-06-02T09:00:00Z');
const linesOf = (...hours: WeeklyHours[]) => weeklyHoursList(hours, tuesdayInJune).map((line) => line.text);
const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR'] satisfies WeeklyHours['days'];

describe('weeklyHoursList', () => {
  it('puts days with the same times on one line: "Tuesday and Thursday: 10am to 12:30pm"', () => {
    expect(linesOf({ days: ['TH', 'TU'], opens: '10:00', closes: '12:30' })).toEqual([
      'Tuesday and Thursday: 10am to 12:30pm',
    ]);
  });

  it('writes a run of days as "Monday to Friday", then Saturday on its own line', () => {
    expect(
      linesOf({ days: ['SA'], opens: '10:00', closes: '16:00' }, { days: weekdays, opens: '09:00', closes: '17:00' }),
    ).toEqual(['Monday to Friday: 9am to 5pm', 'Saturday: 10am to 4pm']);
  });

  it('lists a lunch break as two stretches of the same day', () => {
    expect(
      linesOf({ days: weekdays, opens: '13:30', closes: '17:00' }, { days: weekdays, opens: '09:00', closes: '12:00' }),
    ).toEqual(['Monday to Friday: 9am to midday and 1:30pm to 5pm']);
  });

  it('splits days whose times differ, keeping weekday order', () => {
    expect(
      linesOf(
        { days: ['MO', 'WE', 'FR'], opens: '09:00', closes: '17:00' },
        { days: ['TU'], opens: '09:00', closes: '19:30' },
      ),
    ).toEqual(['Monday, Wednesday and Friday: 9am to 5pm', 'Tuesday: 9am to 7:30pm']);
  });

  it('says "Every day: open 24 hours" for a place that never closes', () => {
    expect(linesOf({ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '00:00', closes: '00:00' })).toEqual([
      'Every day: open 24 hours',
    ]);
  });

  it('keeps a rule with a note on its own line with the note', () => {
    const lines = weeklyHoursList(
      [
        { days: ['MO'], opens: '10:00', closes: '12:00', note: 'first Monday of the month' },
        { days: ['TU'], opens: '10:00', closes: '12:00' },
      ],
      tuesdayInJune,
    );
    expect(lines).toEqual([
      { days: 'Tuesday', times: '10am to midday', text: 'Tuesday: 10am to midday' },
      {
        days: 'Monday',
        times: '10am to midday',
        note: 'first Monday of the month',
        text: 'Monday: 10am to midday (first Monday of the month)',
      },
    ]);
  });

  it('leaves out hours that have ended or not yet begun', () => {
    expect(
      linesOf(
        { days: ['MO'], opens: '09:00', closes: '17:00', validTo: '2026-05-31' },
        { days: ['TU'], opens: '09:00', closes: '17:00', validFrom: '2026-06-02', validTo: '2026-08-31' },
        { days: ['WE'], opens: '09:00', closes: '17:00', validFrom: '2026-09-01' },
      ),
    ).toEqual(['Tuesday: 9am to 5pm']);
  });

  it('gives an empty list for a place with no hours', () => {
    expect(weeklyHoursList(undefined, tuesdayInJune)).toEqual([]);
  });
});
