import type { LearningPath, SkillArea, SkillUse, Step, StepOutcome } from './learning-path.ts';

/** The framework's own names for its areas, as funders and champions read them. */
export const SKILL_AREA_NAMES: Record<SkillArea, string> = {
  foundation: 'Foundation skills',
  communicating: 'Communicating',
  'handling-information-and-content': 'Handling information and content',
  transacting: 'Transacting',
  'problem-solving': 'Problem solving',
  'being-safe-and-legal-online': 'Being safe and legal online',
};

export const SKILL_USE_NAMES: Record<SkillUse, string> = { life: 'for life', work: 'for work' };

/** "Transacting, for life". */
export function skillText(skill: { area: SkillArea; for: SkillUse }): string {
  return `${SKILL_AREA_NAMES[skill.area]}, ${SKILL_USE_NAMES[skill.for]}`;
}

/** A step counts towards completing a path when it was done, on the learner's own or with help. */
function isDone(outcome: StepOutcome | undefined): boolean {
  return outcome === 'done' || outcome === 'needed-help';
}

/** The path's key steps (the ones that show it is learned), in path order. */
export function keySteps(path: LearningPath): Step[] {
  return path.steps.filter((step) => path.keySteps.includes(step.id));
}

/** Key steps not done yet, in path order: empty once the path counts as completed. */
export function keyStepsLeft(path: LearningPath, outcomes: Readonly<Record<string, StepOutcome>>): Step[] {
  return keySteps(path).filter((step) => !isDone(outcomes[step.id]));
}

/**
 * True when the path counts as completed: every key step done, on the learner's own or with help. Other
 * steps (explaining, logging out) may be skipped. This is when a learner gains the path's skill.
 */
export function isPathCompleted(path: LearningPath, outcomes: Readonly<Record<string, StepOutcome>>): boolean {
  return keyStepsLeft(path, outcomes).length === 0;
}

/** "Steps 3, 5 and 7", for the key steps, counted from 1 as people count. */
export function keyStepNumbers(path: LearningPath): string {
  const numbers = path.steps.flatMap((step, index) => (path.keySteps.includes(step.id) ? [String(index + 1)] : []));
  const listed = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(numbers);
  return `${numbers.length === 1 ? 'Step' : 'Steps'} ${listed}`;
}

/** "Counts as completed when steps 3, 5 and 7 are done, on your own or with help." For the champion. */
export function completionText(path: LearningPath): string {
  const verb = path.keySteps.length === 1 ? 'is' : 'are';
  return `Counts as completed when ${keyStepNumbers(path).toLowerCase()} ${verb} done, on their own or with help.`;
}
