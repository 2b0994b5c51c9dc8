import type { Step, StepDoer } from '../../../paths/learning-path.ts';

const WHO_DOES_IT: Record<StepDoer, string> = {
  resident: 'You do this step.',
  helper: 'Your helper does this step. Watch how they do it.',
  together: 'You do this step together.',
  'hands-off': 'You do this step on your own. Your helper steps back and does not look.',
};

/** Who does the step, and for a hands-off step, plainly why the helper steps back. */
export function WhoDoesIt({ step }: { step: Step }) {
  return (
    <p class={`sp-who sp-who--${step.who}`}>
      <strong>{WHO_DOES_IT[step.who]}</strong>
      {step.whyHandsOff && <> {step.whyHandsOff}</>}
    </p>
  );
}

/** The same words, for reading aloud. */
export function whoDoesItText(step: Step): string {
  return [WHO_DOES_IT[step.who], step.whyHandsOff].filter(Boolean).join(' ');
}
