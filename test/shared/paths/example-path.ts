import type { LearningPath, Step } from '../../../shared/paths/learning-path.ts';
import type { StepFix } from '../../../shared/paths/step-fix.ts';

/** A small, valid path for tests to change one thing at a time. */
export function examplePath(changes: Partial<LearningPath> = {}): LearningPath {
  const steps = changes.steps ?? [exampleStep('first'), exampleStep('second'), exampleStep('third')];
  return {
    id: 'example-path',
    title: 'Say hello',
    goal: 'I want to say hello to my friend.',
    topic: 'keeping-in-touch',
    level: 'beginner',
    minutes: 5,
    needs: [
      { id: 'a-phone', say: 'A phone.', ifMissing: { say: 'Ask at the library.', categories: ['devices-and-data'] } },
    ],
    steps,
    next: [],
    skill: { area: 'communicating', for: 'life' },
    // The first step is key, so a test that swaps the steps still has a path that counts as completed somewhere.
    keySteps: [steps[0]?.id ?? 'first'],
    lastReviewed: '2026-11-21',
    ...changes,
  };
}

export function exampleStep(id: string, changes: Partial<Step> = {}): Step {
  return {
    id,
    title: 'Wave',
    say: 'Lift your hand. Wave it from side to side. Smile at your friend.',
    helperTip: 'Let them do it.',
    who: 'resident',
    ifStuck: { say: 'Wave to someone you know first.' },
    skill: { area: 'communicating', for: 'life' },
    ...changes,
  };
}

/** A mark a helper taught for a built-in step: the NHS App's Prescriptions link. */
export function exampleFix(changes: Partial<StepFix> = {}): StepFix {
  return {
    pathId: 'ordering-a-repeat-prescription',
    stepId: 'find-prescriptions',
    onPage: {
      site: 'https://www.nhsapp.service.nhs.uk',
      page: '/prescriptions',
      action: 'click',
      target: { role: 'link', name: 'Prescriptions' },
    },
    taught: '2026-12-01',
    ...changes,
  };
}
