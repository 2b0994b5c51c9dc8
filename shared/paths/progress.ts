import type { LearningPath, Step, StepOutcome } from './learning-path.ts';

/**
 * Where a learner is in one path. Plain data, so the learner store can save it as it is. Every function
 * here returns a new value and never reads the clock: pass `now` in.
 */
export interface PathProgress {
  readonly pathId: string;
  /** The step on screen, counted from 0. */
  readonly current: number;
  /** How each step went, by step id. A step with no entry has not been tried yet. */
  readonly outcomes: Readonly<Record<string, StepOutcome>>;
  /** ISO 8601 date and time. */
  readonly startedAt: string;
  /** ISO 8601 date and time; set when the last step without an outcome gets one. */
  readonly finishedAt?: string;
}

/** A fresh start on step 1. */
export function startPath(path: LearningPath, now: Date): PathProgress {
  return { pathId: path.id, current: 0, outcomes: {}, startedAt: now.toISOString() };
}

/**
 * Picks a path up from a resume code's flags (resume-code.ts): steps flagged true count as done, and
 * the learner lands on the first step not done. Flags past the path's last step are ignored.
 */
export function resumePath(path: LearningPath, done: readonly boolean[], now: Date): PathProgress {
  const outcomes: Record<string, StepOutcome> = {};
  path.steps.forEach((step, index) => {
    if (done[index] === true) outcomes[step.id] = 'done';
  });
  const firstNotDone = path.steps.findIndex((step) => outcomes[step.id] === undefined);
  const started = { ...startPath(path, now), outcomes };
  if (firstNotDone === -1) return { ...started, current: path.steps.length - 1, finishedAt: now.toISOString() };
  return { ...started, current: firstNotDone };
}

/** The index of a step (0-based) kept inside the path, in case the path lost steps since it was saved. */
function clampIndex(path: LearningPath, index: number): number {
  return Math.min(Math.max(0, index), path.steps.length - 1);
}

/** The step on screen. */
export function currentStep(path: LearningPath, progress: PathProgress): Step {
  // LearningPathSchema guarantees at least one step, so the clamped index always exists.
  return path.steps[clampIndex(path, progress.current)] as Step;
}

export interface StepCounter {
  /** Counted from 1, as people count. */
  readonly number: number;
  readonly total: number;
  /** "Step 3 of 9". */
  readonly label: string;
}

/** "Step 3 of 9", and the two numbers for a progress bar. */
export function stepCounter(path: LearningPath, progress: PathProgress): StepCounter {
  const number = clampIndex(path, progress.current) + 1;
  const total = path.steps.length;
  return { number, total, label: `Step ${number} of ${total}` };
}

/** True once every step has an outcome, whatever it was. */
export function isFinished(path: LearningPath, progress: PathProgress): boolean {
  return path.steps.every((step) => progress.outcomes[step.id] !== undefined);
}

/** The next step with no outcome after `from`, then from the start; undefined when all have one. */
function nextUntried(path: LearningPath, outcomes: PathProgress['outcomes'], from: number): number | undefined {
  const order = [...path.steps.keys()].map((offset) => (from + 1 + offset) % path.steps.length);
  return order.find((index) => outcomes[path.steps[index]?.id ?? ''] === undefined);
}

/**
 * Records how the step on screen went and moves to the next step not yet tried (going back round to
 * earlier skipped-over steps). On the last untried step it stays put and sets `finishedAt` to `now`.
 */
export function recordOutcome(
  path: LearningPath,
  progress: PathProgress,
  outcome: StepOutcome,
  now: Date,
): PathProgress {
  const index = clampIndex(path, progress.current);
  const outcomes = { ...progress.outcomes, [currentStep(path, progress).id]: outcome };
  const next = nextUntried(path, outcomes, index);
  if (next !== undefined) return { ...progress, outcomes, current: next };
  return { ...progress, outcomes, current: index, finishedAt: progress.finishedAt ?? now.toISOString() };
}

/** One step on, stopping at the last step. Outcomes are kept. */
export function goForward(path: LearningPath, progress: PathProgress): PathProgress {
  return { ...progress, current: clampIndex(path, progress.current + 1) };
}

/** One step back, stopping at step 1. Outcomes are kept. */
export function goBack(path: LearningPath, progress: PathProgress): PathProgress {
  return { ...progress, current: clampIndex(path, progress.current - 1) };
}

/** Steps to practise next time: the ones where the learner needed help or skipped, in path order. */
export function stepsToPractise(path: LearningPath, progress: PathProgress): Step[] {
  return path.steps.filter((step) => {
    const outcome = progress.outcomes[step.id];
    return outcome === 'needed-help' || outcome === 'skipped';
  });
}

/**
 * One flag per step, true when the step was completed, with or without help. A skipped step is not
 * completed: it stays open when the path is picked up again from a resume code.
 */
export function completedSteps(path: LearningPath, progress: PathProgress): boolean[] {
  return path.steps.map((step) => {
    const outcome = progress.outcomes[step.id];
    return outcome === 'done' || outcome === 'needed-help';
  });
}
