import { describe, expect, it } from 'vitest';
import { withSavedProgress } from '../../../../shared/ui/session/session-work.ts';

describe("a session's work", () => {
  it('counts the step given an outcome in this save as done today, and keeps how every step stands', () => {
    const work = withSavedProgress([], 'email', { first: 'done' }, { first: 'done', second: 'needed-help' });
    expect(work).toEqual([
      {
        pathId: 'email',
        outcomes: { first: 'done', second: 'needed-help' },
        today: { second: 'needed-help' },
        atStart: { first: 'done' },
      },
    ]);
  });

  it('keeps the last outcome of a step done again today', () => {
    const once = withSavedProgress([], 'email', {}, { first: 'skipped' });
    const again = withSavedProgress(once, 'email', { first: 'skipped' }, { first: 'done' });
    expect(again[0]?.today).toEqual({ first: 'done' });
  });

  it('keeps steps done today after "Start this path again" clears them', () => {
    const once = withSavedProgress([], 'email', {}, { first: 'done' });
    const cleared = withSavedProgress(once, 'email', { first: 'done' }, {});
    expect(cleared).toEqual([{ pathId: 'email', outcomes: {}, today: { first: 'done' }, atStart: {} }]);
  });

  it('lists paths in the order they were first worked on', () => {
    const work = withSavedProgress(withSavedProgress([], 'email', {}, { a: 'done' }), 'video', {}, { b: 'done' });
    expect(
      withSavedProgress(work, 'email', { a: 'done' }, { a: 'done', c: 'done' }).map((path) => path.pathId),
    ).toEqual(['email', 'video']);
  });

  it('adds nothing for a save that changes nothing', () => {
    expect(withSavedProgress([], 'email', { first: 'done' }, { first: 'done' })).toEqual([]);
  });

  it('remembers how the path stood before this session first saved it, however many saves follow', () => {
    const once = withSavedProgress([], 'email', { first: 'skipped' }, { first: 'done' });
    const twice = withSavedProgress(once, 'email', { first: 'done' }, { first: 'done', second: 'done' });
    expect(twice[0]?.atStart).toEqual({ first: 'skipped' });
  });
});
