import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { ImportReport } from '../../store/plan-import.ts';
import { ConfirmErase, useFocusBackOnKeep } from '../kit/confirm-erase.tsx';
import { describeConflict, describeImport } from './describe-import.ts';
import type { LearnerChoiceStore } from './learner-choice-store.ts';
import type { LearnerDataStore } from './learner-data-store.ts';
import { useFocusOnChange } from '../kit/use-focus-on-change.ts';

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
  /** True once "Keep both" is pressed: the button goes, so focus moves to what it added instead. */
  const keptBoth = useSignal(false);
  const onFileChosen = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) still counts as a choice.
    input.value = '';
    keptBoth.value = false;
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
        <OpenedFile data={data} takeFocus={keptBoth.value} />
      </div>
      {data.opened.value?.ok && data.opened.value.value.conflicts.length > 0 && (
        <button
          type="button"
          class="sp-secondary-button"
          onClick={() => {
            keptBoth.value = true;
            void data.keepBoth();
          }}
        >
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
              This deletes the names and progress of everyone learning on this computer:{' '}
              {names.format(learners.map((learner) => learner.name))}. You cannot undo it.
            </p>
          </ConfirmErase>
        ) : (
          <button
            type="button"
            class="sp-secondary-button"
            ref={eraseButton}
            onClick={() => data.askToErase('everyone')}
          >
            Erase everyone
          </button>
        ))}
    </div>
  );
}

/**
 * What opening a file did: what was added, what was left out and why, or why the file was refused.
 * With `takeFocus` (after "Keep both"), a new result takes focus, so it is read out where the button was.
 */
function OpenedFile({ data, takeFocus }: { data: LearnerDataStore; takeFocus: boolean }) {
  const result = useRef<HTMLDivElement>(null);
  const opened = data.opened.value;
  useFocusOnChange(result, opened, takeFocus);
  if (opened === undefined) return null;
  return (
    <div tabIndex={-1} ref={result}>
      {opened.ok ? <WhatWasAdded report={opened.value} /> : <p class="sp-error-message">{opened.message}</p>}
    </div>
  );
}

function WhatWasAdded({ report }: { report: ImportReport }) {
  return (
    <div class="sp-notice">
      {describeImport(report).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {report.conflicts.length > 0 && (
        <>
          <p>Some things in the file were left out. What is on this computer is not changed:</p>
          <ul>
            {report.conflicts.map((conflict) => (
              <li key={conflict.kind === 'learner' ? conflict.learnerId : conflict.sessionId}>
                {describeConflict(conflict)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
