import type { LearningPath, Step } from './learning-path.ts';

/*
 * "Learn at home" is read by someone on their own, so it must never lean on a helper who is not there.
 * A step's `alone` fields say it for them; everything else is said the same to both.
 */

/** The step as said to someone learning on their own: its `alone` fields in place of the usual ones. */
export function stepForSomeoneAlone(step: Step): Step {
  const { alone, ...rest } = step;
  if (alone === undefined) return step;
  return {
    ...rest,
    say: alone.say ?? step.say,
    ifStuck: alone.ifStuck ?? step.ifStuck,
    ...(step.whyHandsOff === undefined ? {} : { whyHandsOff: alone.whyHandsOff ?? step.whyHandsOff }),
  };
}

/** The whole path as said to someone on their own. */
export function pathForSomeoneAlone(path: LearningPath): LearningPath {
  return { ...path, steps: path.steps.map(stepForSomeoneAlone) };
}

/** "helper" or "helpers", whole words: what a text for someone alone must not mention. */
export const MENTIONS_A_HELPER = /\bhelpers?\b/i;

/** Steps done together or by the helper need words for someone alone: what to do, or where to get help. */
export function needsWordsForAlone(step: Step): boolean {
  return step.who === 'together' || step.who === 'helper';
}
