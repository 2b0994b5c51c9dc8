import { useRef } from 'preact/hooks';
import { ConfirmErase, useFocusBackOnKeep } from './confirm-erase.tsx';
import { describeImport } from './describe-import.ts';
import type { LearnerChoiceStore } from './learner-choice-store.ts';
import type { LearnerDataStore } from './learner-data-store.ts';

interface AllLearnersDataProps {
  choice: LearnerChoiceStore;
  data: LearnerDataStore;
}

/** Names joined as people say them: "Ade, Maureen and Sam". */
const names = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * Beside "Who is learning?": bring learners in from a file saved on another computer, or erase everyone
 * saved on this one. Shown only where the learner store opened.
 */
export function AllLearnersData({ choice, data }: AllLearnersDataProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const asking = data.confirming.value === 'everyone';
  useFocusBackOnKeep(eraseButton, asking, data.erased.value !== undefined);
  const learners = choice.learners.value;
  const onFileChosen = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) still counts as a choice.
    input.value = '';
    if (file !== undefined) void data.openFile(file);
  };
  return (
    <div class="sp-learners-data sp-no-print">
      <h3 class="sp-subheading">Move or erase saved progress</h3>
      <p>Bring someone's progress from another computer: open the file Signpost saved for them there.</p>
      {/* The button opens the browser's file chooser; the input itself stays hidden, so there is one clear control. */}
      <input type="file" accept=".json,application/json" hidden ref={fileInput} onChange={onFileChosen} />
      <button type="button" class="sp-secondary-button" onClick={() => fileInput.current?.click()}>
        Open a saved file
      </button>
      <div role="status">
        <OpenedFile data={data} />
      </div>
      {data.opened.value?.ok && data.opened.value.value.conflicts.length > 0 && (
        <button type="button" class="sp-secondary-button" onClick={() => void data.keepBoth()}>
          Keep both
        </button>
      )}
      {learners.length > 0 &&
        (asking ? (
          <ConfirmErase
            question="Erase everyone from this computer?"
            keepLabel="Keep them"
            problem={data.eraseProblem.value}
            onErase={() => void data.confirmErase()}
            onKeep={data.keepIt}
          >
            <p>
              This deletes the names and progress of everyone learning on this computer: {names.format(learners.map((learner) => learner.name))}. You
              cannot undo it.
            </p>
          </ConfirmErase>
        ) : (
          <button type="button" class="sp-secondary-button" ref={eraseButton} onClick={() => data.askToErase('everyone')}>
            Erase everyone
          </button>
        ))}
    </div>
  );
}

/** What opening a file did: what was added, what was left out and why, or why the file was refused. */
function OpenedFile({ data }: { data: LearnerDataStore }) {
  const opened = data.opened.value;
  if (opened === undefined) return null;
  if (!opened.ok) return <p class="sp-error-message">{opened.message}</p>;
  const { conflicts } = opened.value;
  return (
    <div class="sp-notice">
      {describeImport(opened.value).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {conflicts.length > 0 && (
        <>
          <p>Some things in the file were left out. What is on this computer is not changed:</p>
          <ul>
            {conflicts.map((conflict) => (
              <li key={conflict.kind === 'learner' ? conflict.learnerId : conflict.sessionId}>{conflict.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
