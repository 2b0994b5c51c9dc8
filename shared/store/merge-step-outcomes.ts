import type { StepOutcome } from '../paths/learning-path.ts';
import type { StepOutcomes } from './progress.ts';

// The furthest a learner got wins: doing a step alone is further than doing it with help, and both are further than skipping it.
const RANK: Record<StepOutcome, number> = { skipped: 0, 'needed-help': 1, done: 2 };

/**
 * Two records of the same path joined, so nothing either side knew is lost: a step with an outcome on
 * either side keeps one, and where both have one, 'done' beats 'needed-help' beats 'skipped'. Pure.
 */
export function mergeStepOutcomes(here: StepOutcomes, there: StepOutcomes): StepOutcomes {
  const merged = new Map(Object.entries(here));
  for (const [stepId, outcome] of Object.entries(there)) {
    const before = merged.get(stepId);
    if (before === undefined || RANK[outcome] > RANK[before]) merged.set(stepId, outcome);
  }
  return Object.fromEntries(merged);
}
