import { describe, expect, it } from 'vitest';
import { hoursFromSchedules } from '../../../shared/directory/hours-from-schedules.ts';

describe('hoursFromSchedules', () => {
  it('turns a weekly rule into opening hours', () => {
    const read = hoursFromSchedules([{ freq: 'WEEKLY', interval: 1, byday: 'TU,TH', opens_at: '10:00:00', closes_at: '12:30:00', valid_from: '2025-01-01' }]);
    expect(read).toEqual({ hours: [{ days: ['TU', 'TH'], opens: '10:00', closes: '12:30', validFrom: '2025-01-01' }], warnings: [] });
  });

  it('keeps "first Monday of the month" as a note on the rule, so it is never shown as open every Monday', () => {
    const read = hoursFromSchedules([{ freq: 'MONTHLY', byday: '1MO', opens_at: '10:00', closes_at: '12:00' }]);
    expect(read.hours).toEqual([{ days: ['MO'], opens: '10:00', closes: '12:00', note: 'First Monday of the month' }]);
    expect(read.warnings).toEqual([expect.stringContaining('not every week')]);
  });

  it('keeps the publisher\'s own words as the note when there are some', () => {
    const read = hoursFromSchedules([{ freq: 'WEEKLY', interval: 2, byday: 'WE', opens_at: '13:00', closes_at: '15:00', description: 'Every other Wednesday' }]);
    expect(read.hours[0]?.note).toBe('Every other Wednesday');
    expect(read.warnings[0]).toContain('every 2 weeks');
  });

  it('reports rule parts it does not read, such as byweekno', () => {
    const read = hoursFromSchedules([{ freq: 'WEEKLY', byday: 'FR', byweekno: '1,2', opens_at: '09:00', closes_at: '10:00' }]);
    expect(read.hours[0]?.note).toBe('Only in some weeks: check with them');
    expect(read.warnings).toEqual([expect.stringContaining('byweekno 1,2')]);
  });

  it('keeps a monthly rule by date in words, as the hours note', () => {
    const read = hoursFromSchedules([{ freq: 'MONTHLY', bymonthday: '15', description: 'On the 15th of each month' }]);
    expect(read).toEqual({ hours: [], hoursNote: 'On the 15th of each month', warnings: [expect.stringContaining('MONTHLY bymonthday 15')] });
  });

  it('keeps a schedule that is only words, and joins several notes into sentences', () => {
    const read = hoursFromSchedules([{ description: '24 hours a day, every day' }, { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00', notes: 'Closed on bank holidays' }]);
    expect(read.hoursNote).toBe('24 hours a day, every day. Closed on bank holidays');
    expect(read.warnings).toEqual([]);
  });

  it('does not guess at a day it cannot read', () => {
    const read = hoursFromSchedules([{ freq: 'WEEKLY', byday: 'Mondays', opens_at: '09:00', closes_at: '10:00' }]);
    expect(read.hours).toEqual([]);
    expect(read.hoursNote).toBe('WEEKLY Mondays 09:00-10:00');
    expect(read.warnings).toHaveLength(1);
  });
});
