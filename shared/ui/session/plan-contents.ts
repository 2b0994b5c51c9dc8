import type { LearningPath, Step } from '../../paths/learning-path.ts';
import type { PathProgress } from '../../paths/progress.ts';
import { isPathCompleted } from '../../paths/skills.ts';
import type { Progress } from '../../store/progress.ts';

/** Short enough to print on two pages of large type: a plan, not a record of everything. */
export const MOST_TO_PRACTISE = 4;
export const MOST_NOW_USING = 6;
export const MOST_NEXT_STEPS = 3;
export const MOST_CODES = 2;

export interface PlanContents {
  /** Services they now use: what completed paths say ("NHS App: set up, identity proved"). */
  nowUsing: string[];
  /** Steps that needed help or were skipped, on paths not yet completed first. */
  toPractise: { path: LearningPath; step: Step }[];
  /** Paths started but not yet completed, to finish. */
  toFinish: LearningPath[];
  /** Paths today's and the completed ones lead on to, not yet started. */
  toTry: LearningPath[];
  /** The progress behind each code to carry on: today's paths, then others to finish. */
  codes: { path: LearningPath; progress: PathProgress }[];
}

/** Paths first by the order given (today's first), then the rest in the order of `paths`. */
function orderedProgress(
  progress: readonly Progress[],
  paths: readonly LearningPath[],
  firstIds: readonly string[],
): { path: LearningPath; outcomes: Progress['outcomes'] }[] {
  const known = progress.flatMap((record) => {
    const path = paths.find((candidate) => candidate.id === record.pathId);
    return path === undefined || Object.keys(record.outcomes).length === 0 ? [] : [{ path, outcomes: record.outcomes }];
  });
  const rank = (pathId: string) => {
    const today = firstIds.indexOf(pathId);
    return today === -1 ? firstIds.length + paths.findIndex((path) => path.id === pathId) : today;
  };
  return known.sort((a, b) => rank(a.path.id) - rank(b.path.id));
}

/**
 * What the plan says from the learner's progress on every path: what they now use, what to practise,
 * what to finish or try next, and the codes to carry on. `firstIds` puts today's paths first. `now` stamps
 * the progress behind the codes. Paths no longer in `paths` are left out. Pure.
 */
export function planContents(
  progress: readonly Progress[],
  paths: readonly LearningPath[],
  now: Date,
  firstIds: readonly string[] = [],
): PlanContents {
  const started = orderedProgress(progress, paths, firstIds);
  const completed = started.filter(({ path, outcomes }) => isPathCompleted(path, outcomes));
  const unfinished = started.filter(({ path, outcomes }) => !isPathCompleted(path, outcomes));
  const toPractise = [...unfinished, ...completed].flatMap(({ path, outcomes }) =>
    path.steps
      .filter((step) => outcomes[step.id] === 'needed-help' || outcomes[step.id] === 'skipped')
      .map((step) => ({ path, step })),
  );
  const startedIds = new Set(started.map(({ path }) => path.id));
  const leadingOn = started.filter(({ path }) => firstIds.includes(path.id)).concat(completed);
  const toTry = [...new Set(leadingOn.flatMap(({ path }) => path.next))]
    .filter((pathId) => !startedIds.has(pathId))
    .flatMap((pathId) => paths.find((path) => path.id === pathId) ?? []);
  const toFinish = unfinished.map(({ path }) => path);
  return {
    nowUsing: completed
      .flatMap(({ path }) => (path.nowUsing === undefined ? [] : [path.nowUsing]))
      .slice(0, MOST_NOW_USING),
    toPractise: toPractise.slice(0, MOST_TO_PRACTISE),
    toFinish: toFinish.slice(0, MOST_NEXT_STEPS),
    toTry: toTry.slice(0, Math.max(0, MOST_NEXT_STEPS - toFinish.length)),
    // Today's paths first, finished or not, as they were just done; then any others still to finish.
    codes: started
      .filter(({ path, outcomes }) => firstIds.includes(path.id) || !isPathCompleted(path, outcomes))
      .slice(0, MOST_CODES)
      .map(({ path, outcomes }) => ({
        path,
        progress: { pathId: path.id, current: 0, outcomes, startedAt: now.toISOString() },
      })),
  };
}
