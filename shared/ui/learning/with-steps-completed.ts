import type { StepOutcomes } from '../../store/progress.ts';

/**
 * `outcomes` with each of `stepIds` completed, as a resume code says (a code only knows a step was
 * completed, not whether it took help): a step saved as 'needed-help' or 'done' keeps that, any other
 * becomes 'done'. Ids are not checked against a path: the path store ignores ones its path lacks.
 */
export function withStepsCompleted(outcomes: StepOutcomes, stepIds: readonly string[]): StepOutcomes {
  const completed = stepIds.filter((stepId) => outcomes[stepId] !== 'done' && outcomes[stepId] !== 'needed-help');
  return { ...outcomes, ...Object.fromEntries(completed.map((stepId) => [stepId, 'done' as const])) };
}
