import type { PathStore } from '../path-store.ts';

/**
 * How the step went, then moving about. Back and Next only move; "I did it" and "Skip this step" record
 * the outcome and go on to the next step not yet tried.
 */
export function StepActions({ store }: { store: PathStore }) {
  const asked = store.askedForHelp.value;
  const { number, total } = store.counter.value;
  return (
    <div class="sp-step-actions sp-no-print">
      <div class="sp-step-actions__outcomes">
        <button type="button" class="sp-button" onClick={() => void store.endStep('done')}>
          {asked ? 'I did it with help' : 'I did it'}
        </button>
        {!asked && (
          <button type="button" class="sp-secondary-button" onClick={store.askForHelp}>
            I need help
          </button>
        )}
        <button type="button" class="sp-secondary-button" onClick={() => void store.endStep('skipped')}>
          Skip this step
        </button>
      </div>
      <div class="sp-step-actions__moves">
        {number > 1 && (
          <button type="button" class="sp-link-button" onClick={store.back}>
            Back<span class="sp-visually-hidden"> to step {number - 1}</span>
          </button>
        )}
        {number < total && (
          <button type="button" class="sp-link-button" onClick={store.next}>
            Next<span class="sp-visually-hidden"> to step {number + 1}</span>
          </button>
        )}
      </div>
    </div>
  );
}
