import { useRef } from 'preact/hooks';
import { useFocusOnChange } from '../kit/use-focus-on-change.ts';
import {
  END_OF_SESSION_CHECKS,
  unansweredChecks,
  type CheckAnswer,
  type EndOfSessionCheck,
} from './end-of-session-checks.ts';
import { PlanDetailsForm } from './plan-details-form.tsx';
import type { SessionStore } from './session-store.ts';

const ANSWERS: readonly [CheckAnswer, string][] = [
  ['done', 'Yes, done'],
  ['not-needed', 'Not needed today'],
];

/**
 * Before the person leaves: three checks that keep them safe on a shared computer, each answered "Yes,
 * done" or "Not needed today", then the details for their plan. The handover note waits until all three
 * checks are answered.
 */
export function EndOfSessionChecklist({ session }: { session: SessionStore }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, 'checks');
  const missed = session.checksMissed.value ? unansweredChecks(session.answers.value) : [];
  return (
    <div class="sp-checks">
      <h2 class="sp-title" tabIndex={-1} ref={heading}>
        Before they go
      </h2>
      <p>Check these with them before you make the handover note. Choose "Not needed today" if it did not come up.</p>
      {END_OF_SESSION_CHECKS.map((check) => (
        <CheckQuestion key={check.id} check={check} session={session} missed={missed.includes(check)} />
      ))}
      <div role="alert">
        {missed.length > 0 && (
          <p class="sp-error-message">
            Answer {missed.length === 1 ? 'this check' : `these ${missed.length} checks`} first:{' '}
            {missed.map((check) => check.label).join('; ')}.
          </p>
        )}
      </div>
      <PlanDetailsForm plan={session.plan} onNote={session.onNote.value} />
      <div class="sp-checks__actions">
        <button type="button" class="sp-button" onClick={() => void session.makeHandoverNote()}>
          Make the handover note
        </button>
        <button type="button" class="sp-secondary-button" onClick={session.backToLearning}>
          Back to learning
        </button>
      </div>
    </div>
  );
}

function CheckQuestion({
  check,
  session,
  missed,
}: {
  check: EndOfSessionCheck;
  session: SessionStore;
  missed: boolean;
}) {
  const hintId = `sp-check-${check.id}-why`;
  const errorId = `sp-check-${check.id}-error`;
  return (
    <fieldset
      class={`sp-check${missed ? ' sp-field--error' : ''}`}
      aria-describedby={missed ? `${hintId} ${errorId}` : hintId}
    >
      <legend class="sp-check__label">{check.label}</legend>
      <p class="sp-hint" id={hintId}>
        {check.why}
      </p>
      {missed && (
        <p class="sp-error-message" id={errorId}>
          Choose one.
        </p>
      )}
      {ANSWERS.map(([answer, label]) => (
        <label key={answer} class="sp-checkbox">
          <input
            type="radio"
            class="sp-checkbox__input"
            name={`sp-check-${check.id}`}
            checked={session.answers.value[check.id] === answer}
            onChange={() => session.answer(check.id, answer)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
