import { describe, expect, it } from 'vitest';
import { localDay, sessionForHistory } from '../../../../shared/ui/session/session-for-history.ts';
import { examplePath } from '../../paths/example-path.ts';

const work = [
  { pathId: 'email', outcomes: { a: 'done', b: 'needed-help' }, today: { b: 'needed-help' }, atStart: {} },
  { pathId: 'video', outcomes: { c: 'done' }, today: {}, atStart: {} },
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

  it('counts a skill gained for each path whose key steps came to be done today, with its area', () => {
    const path = examplePath({
      id: 'email',
      keySteps: ['first', 'second'],
      skill: { area: 'communicating', for: 'life' },
    });
    const completedToday = [
      {
        pathId: 'email',
        outcomes: { first: 'done', second: 'needed-help' },
        today: { second: 'needed-help' },
        atStart: { first: 'done' },
      },
    ] as const;
    expect(
      sessionForHistory(completedToday, { learnerId: 'sam', now: new Date(2025, 5, 30), paths: [path] }).skillsGained,
    ).toEqual([{ pathId: 'email', area: 'communicating', for: 'life' }]);
  });

  it('counts no skill for a path completed before today, one still missing a key step, or one not known here', () => {
    const path = examplePath({ id: 'email', keySteps: ['first', 'second'] });
    const work = [
      {
        pathId: 'email',
        outcomes: { first: 'done', second: 'done', third: 'done' },
        today: { third: 'done' },
        atStart: { first: 'done', second: 'done' },
      },
      { pathId: 'unknown', outcomes: { a: 'done' }, today: { a: 'done' }, atStart: {} },
    ] as const;
    expect(
      'skillsGained' in sessionForHistory(work, { learnerId: 'sam', now: new Date(2025, 5, 30), paths: [path] }),
    ).toBe(false);
    const skippedKeyStep = [
      { pathId: 'email', outcomes: { first: 'done', second: 'skipped' }, today: { second: 'skipped' }, atStart: {} },
    ] as const;
    expect(
      'skillsGained' in
        sessionForHistory(skippedKeyStep, { learnerId: 'sam', now: new Date(2025, 5, 30), paths: [path] }),
    ).toBe(false);
  });
});
