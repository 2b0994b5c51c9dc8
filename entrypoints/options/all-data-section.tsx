import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { allDataErased } from '../../extension/settings.ts';
import { learnersFileText } from '../../shared/store/learner-export.ts';
import type { LearnerStore } from '../../shared/store/open-learner-store.ts';
import type { StoreResult } from '../../shared/store/store-result.ts';
import { ConfirmErase, useFocusBackOnKeep } from '../../shared/ui/kit/confirm-erase.tsx';
import { learnerFileName } from '../../shared/ui/learners/learner-data-store.ts';
import { useFocusOnChange } from '../../shared/ui/kit/use-focus-on-change.ts';
import { eraseAllData } from './erase-all-data.ts';

interface AllDataSectionProps {
  openLearners: () => Promise<StoreResult<LearnerStore>>;
  /** Hands a file to the person (a download); tests pass their own. */
  saveFile: (fileName: string, text: string) => void;
  /** Told once everything is erased, so the rest of the page shows the defaults again. */
  onErased: () => void;
}

/** Save every learner to one file, or erase everything Signpost keeps on this computer after asking. */
export function AllDataSection({ openLearners, saveFile, onErased }: AllDataSectionProps) {
  const asking = useSignal(false);
  const problem = useSignal<string | undefined>(undefined);
  const said = useSignal<string | undefined>(undefined);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const saidMessage = useRef<HTMLParagraphElement>(null);
  useFocusBackOnKeep(eraseButton, asking.value, said.value !== undefined);
  useFocusOnChange(saidMessage, said.value, said.value !== undefined);

  async function exportAll() {
    said.value = undefined;
    const store = await openLearners();
    const file = store.ok ? await store.value.exportAll() : store;
    if (store.ok) store.value.close();
    if (!file.ok) {
      problem.value = file.message;
      return;
    }
    // The same size limit as opening a file, so this one can be opened on another computer.
    const text = learnersFileText(file.value);
    if (!text.ok) {
      problem.value = text.message;
      return;
    }
    problem.value = undefined;
    const fileName = learnerFileName(file.value.exported);
    saveFile(fileName, text.value.text);
    // Not "in your downloads": the browser may have asked where to save it.
    said.value = [
      `Signpost saved everyone's progress in the file ${fileName}. Move it somewhere safe, such as a USB stick, then delete it from this computer.`,
      text.value.warning,
    ]
      .filter(Boolean)
      .join(' ');
  }

  async function erase() {
    const erased = await eraseAllData(openLearners);
    // Told even when a part failed: an open side panel reads again what is left rather than keep what went.
    const panelTold = await allDataErased.announce();
    if (!erased.ok) {
      problem.value = erased.message;
      return;
    }
    problem.value = undefined;
    said.value = `Everything is erased. No names, progress, settings, lists or paths of your own are left on this computer.${panelTold ? '' : ' If the side panel is open, close it and open it again.'}`;
    asking.value = false;
    onErased();
  }

  return (
    <>
      <p>Save everyone's progress in one file, to keep a copy or move it to another computer.</p>
      <button type="button" class="sp-secondary-button" onClick={() => void exportAll()}>
        Save everyone to a file
      </button>
      {asking.value ? (
        <ConfirmErase
          question="Erase all Signpost data from this computer?"
          keepLabel="Keep it"
          problem={problem.value}
          onErase={() => void erase()}
          onKeep={() => {
            asking.value = false;
            problem.value = undefined;
          }}
        >
          <p>
            This deletes everyone's names and progress, your settings, your own list of local help, and your own paths
            and what helpers taught Signpost. You cannot undo it.
          </p>
        </ConfirmErase>
      ) : (
        <p>
          <button
            type="button"
            class="sp-secondary-button"
            ref={eraseButton}
            onClick={() => {
              said.value = undefined;
              problem.value = undefined;
              asking.value = true;
            }}
          >
            Erase all data
          </button>
        </p>
      )}
      {!asking.value && problem.value && (
        <p class="sp-error-message" role="alert">
          {problem.value}
        </p>
      )}
      <div role="status">
        <p tabIndex={-1} ref={saidMessage}>
          {said.value}
        </p>
      </div>
    </>
  );
}
