import { useSignal } from '@preact/signals';
import type { PathStore } from '../path-store.ts';
import { useRunTime } from '../../run-time.tsx';

/**
 * "Was this clear?" under a step, answered "Yes" or "Not really": counted with no name, so the organisation
 * can see which steps to make clearer. One answer a step; asked only where the answers are counted.
 */
export function WasThisClear({ store }: { store: PathStore }) {
  const { stepFeedback } = useRunTime();
  const step = store.step.value;
  /** The step answered, and what was said back; a new step asks again. */
  const answered = useSignal<{ stepId: string; said: string; ok: boolean } | undefined>(undefined);
  if (stepFeedback === undefined) return null;
  const questionId = `sp-clear-${step.id}`;
  const answer = async (clear: boolean) => {
    const counted = await stepFeedback(store.path.id, step.id, clear);
    answered.value = {
      stepId: step.id,
      ok: counted.ok,
      said: counted.ok ? 'Thank you. We count the answers, with no names, to make the steps clearer.' : counted.message,
    };
  };
  const done = answered.value?.stepId === step.id ? answered.value : undefined;
  return (
    <div class="sp-clear sp-no-print" role="group" aria-labelledby={questionId}>
      <p class="sp-clear__question" id={questionId}>
        Was this step clear?
      </p>
      {!done?.ok && (
        <div class="sp-clear__answers">
          <button type="button" class="sp-secondary-button" onClick={() => void answer(true)}>
            Yes<span class="sp-visually-hidden">, it was clear</span>
          </button>{' '}
          <button type="button" class="sp-secondary-button" onClick={() => void answer(false)}>
            Not really
          </button>
        </div>
      )}
      <div role="status">{done && <p class={done.ok ? 'sp-hint' : 'sp-error-message'}>{done.said}</p>}</div>
    </div>
  );
}
