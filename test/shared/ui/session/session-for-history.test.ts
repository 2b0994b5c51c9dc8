import { describe, expect, it } from 'vitest';
import { localDay, sessionForHistory } from '../../../../shared/ui/session/session-for-history.ts';

const work = [
  { pathId: 'email', outcomes: { a: 'done', b: 'needed-help' }, today: { b: 'needed-help' } },
  { pathId: 'video', outcomes: { c: 'done' }, today: {} },
] as const;

describe('the session saved to a learner history', () => {
  it('holds the paths with a step done today and how each of those steps went', () => {
    const session = sessionForHistory(work, { learnerId: 'sam', now: new Date(2025, 5, 30, 14) });
    expect(session).toEqual({
      learnerId: 'sam',
      date: '2025-06-30',
      pathIds: ['email'],
      outcomes: [{ pathId: 'email', stepId: 'b', outcome: 'needed-help' }],
    });
  });

  it('keeps only the district of the postcode searched, and the organisation', () => {
    const session = sessionForHistory(work, {
      learnerId: 'sam',
      now: new Date(2025, 5, 30),
      postcode: 's1 2he',
      organisation: ' Central Library ',
    });
    expect(session.outcode).toBe('S1');
    expect(session.helperOrganisation).toBe('Central Library');
  });

  it('leaves out a postcode that is not one, and a blank organisation', () => {
    const session = sessionForHistory(work, {
      learnerId: 'sam',
      now: new Date(2025, 5, 30),
      postcode: 'my house',
      organisation: '  ',
    });
    expect('outcode' in session).toBe(false);
    expect('helperOrganisation' in session).toBe(false);
  });

  it("dates an evening session by the day on this computer's clock", () => {
    expect(localDay(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});
