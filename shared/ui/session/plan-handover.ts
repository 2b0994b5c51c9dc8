import type { CategoryId } from '../../directory/categories.ts';
import type { LearningPath, Step, StepOutcome } from '../../paths/learning-path.ts';
import { isFinished, stepsToPractise, type PathProgress } from '../../paths/progress.ts';
import { helpCategories } from '../learning/player/help-categories.ts';
import type { SessionWork } from './session-work.ts';

/** At most this many new paths to try next: a handover note is a short plan, not a catalogue. */
const MOST_PATHS_TO_TRY = 3;

export interface PathToday {
  path: LearningPath;
  /** How every step stands now, for the code to carry on. */
  progress: PathProgress;
  /** Steps given each outcome today. */
  today: Record<StepOutcome, number>;
  finished: boolean;
  /** Steps that needed help or were skipped, today or before. */
  toPractise: Step[];
}

export interface HandoverPlan {
  /** The paths with a step done today, in the order they were started. */
  paths: PathToday[];
  /** Paths started today but not finished, to carry on with. */
  toFinish: LearningPath[];
  /** Paths the ones done today lead on to, not yet tried today. */
  toTry: LearningPath[];
  /** Kinds of local help today's paths point to; empty means any kind. */
  helpCategories: CategoryId[];
}

function countOutcomes(outcomes: Readonly<Record<string, StepOutcome>>): Record<StepOutcome, number> {
  const counts: Record<StepOutcome, number> = { done: 0, 'needed-help': 0, skipped: 0 };
  for (const outcome of Object.values(outcomes)) counts[outcome] += 1;
  return counts;
}

/**
 * What the handover note says: how each path went today, what to practise, what to do next and what
 * kinds of local help fit. Paths no longer in `paths` (removed since) are left out. `now` stamps the
 * progress behind each code to carry on. Pure.
 */
export function planHandover(work: SessionWork, paths: readonly LearningPath[], now: Date): HandoverPlan {
  const pathById = (pathId: string) => paths.find((path) => path.id === pathId);
  const today = work.flatMap(({ pathId, outcomes, today: doneToday }): PathToday[] => {
    const path = pathById(pathId);
    if (path === undefined || Object.keys(doneToday).length === 0) return [];
    const progress: PathProgress = { pathId, current: 0, outcomes, startedAt: now.toISOString() };
    return [
      {
        path,
        progress,
        today: countOutcomes(doneToday),
        finished: isFinished(path, progress),
        toPractise: stepsToPractise(path, progress),
      },
    ];
  });
  const tried = new Set(today.map(({ path }) => path.id));
  const toTry = [...new Set(today.flatMap(({ path }) => path.next))]
    .filter((pathId) => !tried.has(pathId))
    .flatMap((pathId) => pathById(pathId) ?? [])
    .slice(0, MOST_PATHS_TO_TRY);
  return {
    paths: today,
    toFinish: today.filter(({ finished }) => !finished).map(({ path }) => path),
    toTry,
    helpCategories: [...new Set(today.flatMap(({ path }) => helpCategories(path)))],
  };
}
