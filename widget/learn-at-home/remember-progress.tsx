import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { ConfirmErase, useFocusBackOnKeep } from '../../shared/ui/kit/confirm-erase.tsx';
import type { ConsentState, ProgressConsent } from './progress-consent.ts';

interface RememberProgressProps {
  consent: ProgressConsent;
  idPrefix: string;
}

const SAYS: Record<Exclude<ConsentState, 'checking'>, string> = {
  'not-asked': 'We are not saving your progress. If you leave this page, you will start again.',
  'kept-before': 'You asked us to remember your progress on this device before.',
  remembering:
    'We are remembering your progress on this device. It stays in this web browser and is not sent anywhere.',
};

const FORGOT = 'We have forgotten your progress. Nothing is saved on this device.';

/**
 * The resident's say over their progress: nothing is kept until they press "Remember my progress on this
 * device" (or "Not now"); after an earlier visit they choose to carry on or forget; "Forget my progress"
 * asks first, in the page. After each choice, focus moves to what it now says, so a screen reader reads
 * the result, even when the answer moves this box (Learn at home draws it below a path once answered).
 */
export function RememberProgress({ consent, idPrefix }: RememberProgressProps) {
  const asking = useSignal(false);
  const forgetButton = useRef<HTMLButtonElement>(null);
  const says = useRef<HTMLParagraphElement>(null);
  const state = consent.state.value;
  const forgotten = consent.forgotten.value;
  const declined = consent.declined.value;
  const problem = consent.problem.value;
  useLayoutEffect(() => {
    if (!consent.chose.peek()) return;
    if (problem === undefined) says.current?.focus();
    consent.chose.value = false;
  }, [state, forgotten, declined, problem]);
  useFocusBackOnKeep(forgetButton, asking.value, consent.chose.value);

  if (state === 'checking') return null;
  const hintId = `${idPrefix}-remember-hint`;
  const choose = (action: () => void | Promise<void>) => () => {
    consent.chose.value = true;
    asking.value = false;
    void action();
  };
  const keep = () => {
    asking.value = false;
  };

  if (asking.value) {
    return (
      <ConfirmErase
        question="Forget your progress on this device?"
        keepLabel="Keep my progress"
        onErase={choose(consent.forget)}
        onKeep={keep}
      >
        <p>This clears every step you have done from this web browser. You cannot undo this.</p>
      </ConfirmErase>
    );
  }
  return (
    <div class="sp-notice" role="group" aria-label="Your progress">
      <p tabIndex={-1} ref={says}>
        {state === 'not-asked' && forgotten > 0 ? FORGOT : SAYS[state]}
      </p>
      {problem && (
        <p class="sp-error-message" role="alert">
          {problem}
        </p>
      )}
      {state === 'not-asked' && (
        <>
          <p class="sp-hint" id={hintId}>
            It stays in this web browser only. It is not sent anywhere. You can make us forget it at any time.
          </p>
          <button
            type="button"
            class="sp-secondary-button"
            aria-describedby={hintId}
            onClick={choose(consent.remember)}
          >
            Remember my progress on this device
          </button>
          {!consent.answered.value && (
            <>
              {' '}
              <button type="button" class="sp-secondary-button" onClick={choose(consent.decline)}>
                Not now
              </button>
            </>
          )}
        </>
      )}
      {state === 'kept-before' && (
        <button type="button" class="sp-secondary-button" onClick={choose(consent.remember)}>
          Carry on where I left off
        </button>
      )}
      {state !== 'not-asked' && (
        <button type="button" class="sp-secondary-button" ref={forgetButton} onClick={() => (asking.value = true)}>
          Forget my progress
        </button>
      )}
    </div>
  );
}
