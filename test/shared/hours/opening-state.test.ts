import { afterEach, describe, expect, it } from 'vitest';
import type { WeeklyHours } from '../../../shared/hours/weekly-hours.ts';
import { openingState } from '../../../shared/hours/opening-state.ts';

/* Instants are written in UTC, so each expectation holds whatever the test machine's time zone. */
const tuesdayAndThursday = { days: ['TU', 'TH'], opens: '10:00', closes: '12:30' } satisfies WeeklyHours;
const library = {
  hours: [tuesdayAndThursday, { days: ['SA'], opens: '10:00', closes: '16:00' }] satisfies WeeklyHours[],
};
const withHours = (...hours: WeeklyHours[]) => ({ hours });
const stateAt = (resource: Parameters<typeof openingState>[0], iso: string) => openingState(resource, new Date(iso));

describe('openingState on an ordinary summer week (June 2026, UTC+1)', () => {
  it('says open now and the closing time on Tuesday at 10:15am', () => {
    const state = stateAt(library, '2026-06-02T09:15:00Z');
    expect(state).toMatchObject({ state: 'open', text: 'Open now, closes at 12:30pm', closingSoon: false });
    expect(state.state === 'open' && state.closesAt?.toISOString()).toBe('2026-06-02T11:30:00.000Z');
  });

  it('says it closes soon 20 minutes before closing, without a countdown', () => {
    expect(stateAt(library, '2026-06-02T11:10:00Z')).toMatchObject({
      state: 'open',
      text: 'Open now, closes soon at 12:30pm',
      closingSoon: true,
    });
  });

  it('counts the opening minute as open and the closing minute as closed', () => {
    expect(stateAt(library, '2026-06-02T09:00:00Z').state).toBe('open');
    expect(stateAt(library, '2026-06-02T11:30:00Z').state).toBe('closed');
  });

  it('says it opens today at 10am early on Tuesday', () => {
    const state = stateAt(library, '2026-06-02T06:00:00Z');
    expect(state).toMatchObject({ state: 'closed', text: 'Closed, opens today at 10am' });
    expect(state.state === 'closed' && state.opensAt?.toISOString()).toBe('2026-06-02T09:00:00.000Z');
  });

  it('says it opens tomorrow on Wednesday evening', () => {
    expect(stateAt(library, '2026-06-03T19:00:00Z').text).toBe('Closed, opens tomorrow at 10am');
  });

  it('names the day when the next opening is further off', () => {
    expect(stateAt(library, '2026-06-02T12:00:00Z').text).toBe('Closed, opens Thursday at 10am');
    expect(stateAt(library, '2026-06-07T12:00:00Z').text).toBe('Closed, opens Tuesday at 10am');
  });

  it('says "next Tuesday" when it opens only on Tuesdays and today is a Tuesday after closing', () => {
    expect(stateAt(withHours({ days: ['TU'], opens: '10:00', closes: '12:30' }), '2026-06-02T12:00:00Z').text).toBe(
      'Closed, opens next Tuesday at 10am',
    );
  });
});

describe('openingState across the clock changes', () => {
  const mondayMorning = withHours({ days: ['MO'], opens: '10:00', closes: '12:30' });

  it('is open at 09:15 UTC on the Monday after the clocks go forward, as that is 10:15 in the UK', () => {
    expect(stateAt(mondayMorning, '2026-03-30T09:15:00Z').state).toBe('open');
  });

  it('is closed at 09:15 UTC the Monday before, when UK time is UTC', () => {
    const state = stateAt(mondayMorning, '2026-03-23T09:15:00Z');
    expect(state.text).toBe('Closed, opens today at 10am');
    expect(state.state === 'closed' && state.opensAt?.toISOString()).toBe('2026-03-23T10:00:00.000Z');
  });

  it("gives the summer-time instant of Monday's opening when asked on the Saturday before the change", () => {
    const state = stateAt(mondayMorning, '2026-03-28T20:00:00Z');
    expect(state.text).toBe('Closed, opens Monday at 10am');
    expect(state.state === 'closed' && state.opensAt?.toISOString()).toBe('2026-03-30T09:00:00.000Z');
  });

  it("gives the winter-time instant of Monday's opening when asked on the Saturday before the clocks go back", () => {
    const state = stateAt(mondayMorning, '2026-10-24T20:00:00Z');
    expect(state.state === 'closed' && state.opensAt?.toISOString()).toBe('2026-10-26T10:00:00.000Z');
  });

  const saturdayNight = withHours({ days: ['SA'], opens: '22:00', closes: '04:00' });

  it('keeps a Saturday night service open through the clocks going forward, closing at 4am summer time', () => {
    for (const iso of ['2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z']) {
      const state = stateAt(saturdayNight, iso);
      expect(state.text).toBe('Open now, closes at 4am');
      expect(state.state === 'open' && state.closesAt?.toISOString()).toBe('2026-03-29T03:00:00.000Z');
    }
    expect(stateAt(saturdayNight, '2026-03-29T02:30:00Z').text).toBe('Open now, closes soon at 4am');
    expect(stateAt(saturdayNight, '2026-03-29T03:30:00Z').state).toBe('closed');
  });

  it('keeps a Saturday night service open through the clocks going back, closing at 4am winter time', () => {
    for (const iso of ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-10-25T02:30:00Z']) {
      const state = stateAt(saturdayNight, iso);
      expect(state.text).toBe('Open now, closes at 4am');
      expect(state.state === 'open' && state.closesAt?.toISOString()).toBe('2026-10-25T04:00:00.000Z');
    }
  });

  it('does not say "closes soon" at 1:45am summer time on 25 October, when the extra hour leaves 75 minutes before 2am', () => {
    const state = stateAt(withHours({ days: ['SU'], opens: '00:00', closes: '02:00' }), '2026-10-25T00:45:00Z');
    expect(state).toMatchObject({ state: 'open', text: 'Open now, closes at 2am', closingSoon: false });
  });

  it('says "closes soon" at 00:50 on 29 March, when the clocks jumping to 2am leave 25 minutes before a 2:15am close', () => {
    const state = stateAt(withHours({ days: ['SU'], opens: '00:00', closes: '02:15' }), '2026-03-29T00:50:00Z');
    expect(state).toMatchObject({ state: 'open', text: 'Open now, closes soon at 2:15am', closingSoon: true });
    expect(state.state === 'open' && state.closesAt?.toISOString()).toBe('2026-03-29T01:15:00.000Z');
  });
});

