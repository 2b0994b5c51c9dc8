import { useRef } from 'preact/hooks';
import type { LearnerChoiceStore } from './learner-choice-store.ts';
import { useFocusOnChange } from '../kit/use-focus-on-change.ts';
import { TextField } from '../kit/text-field.tsx';

interface WhoIsLearningProps {
  store: LearnerChoiceStore;
  /** Unique per page, so the label points at the right box. */
  idPrefix?: string;
  /** True when coming back to change who is learning, so the heading is read out. */
  takeFocus?: boolean;
}

/**
 * Before the first path: a first name or nickname to save progress under on this computer, someone
 * already known, or practice with nothing saved. The store checks the name; its message shows here.
 */
export function WhoIsLearning({ store, idPrefix = 'signpost', takeFocus = false }: WhoIsLearningProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, 'who', takeFocus);
  const problem = store.storeProblem.value;
  const listProblem = store.listProblem.value;
  return (
    <div class="sp-who-is-learning">
      <h2 class="sp-title" tabIndex={-1} ref={heading}>
        Who is learning?
      </h2>
      {/* A live region, as the list is read again after a file is opened, while focus is elsewhere. */}
      <div role="status">{listProblem && <p class="sp-error-message">{listProblem}</p>}</div>
      {!store.ready.value ? (
        <p>Getting ready…</p>
      ) : problem ? (
        <>
          <p class="sp-notice">{problem}</p>
          {store.canTryAgain.value && (
            <button type="button" class="sp-secondary-button" onClick={() => void store.load()}>
              Try again
            </button>
          )}
        </>
      ) : (
        <SaveUnderName store={store} idPrefix={idPrefix} />
      )}
      <h3 class="sp-subheading">Or just practise</h3>
      <p>Nothing is saved. You start each path from the beginning next time.</p>
      <button type="button" class="sp-secondary-button" onClick={store.practise}>
        Practise without saving
      </button>
    </div>
  );
}

function SaveUnderName({ store, idPrefix }: { store: LearnerChoiceStore; idPrefix: string }) {
  const error = store.nameProblem.value;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void store.addLearner();
  };
  return (
    <>
      <p>
        Signpost can remember the steps you have done, so you can carry on next time. It keeps them on this computer
        only.
      </p>
      {store.learners.value.length > 0 && (
        <ul class="sp-learner-list" aria-label="People learning on this computer">
          {store.learners.value.map((learner) => (
            <li key={learner.id}>
              <button type="button" class="sp-secondary-button" onClick={() => store.choose(learner)}>
                Carry on as {learner.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {store.learners.value.length > 0 && <h3 class="sp-subheading">Someone new?</h3>}
      <form class="sp-form" onSubmit={onSubmit} noValidate>
        {/* Autocomplete stays off: on a shared computer the browser must not suggest other people's names. */}
        <TextField
          id={`${idPrefix}-learner-name`}
          label="First name or nickname"
          hint="Just a first name or a nickname. Not a full name, email or phone number."
          error={error}
          value={store.name}
          name="nickname"
        />
        <button class="sp-button" type="submit">
          Save my progress
        </button>
      </form>
    </>
  );
}
