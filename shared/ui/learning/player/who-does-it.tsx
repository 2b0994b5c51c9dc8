import type { Step, StepDoer } from '../../../paths/learning-path.ts';
import { useRunTime } from '../../run-time.tsx';

const WHO_DOES_IT: Record<StepDoer, string> = {
  resident: 'You do this step.',
  helper: 'Your helper does this step. Watch how they do it.',
  together: 'You do this step together.',
  'hands-off': 'You do this step on your own. Your helper steps back and does not look.',
};

/** Said to someone learning on their own: nobody is beside them, so nobody to do it with. */
const WHO_DOES_IT_ALONE: Record<StepDoer, string> = {
  resident: 'You do this step.',
  helper: 'Someone who knows how usually does this step. Read what to do, or ask a local group.',
  together: 'Read this, then do it your way. A friend or a local group can help if you want.',
  'hands-off': 'You do this step on your own. Let no one watch.',
};

function whoWords(step: Step, alone: boolean): string {
  return (alone ? WHO_DOES_IT_ALONE : WHO_DOES_IT)[step.who];
}

/** Who does the step, and for a hands-off step, plainly why the helper steps back. */
export function WhoDoesIt({ step }: { step: Step }) {
  const { alone = false } = useRunTime();
  return (
    <p class={`sp-who sp-who--${step.who}`}>
      <strong>{whoWords(step, alone)}</strong>
      {step.whyHandsOff && <> {step.whyHandsOff}</>}
    </p>
  );
}

/** The same words, for reading aloud. */
export function whoDoesItText(step: Step, alone = false): string {
  return [whoWords(step, alone), step.whyHandsOff].filter(Boolean).join(' ');
}
