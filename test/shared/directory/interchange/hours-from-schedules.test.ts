import { describe, expect, it } from 'vitest';
import { hoursFromSchedules } from '../../../../shared/directory/interchange/hours-from-schedules.ts';

describe('hoursFromSchedules', () => {
  it('turns a weekly rule into opening hours', () => {
    const read = hoursFromSchedules([
      {
        freq: 'WEEKLY',
        interval: 1,
        byday: 'TU,TH',
        opens_at: '10:00:00',
        closes_at: '12:30:00',
        valid_from: '2025-01-01',
      },
    ]);
    expect(read).toEqual({
      hours: [{ days: ['TU', 'TH'], opens: '10:00', closes: '12:30', validFrom: '2025-01-01' }],
      warnings: [],
    });
  });

  it('keeps "first Monday of the month" as a note on the rule, so it is never shown as open every Monday', () => {
    const read = hoursFromSchedules([{ freq: 'MONTHLY', byday: '1MO', opens_at: '10:00', closes_at: '12:00' }]);
    expect(read.hours).toEqual([
      { days: ['MO'], opens: '10:00', closes: '12:00', note: 'The first Monday of the month' },
    ]);
    expect(read.warnings).toEqual([expect.stringContaining('not every week')]);
  });

  it('names the weeks of the month in plain English', () => {
    const note = (byday: string) =>
      hoursFromSchedules([{ freq: 'MONTHLY', byday, opens_at: '10:00', closes_at: '12:00' }]).hours[0]?.note;
    expect(note('1MO,3TH')).toBe('The first Monday and the third Thursday of the month');
    expect(note('-1FR')).toBe('The last Friday of the month');
    expect(note('+2WE')).toBe('The second Wednesday of the month');
    expect(note('-2SA')).toBe('The second to last Saturday of the month');
  });

  it('names days of the month in plain English', () => {
    const read = hoursFromSchedules([
      { freq: 'MONTHLY', byday: 'MO,TU,WE,TH,FR', bymonthday: '1,15,-1', opens_at: '10:00', closes_at: '12:00' },
    ]);
    expect(read.hours[0]?.note).toBe('On the 1st, 15th and last day of the month');
  });

  it('says a rule by date in words a resident can read, with its times', () => {
    const read = hoursFromSchedules([{ freq: 'MONTHLY', bymonthday: '1,15', opens_at: '10:00', closes_at: '12:00' }]);
    expect(read).toEqual({
      hours: [],
      hoursNote: 'On the 1st and 15th of the month, 10am to midday',
      warnings: [expect.stringContaining('MONTHLY bymonthday 1,15 10:00-12:00')],
    });
  });

  it('reads a daily rule as open on each of its days every week, as iCal means it', () => {
    expect(hoursFromSchedules([{ freq: 'DAILY', opens_at: '00:00', closes_at: '23:59' }])).toEqual({
      hours: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '00:00', closes: '23:59' }],
      warnings: [],
    });
    expect(
      hoursFromSchedules([{ freq: 'DAILY', byday: 'SA,SU', opens_at: '09:00', closes_at: '12:00' }]).hours,
    ).toEqual([{ days: ['SA', 'SU'], opens: '09:00', closes: '12:00' }]);
  });

  it('says how often a rule repeats when it is not every week', () => {
    const note = (freq: string, interval: number) =>
      hoursFromSchedules([{ freq, interval, byday: 'WE', opens_at: '13:00', closes_at: '15:00' }]).hours[0]?.note;
    expect(note('DAILY', 2)).toBe('Every 2 days');
    expect(note('WEEKLY', 2)).toBe('Every 2 weeks');
    expect(note('MONTHLY', 1)).toBe('Once a month');
    expect(note('YEARLY', 1)).toBe('Once a year');
  });

  it("keeps the publisher's own words as the note when there are some", () => {
    const read = hoursFromSchedules([
      {
        freq: 'WEEKLY',
        interval: 2,
        byday: 'WE',
        opens_at: '13:00',
        closes_at: '15:00',
        description: 'every other Wednesday',
      },
    ]);
    expect(read.hours[0]?.note).toBe('every other Wednesday');
    expect(read.warnings[0]).toContain('every 2 weeks');
  });

  it('keeps the words of a rule that does not say how often it repeats as its note, so it is never shown as every week', () => {
    const read = hoursFromSchedules([
      {
        byday: 'MO',
        opens_at: '10:00:00',
        closes_at: '12:00:00',
        valid_to: '2026-12-31',
        description: 'First Monday of the month only.',
      },
    ]);
    expect(read.hours).toEqual([
      { days: ['MO'], opens: '10:00', closes: '12:00', validTo: '2026-12-31', note: 'First Monday of the month only.' },
    ]);
    expect(read.warnings).toEqual([expect.stringContaining('does not say how often')]);
  });

  it('reports rule parts it does not read, such as byweekno', () => {
    const read = hoursFromSchedules([
      { freq: 'WEEKLY', byday: 'FR', byweekno: '1,2', opens_at: '09:00', closes_at: '10:00' },
    ]);
    expect(read.hours[0]?.note).toBe('Only in some weeks: check with them');
    expect(read.warnings).toEqual([expect.stringContaining('byweekno 1,2')]);
  });

  it('keeps a monthly rule by date in words, as the hours note', () => {
    const read = hoursFromSchedules([{ freq: 'MONTHLY', bymonthday: '15', description: 'On the 15th of each month' }]);
    expect(read).toEqual({
      hours: [],
      hoursNote: 'On the 15th of each month',
      warnings: [expect.stringContaining('MONTHLY bymonthday 15')],
    });
  });

  it('keeps a schedule that is only words, and joins several notes into sentences', () => {
    const read = hoursFromSchedules([
      { description: '24 hours a day, every day' },
      { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00', notes: 'Closed on bank holidays' },
    ]);
    expect(read.hoursNote).toBe('24 hours a day, every day. Closed on bank holidays');
    expect(read.warnings).toEqual([]);
  });

  it.each([
    [
      'a day it cannot read',
      { freq: 'WEEKLY', byday: 'Mondays', opens_at: '09:00', closes_at: '10:00' },
      'WEEKLY Mondays 09:00-10:00',
      'no days or times Signpost can read',
    ],
    [
      'a week of the month that cannot be, like the sixth Monday',
      { freq: 'MONTHLY', byday: '6MO', opens_at: '10:00', closes_at: '12:00' },
      'MONTHLY 6MO 10:00-12:00',
      'no days or times Signpost can read',
    ],
    [
      'a time in another zone, passing it off as UK time',
      { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00-05:00', closes_at: '17:00-05:00' },
      'WEEKLY MO 09:00-05:00-17:00-05:00',
      '-05:00 is not UK time',
    ],
  ])('does not guess at %s: the rule is kept in words as written, and reported', (_what, schedule, note, why) => {
    const read = hoursFromSchedules([schedule]);
    expect(read.hours).toEqual([]);
    expect(read.hoursNote).toBe(note);
    expect(read.warnings).toEqual([expect.stringContaining(why)]);
  });

  describe('times with a time zone', () => {
    it('reads 10:00Z and 12:00+01:00 as UK clock time, and says the time zone was set aside', () => {
      const read = hoursFromSchedules([
        { freq: 'WEEKLY', byday: 'MO', opens_at: '10:00Z', closes_at: '12:00:00+01:00' },
      ]);
      expect(read.hours).toEqual([{ days: ['MO'], opens: '10:00', closes: '12:00' }]);
      expect(read.warnings).toEqual([expect.stringMatching(/"WEEKLY MO 10:00Z-12:00:00\+01:00".*UK clock time/)]);
    });

    it('reads a time with no zone as UK clock time without a report', () => {
      expect(
        hoursFromSchedules([{ freq: 'WEEKLY', byday: 'MO', opens_at: '10:00', closes_at: '12:00' }]).warnings,
      ).toEqual([]);
    });
  });
});