describe('openingState at midnight and round the clock', () => {
  it('says it closes at midnight on a Friday evening', () => {
    const state = stateAt(withHours({ days: ['FR'], opens: '18:00', closes: '00:00' }), '2026-06-05T21:00:00Z');
    expect(state.text).toBe('Open now, closes at midnight');
    expect(state.state === 'open' && state.closesAt?.toISOString()).toBe('2026-06-05T23:00:00.000Z');
  });

  it('says "Open 24 hours" for a place open round the clock every day, with no closing time', () => {
    const state = stateAt(
      withHours({ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '00:00', closes: '00:00' }),
      '2026-06-02T03:00:00Z',
    );
    expect(state).toEqual({ state: 'open', text: 'Open 24 hours', closingSoon: false });
  });

  it('names the day when a place open round the clock on weekdays closes at the weekend', () => {
    const state = stateAt(
      withHours({ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '00:00', closes: '00:00' }),
      '2026-06-01T11:00:00Z',
    );
    expect(state.text).toBe('Open now, closes Friday at midnight');
  });

  it('joins a late Monday and an early Tuesday into one stretch that closes at 2am', () => {
    const state = stateAt(
      withHours({ days: ['MO'], opens: '09:00', closes: '00:00' }, { days: ['TU'], opens: '00:00', closes: '02:00' }),
      '2026-06-01T22:00:00Z',
    );
    expect(state.text).toBe('Open now, closes at 2am');
  });

  it('says it opens at midnight when that is tonight', () => {
    expect(stateAt(withHours({ days: ['SA'], opens: '00:00', closes: '06:00' }), '2026-06-05T19:00:00Z').text).toBe(
      'Closed, opens at midnight',
    );
  });
});

describe('openingState when the rules cannot say', () => {
  const firstMonday = {
    days: ['MO'],
    opens: '10:00',
    closes: '12:00',
    note: 'first Monday of the month',
  } satisfies WeeklyHours;

  it('says nothing for a place with no hours, rather than guess', () => {
    expect(stateAt({}, '2026-06-02T09:15:00Z')).toEqual({ state: 'unknown', text: '' });
  });

  it("shows a helpline's hours note", () => {
    expect(stateAt({ hoursNote: '24 hours a day, every day' }, '2026-06-02T09:15:00Z')).toEqual({
      state: 'unknown',
      text: '24 hours a day, every day',
    });
  });

  it('shows the note of a first-Monday session instead of saying open, even on the first Monday', () => {
    expect(stateAt(withHours(firstMonday), '2026-06-01T09:30:00Z')).toEqual({
      state: 'unknown',
      text: 'Monday: 10am to midday (first Monday of the month)',
    });
  });

  it('says it may be open, not closed, when a first-Monday session could be on now', () => {
    const state = stateAt(
      withHours({ days: ['TU'], opens: '10:00', closes: '12:00' }, firstMonday),
      '2026-06-01T09:30:00Z',
    );
    expect(state).toEqual({
      state: 'unknown',
      text: 'May be open now. Monday: 10am to midday (first Monday of the month)',
    });
  });

  it('does not count hours that ended before today', () => {
    const state = stateAt(withHours({ ...tuesdayAndThursday, validTo: '2026-05-31' }), '2026-06-02T09:15:00Z');
    expect(state).toEqual({ state: 'unknown', text: '' });
  });

  it('does not count hours that start later, but says when they begin if that is within a week', () => {
    const fromNextWeek = withHours({ ...tuesdayAndThursday, validFrom: '2026-06-09' });
    expect(stateAt(fromNextWeek, '2026-06-02T09:15:00Z').text).toBe('Closed, opens next Tuesday at 10am');
  });
});

describe("openingState whatever the device's time zone", () => {
  const deviceZone = process.env.TZ;
  afterEach(() => {
    if (deviceZone === undefined) delete process.env.TZ;
    else process.env.TZ = deviceZone;
  });

  it('gives the same answers in New York, Tokyo and London', () => {
    const instants = ['2026-03-29T00:30:00Z', '2026-03-30T09:15:00Z', '2026-10-25T01:30:00Z', '2026-06-02T11:10:00Z'];
    const answers = (zone: string) => {
      // Node re-reads TZ when it changes, so Date's local time now follows this zone.
      process.env.TZ = zone;
      return instants.map((iso) => stateAt(library, iso));
    };
    const inLondon = answers('Europe/London');
    expect(new Date('2026-06-02T11:10:00Z').getHours()).toBe(12);
    expect(answers('America/New_York')).toEqual(inLondon);
    expect(new Date('2026-06-02T11:10:00Z').getHours()).toBe(7);
    expect(answers('Asia/Tokyo')).toEqual(inLondon);
  });
});
