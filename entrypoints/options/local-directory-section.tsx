import { useEffect, useRef } from 'preact/hooks';
import { dateText } from '../../shared/directory/resource-facts.ts';
import { useFocusOnChange } from '../../shared/ui/kit/use-focus-on-change.ts';
import { DirectoryReport } from './directory-report.tsx';
import type { LocalDirectoryStore } from './local-directory-store.ts';

/**
 * The organisation's own list of local help: choose a file, check the report, then save or cancel. What
 * is saved now is shown with a way to remove it.
 */
export function LocalDirectorySection({ store }: { store: LocalDirectoryStore }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const doneMessage = useRef<HTMLParagraphElement>(null);
  // Save and Remove go once pressed, so focus moves to what they did rather than being lost.
  useFocusOnChange(doneMessage, store.done.value, store.done.value !== undefined);
  useEffect(() => void store.load(), [store]);
  const checking = store.checking.value;
  const saved = store.saved.value;

  const onFileChosen = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) still counts as a choice.
    input.value = '';
    if (file !== undefined) void store.chooseFile(file);
  };
  const cancel = () => {
    store.cancel();
    chooseButton.current?.focus();
  };

  return (
    <>
      <p>
        Add your own places: a Signpost pack or an Open Referral UK file (.json), or a spreadsheet saved as CSV (.csv).
        You will see what is in it before anything is saved.
      </p>
      <p>
        {saved === undefined
          ? 'No list of your own is saved. Signpost uses the lists that come with it.'
          : `Saved now: ${saved.fileName}, ${saved.resources.length} ${saved.resources.length === 1 ? 'place' : 'places'}, saved on ${dateText(saved.savedAt.slice(0, 10))}.`}
      </p>
      {/* The button opens the browser's file chooser; the input itself stays hidden, so there is one clear control. */}
      <input type="file" accept=".json,.csv,application/json,text/csv" hidden ref={fileInput} onChange={onFileChosen} />
      <p>
        <button type="button" class="sp-secondary-button" ref={chooseButton} onClick={() => fileInput.current?.click()}>
          Choose a file
        </button>{' '}
        {saved !== undefined && checking === undefined && (
          <button type="button" class="sp-secondary-button" onClick={() => void store.remove()}>
            Remove this list
          </button>
        )}
      </p>
      {checking !== undefined && (
        <>
          <DirectoryReport directory={checking} />
          {checking.resources.length > 0 && (
            <button type="button" class="sp-button" onClick={() => void store.saveChecked()}>
              Save this list
            </button>
          )}{' '}
          <button type="button" class="sp-secondary-button" onClick={cancel}>
            Cancel
          </button>
        </>
      )}
      <div role="alert">{store.problem.value && <p class="sp-error-message">{store.problem.value}</p>}</div>
      <div role="status">
        <p tabIndex={-1} ref={doneMessage}>
          {store.done.value}
        </p>
      </div>
    </>
  );
}
