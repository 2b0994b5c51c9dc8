import { stepForSomeoneAlone } from './alone.ts';
import type { LearningPath } from './learning-path.ts';

/**
 * One piece of text a resident reads, with where it sits in the path. `stepIndex` is absent for the start
 * screen (title, goal, what you'll need), which the resident reads before step 1.
 */
export interface ResidentText {
  readonly stepIndex?: number;
  readonly field: string;
  readonly text: string;
}

/**
 * Every text a resident reads, in the order they meet it: the start screen first, then each step.
 * Helper tips and curator notes are left out: helpers and curators may read harder words.
 */
export function residentTexts(path: LearningPath): ResidentText[] {
  const startScreen: ResidentText[] = [
    { field: 'title', text: path.title },
    { field: 'goal', text: path.goal },
    ...path.needs.flatMap((need, index) => [
      { field: `needs[${index}].say`, text: need.say },
      { field: `needs[${index}].ifMissing.say`, text: need.ifMissing.say },
    ]),
  ];
  const steps = path.steps.flatMap((step, stepIndex): ResidentText[] => [
    { stepIndex, field: 'title', text: step.title },
    { stepIndex, field: 'say', text: step.say },
    ...(step.whyHandsOff === undefined ? [] : [{ stepIndex, field: 'whyHandsOff', text: step.whyHandsOff }]),
    { stepIndex, field: 'ifStuck.say', text: step.ifStuck.say },
    ...(step.alone?.say === undefined ? [] : [{ stepIndex, field: 'alone.say', text: step.alone.say }]),
    ...(step.alone?.whyHandsOff === undefined
      ? []
      : [{ stepIndex, field: 'alone.whyHandsOff', text: step.alone.whyHandsOff }]),
    ...(step.alone?.ifStuck === undefined
      ? []
      : [{ stepIndex, field: 'alone.ifStuck.say', text: step.alone.ifStuck.say }]),
  ]);
  return [...startScreen, ...steps];
}

/**
 * Every text someone learning on their own reads ("Learn at home"): the start screen, then each step as
 * said to them (stepForSomeoneAlone), named by the field it comes from.
 */
export function textsForSomeoneAlone(path: LearningPath): ResidentText[] {
  const startScreen = residentTexts(path).filter((text) => text.stepIndex === undefined);
  const steps = path.steps.flatMap((step, stepIndex): ResidentText[] => {
    const alone = stepForSomeoneAlone(step);
    const from = (field: 'say' | 'whyHandsOff' | 'ifStuck') =>
      step.alone?.[field] === undefined ? field : `alone.${field}`;
    return [
      { stepIndex, field: 'title', text: alone.title },
      { stepIndex, field: from('say'), text: alone.say },
      ...(alone.whyHandsOff === undefined ? [] : [{ stepIndex, field: from('whyHandsOff'), text: alone.whyHandsOff }]),
      { stepIndex, field: `${from('ifStuck')}.say`, text: alone.ifStuck.say },
    ];
  });
  return [...startScreen, ...steps];
}

/** "step 3 (open-the-app), say" or "start screen, goal": how a report names a place, for curators. */
export function describePlace(path: LearningPath, place: { stepIndex?: number; field: string }): string {
  if (place.stepIndex === undefined) return `start screen, ${place.field}`;
  const step = path.steps[place.stepIndex];
  return `step ${place.stepIndex + 1} (${step?.id ?? '?'}), ${place.field}`;
}
