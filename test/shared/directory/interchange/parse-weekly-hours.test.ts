import { describe, expect, it } from 'vitest';
import { parseWeeklyHours } from '../../../../shared/directory/interchange/parse-weekly-hours.ts';

describe('parseWeeklyHours', () => {
  it('reads "Mon-Fri 09:00-17:00; Sat 10:00-12:00"', () => {
    expect(parseWeeklyHours('Mon-Fri 09:00-17:00; Sat 10:00-12:00')).toEqual({
      hours: [
        { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '17:00' },
        { days: ['SA'], opens: '10:00', closes: '12:00' },
      ],
      unread: [],
    });
  });

  it('reads day lists, full day names, am/pm and dots in times', () => {
    expect(parseWeeklyHours('Tuesday, Thursday 10am-12.30pm').hours).toEqual([
      { days: ['TU', 'TH'], opens: '10:00', closes: '12:30' },
    ]);
    expect(parseWeeklyHours('Sat & Sun 9-11am').hours).toEqual([
      { days: ['SA', 'SU'], opens: '09:00', closes: '11:00' },
    ]);
  });

  it('reads two sessions on the same days', () => {
    expect(parseWeeklyHours('Mon 9:00-12:00, 13:00-16:00').hours).toEqual([
      { days: ['MO'], opens: '09:00', closes: '12:00' },
      { days: ['MO'], opens: '13:00', closes: '16:00' },
    ]);
  });

  it.each(['Weekdays 9-5', 'Mon 17:00-09:00', 'Mon 11-2pm', 'Fri-Mon 10:00-12:00', 'mornings', 'Mon 25:00-26:00'])(
    'does not guess at "%s"',
    (text) => {
      expect(parseWeeklyHours(text)).toEqual({ hours: [], unread: [text] });
    },
  );

  it('reads nothing from an empty cell', () => {
    expect(parseWeeklyHours('')).toEqual({ hours: [], unread: [] });
  });
});
