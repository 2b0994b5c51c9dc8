import { signal } from '@preact/signals';
import type { DirectoryFromFile } from '../../extension/local-directory-from-file.ts';
import { localDirectoryChanged } from '../../extension/settings.ts';
import {
  removeLocalDirectory,
  saveLocalDirectory,
  savedLocalDirectory,
  type SavedLocalDirectory,
} from '../../extension/local-directory.ts';
import type { OutcodeTable } from '../../shared/postcode/outcode-table.ts';

/** When an open side panel could not be told of the change, it still searches the list it loaded. */
const REOPEN_PANEL = 'If the side panel is open, close it and open it again';

/**
 * Importing the organisation's own list of local help: a chosen file is read and checked into `checking`
 * (shown as a report), and only "Save this list" saves it. A failed save keeps the report, so nothing is
 * lost and they can try again. `now` dates the save.
 */
export function createLocalDirectoryStore(outcodes: OutcodeTable, now: () => Date) {
  /** The list saved on this device; undefined when there is none. */
  const saved = signal<SavedLocalDirectory | undefined>(undefined);
  /** A file read and checked, waiting for "Save this list" or "Cancel". */
  const checking = signal<DirectoryFromFile | undefined>(undefined);
  /** Why the file was refused, or why saving or removing failed. */
  const problem = signal<string | undefined>(undefined);
  /** What the last save or remove did, in plain words. */
  const done = signal<string | undefined>(undefined);

  function forgetMessages(): void {
    problem.value = undefined;
    done.value = undefined;
  }

  async function load(): Promise<void> {
    const read = await savedLocalDirectory();
    if (read.ok) saved.value = read.value;
    else problem.value = read.message;
  }

  async function chooseFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<void> {
    forgetMessages();
    checking.value = undefined;
    // The importers (Open Referral UK, spreadsheets) load only when a file is chosen.
    const { localDirectoryFromFile } = await import('../../extension/local-directory-from-file.ts');
    const read = await localDirectoryFromFile(file, outcodes);
    if (read.ok) checking.value = read.value;
    else problem.value = read.message;
  }

  async function saveChecked(): Promise<void> {
    const directory = checking.value;
    if (directory === undefined) return;
    forgetMessages();
    const result = await saveLocalDirectory(directory, now());
    if (!result.ok) {
      problem.value = result.message;
      return;
    }
    saved.value = result.value;
    checking.value = undefined;
    done.value = (await localDirectoryChanged.announce())
      ? `Saved. The side panel now finds the places in ${directory.fileName} too.`
      : `Saved. ${REOPEN_PANEL} to find the places in ${directory.fileName} too.`;
  }

  function cancel(): void {
    forgetMessages();
    checking.value = undefined;
  }

  async function remove(): Promise<void> {
    forgetMessages();
    const result = await removeLocalDirectory();
    if (!result.ok) {
      problem.value = result.message;
      return;
    }
    saved.value = undefined;
    done.value = (await localDirectoryChanged.announce())
      ? 'Removed. The side panel now uses only the lists that come with Signpost.'
      : `Removed. ${REOPEN_PANEL} to use only the lists that come with Signpost.`;
  }

  return { saved, checking, problem, done, load, chooseFile, saveChecked, cancel, remove };
}

export type LocalDirectoryStore = ReturnType<typeof createLocalDirectoryStore>;
