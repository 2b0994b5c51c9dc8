import { describe, expect, it } from 'vitest';
import { timeOfDayText } from '../../../shared/hours/time-of-day-text.ts';

describe('timeOfDayText', () => {
  it('writes times the GOV.UK way: 4pm, 12:30pm, 9:05am', () => {
    expect(timeOfDayText(16 * 60)).toBe('4pm');
    expect(timeOfDayText(12 * 60 + 30)).toBe('12:30pm');
    expect(timeOfDayText(9 * 60 + 5)).toBe('9:05am');
  });

  it('says midday and midnight rather than 12pm and 12am', () => {
    expect(timeOfDayText(12 * 60)).toBe('midday');
    expect(timeOfDayText(0)).toBe('midnight');
    expect(timeOfDayText(24 * 60)).toBe('midnight');
  });

  it('writes half past midnight as 12:30am', () => {
    expect(timeOfDayText(30)).toBe('12:30am');
  });
});
