import type { StepOutcomes } from '../../store/progress.ts';

/** One path worked on in this session. */
export interface PathWorkedOn {
  readonly pathId: string;
  /** How each step stands now, earlier sessions' outcomes too: for what to practise and the code to carry on. */
  readonly outcomes: StepOutcomes;
  /** The steps given an outcome in this session, each as it went the last time today. */
  readonly today: StepOutcomes;
  /** How every step stood before this session first saved the path: to tell a path completed today from one done before. */
  readonly atStart: StepOutcomes;
}

/** The paths worked on in this session, in the order they were first worked on. */
export type SessionWork = readonly PathWorkedOn[];

/**
 * The session's work after one path's progress was saved, going from `before` to `after`. A step whose
 * outcome is new or changed was done today; a step taken away ("Start this path again") stays in today's
 * list, as it was still done today. A save that changes nothing leaves the work as it was. Pure.
 */
export function withSavedProgress(
  work: SessionWork,
  pathId: string,
  before: StepOutcomes,
  after: StepOutcomes,
): SessionWork {
  const changed = Object.entries(after).filter(([stepId, outcome]) => before[stepId] !== outcome);
  const known = work.find((path) => path.pathId === pathId);
  if (changed.length === 0 && known === undefined) return work;
  const worked: PathWorkedOn = {
    pathId,
    outcomes: after,
    today: { ...known?.today, ...Object.fromEntries(changed) },
    atStart: known?.atStart ?? before,
  };
  return known === undefined ? [...work, worked] : work.map((path) => (path === known ? worked : path));
}
