import { useRef } from 'preact/hooks';
import type { Learner } from '../../store/learner.ts';
import { ConfirmErase, useFocusBackOnKeep } from '../kit/confirm-erase.tsx';
import type { LearnerDataStore } from './learner-data-store.ts';

interface ThisLearnerDataProps {
  data: LearnerDataStore;
  learner: Learner;
}

/**
 * For the learner chosen: save their progress to a file to take to another computer, or erase them from
 * this one (a shared library computer should not keep names longer than needed). Folded away until wanted.
 */
export function ThisLearnerData({ data, learner }: ThisLearnerDataProps) {
  const eraseButton = useRef<HTMLButtonElement>(null);
  const asking = data.confirming.value === 'learner';
  useFocusBackOnKeep(eraseButton, asking, data.erased.value !== undefined);
  return (
    <details class="sp-learner-data sp-no-print">
      <summary>Save or erase {learner.name}'s progress</summary>
      <p>Save {learner.name}'s progress to a file to carry on at another computer.</p>
      <p>
        The file holds {learner.name}'s name, notes, progress, the first part of their postcode and your organisation's
        name. It is not locked, so anyone who opens it can read it. On a shared computer, move it somewhere safe, such
        as a USB stick, and delete it from this computer.
      </p>
      <button type="button" class="sp-secondary-button" onClick={() => void data.saveChosenToFile()}>
        Save this learner's progress to a file
      </button>
      <div role="status">{data.fileSaved.value && <p class="sp-notice">{data.fileSaved.value}</p>}</div>
      {asking ? (
        <ConfirmErase
          question={`Erase ${learner.name} from this computer?`}
          keepLabel={`Keep ${learner.name}`}
          problem={data.eraseProblem.value}
          onErase={() => void data.confirmErase()}
          onKeep={data.keepIt}
        >
          <p>This deletes {learner.name}'s name and every step they have done. You cannot undo it.</p>
          <p>To keep a copy, choose "Keep {learner.name}" and save their progress to a file first.</p>
        </ConfirmErase>
      ) : (
        <button type="button" class="sp-secondary-button" ref={eraseButton} onClick={() => data.askToErase('learner')}>
          Erase this learner
        </button>
      )}
    </details>
  );
}
