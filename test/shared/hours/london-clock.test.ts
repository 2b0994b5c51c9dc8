import { describe, expect, it } from 'vitest';
import { londonClock, londonInstant } from '../../../shared/hours/london-clock.ts';

const at = (iso: string) => londonClock(new Date(iso));
const clockText = (iso: string) => {
  const clock = at(iso);
  return `${clock.weekday} ${clock.date} ${String(Math.floor(clock.minute / 60)).padStart(2, '0')}:${String(clock.minute % 60).padStart(2, '0')}`;
};
const dayOf = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

describe('londonClock', () => {
  it('reads 00:30 UTC on 29 March 2026 as 00:30 on Sunday, before the clocks go forward', () => {
    expect(clockText('2026-03-29T00:30:00Z')).toBe('SU 2026-03-29 00:30');
  });

  it('reads 01:30 UTC on 29 March 2026 as 02:30, after the clocks go forward', () => {
    expect(clockText('2026-03-29T01:30:00Z')).toBe('SU 2026-03-29 02:30');
    expect(clockText('2026-03-29T02:30:00Z')).toBe('SU 2026-03-29 03:30');
  });

  it('reads 00:30 and 01:30 UTC on 25 October 2026 both as 01:30, as the clocks go back in between', () => {
    expect(clockText('2026-10-25T00:30:00Z')).toBe('SU 2026-10-25 01:30');
    expect(clockText('2026-10-25T01:30:00Z')).toBe('SU 2026-10-25 01:30');
    expect(clockText('2026-10-25T02:30:00Z')).toBe('SU 2026-10-25 02:30');
  });

  it('starts a summer day at 23:00 UTC the evening before', () => {
    expect(clockText('2026-06-30T23:30:00Z')).toBe('WE 2026-07-01 00:30');
    expect(clockText('2026-12-31T23:30:00Z')).toBe('TH 2026-12-31 23:30');
  });
});

describe('londonInstant', () => {
  it('finds 09:00 UTC for 10am on a summer Monday and 10:00 UTC for 10am on a winter one', () => {
    expect(londonInstant(dayOf('2026-03-30'), 10 * 60).toISOString()).toBe('2026-03-30T09:00:00.000Z');
    expect(londonInstant(dayOf('2026-10-26'), 10 * 60).toISOString()).toBe('2026-10-26T10:00:00.000Z');
  });

  it('moves 01:30, a time the clocks skip on 29 March 2026, an hour on to 02:30 summer time', () => {
    expect(londonInstant(dayOf('2026-03-29'), 90).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the winter 01:30 on 25 October 2026, the second time the clock shows it', () => {
    expect(londonInstant(dayOf('2026-10-25'), 90).toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('runs past midnight into the next day', () => {
    expect(londonInstant(dayOf('2026-10-24'), 24 * 60 + 4 * 60).toISOString()).toBe('2026-10-25T04:00:00.000Z');
  });
});
