import { signal } from '@preact/signals';
import type { Learner } from '../../store/learner.ts';
import type { ImportConflictChoice, ImportReport } from '../../store/plan-import.ts';
import { learnersFileText, MAX_LEARNERS_FILE_BYTES } from '../../store/learner-export.ts';
import type { LearnerStore } from '../../store/open-learner-store.ts';
import { invalid, storeFailure, succeeded, type StoreResult } from '../../store/store-result.ts';
import type { LearnerChoiceStore } from './learner-choice-store.ts';
import { saveTextFile } from '../kit/save-text-file.ts';

/** Which erase is waiting for a "Yes, erase": the learner chosen, or everyone on this computer. */
export type EraseAsked = 'learner' | 'everyone';

/**
 * "signpost-learner-2025-06-30.json", from the file's `exported` date and time (ISO 8601). No name in it:
 * a file name stays in the downloads folder and the browser's download list after the file is moved.
 */
export function learnerFileName(exported: string): string {
  return `signpost-learner-${exported.slice(0, 10)}.json`;
}

const UNREADABLE_FILE = 'Signpost could not read that file. Choose it again.';

/** The text of a chosen file, or undefined when the browser cannot read it (it was moved or deleted after choosing). */
async function textOf(file: Pick<Blob, 'text'>): Promise<string | undefined> {
  try {
    return await file.text();
  } catch {
    return undefined;
  }
}

/**
 * Saving a learner to a file, opening a saved file, and erasing, on the learner store `choice` opened.
 * Erasing only asks (`askToErase`) until `confirmErase`. Results are plain-English messages in signals,
 * shown where the person pressed. `saveFile` hands a file over (a download); tests pass their own.
 */
export function createLearnerDataStore(
  choice: LearnerChoiceStore,
  saveFile: (fileName: string, text: string) => void = saveTextFile,
) {
  const confirming = signal<EraseAsked | undefined>(undefined);
  /** Why the erase asked for failed; the question stays open so they can try again. */
  const eraseProblem = signal<string | undefined>(undefined);
  /** What was erased, said once the erase is done. */
  const erased = signal<string | undefined>(undefined);
  /** Where the learner's file went, or why it could not be made. */
  const fileSaved = signal<string | undefined>(undefined);
  /** What the last file opened added, or why it was refused. */
  const opened = signal<StoreResult<ImportReport> | undefined>(undefined);
  let lastFileText: string | undefined;

  /** The learner chosen, when they are saved on this computer. */
  function chosenLearner(): Learner | undefined {
    const chosen = choice.choice.value;
    return chosen?.kind === 'learner' ? chosen.learner : undefined;
  }

  /** Forgets what was said about files, and the file kept for "Keep both": none of it is about who comes next. */
  function forgetFiles(): void {
    fileSaved.value = undefined;
    opened.value = undefined;
    lastFileText = undefined;
  }

  async function saveChosenToFile(): Promise<void> {
    const store = choice.learnerStore();
    const learner = chosenLearner();
    if (store === undefined || learner === undefined) return;
    const file = await store.exportLearner(learner.id);
    if (!file.ok) {
      fileSaved.value = file.message;
      return;
    }
    // Checked against the size another computer will open, before anything is saved.
    const text = learnersFileText(file.value);
    if (!text.ok) {
      fileSaved.value = text.message;
      return;
    }
    const fileName = learnerFileName(file.value.exported);
    saveFile(fileName, text.value.text);
    // Not "in your downloads": the browser may have asked where to save it.
    fileSaved.value = [
      `Signpost saved ${learner.name}'s progress in the file ${fileName}. Move it somewhere safe, such as a USB stick, then delete it from this computer.`,
      text.value.warning,
    ]
      .filter(Boolean)
      .join(' ');
  }

  async function importText(text: string, conflicts: ImportConflictChoice): Promise<void> {
    const store = choice.learnerStore();
    if (store === undefined) return;
    lastFileText = text;
    const report = await store.importData(text, conflicts);
    opened.value = report;
    if (report.ok) await choice.reloadLearners();
  }

  /** Adds what a learners file holds to this computer, changing nothing already here (plan-import.ts). */
  async function openFile(file: Pick<Blob, 'size' | 'text'>): Promise<void> {
    keepIt();
    erased.value = undefined;
    forgetFiles();
    if (file.size > MAX_LEARNERS_FILE_BYTES) {
      opened.value = invalid('This file is too big to be a Signpost learners file. Nothing was imported.');
      return;
    }
    const text = await textOf(file);
    if (text === undefined) opened.value = invalid(UNREADABLE_FILE);
    else await importText(text, 'report');
  }

  /** Opens the last file again, keeping the learners and sessions that clashed beside the ones here. */
  async function keepBoth(): Promise<void> {
    if (lastFileText !== undefined) await importText(lastFileText, 'keep-both');
  }

  /** Asks before erasing. A note that the file was saved stays: it tells them a copy is kept. */
  function askToErase(what: EraseAsked): void {
    eraseProblem.value = undefined;
    erased.value = undefined;
    confirming.value = what;
  }

  /** Closes the question without erasing anything. */
  function keepIt(): void {
    confirming.value = undefined;
    eraseProblem.value = undefined;
  }

  /** Erases what was asked, and says what went in plain words. */
  async function erase(store: LearnerStore, what: EraseAsked): Promise<StoreResult<string>> {
    if (what === 'everyone') {
      const done = await store.eraseAll();
      return done.ok ? succeeded('Everyone is erased from this computer. No names or progress are left.') : done;
    }
    const learner = chosenLearner();
    if (learner === undefined) return storeFailure('not-found');
    const done = await store.eraseLearner(learner.id);
    return done.ok ? succeeded(`${learner.name}'s name and progress are erased from this computer.`) : done;
  }

  /** Erases what was asked; once done, nobody is chosen, so the panel asks "Who is learning?" again. */
  async function confirmErase(): Promise<void> {
    const store = choice.learnerStore();
    const what = confirming.value;
    if (store === undefined || what === undefined) return;
    const done = await erase(store, what);
    if (!done.ok) {
      eraseProblem.value = done.message;
      return;
    }
    // Said before the question closes, so the panel knows to move focus to this, not back to the erase button.
    erased.value = done.value;
    keepIt();
    // What was said about files was about who is now erased, and "Keep both" must not bring anyone back.
    forgetFiles();
    // The list first, so "Who is learning?" never shows the erased learner, even for a moment.
    await choice.reloadLearners();
    choice.changeLearner();
  }

  // Whoever is chosen next hears nothing about the last learner, and no question about them stays open.
  // What an erase took away stays until someone is chosen: it is said where "Who is learning?" is asked.
  choice.choice.subscribe((chosen) => {
    keepIt();
    forgetFiles();
    if (chosen !== undefined) erased.value = undefined;
  });

  return {
    confirming,
    eraseProblem,
    erased,
    fileSaved,
    opened,
    saveChosenToFile,
    openFile,
    keepBoth,
    askToErase,
    keepIt,
    confirmErase,
  };
}

export type LearnerDataStore = ReturnType<typeof createLearnerDataStore>;
