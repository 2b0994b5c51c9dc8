import { signal } from '@preact/signals';
import type { Learner } from '../store/learner.ts';
import type { ImportConflictChoice, ImportReport } from '../store/plan-import.ts';
import type { LearnerStore } from '../store/open-learner-store.ts';
import { invalid, storeFailure, succeeded, type StoreResult } from '../store/store-result.ts';
import type { LearnerChoiceStore } from './learner-choice-store.ts';
import { saveTextFile } from './save-text-file.ts';

/** Which erase is waiting for a "Yes, erase": the learner chosen, or everyone on this computer. */
export type EraseAsked = 'learner' | 'everyone';

/** A learners file is small text; anything much bigger is not one, and reading it all would stall the page. */
export const MAX_LEARNERS_FILE_BYTES = 5_000_000;

/** "signpost-sam-2025-06-30.json": whose progress and from when, with only letters, digits and dashes. */
export function learnerFileName(learner: Learner, exported: string): string {
  const name = learner.name.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return `signpost-${name || 'learner'}-${exported.slice(0, 10)}.json`;
}

/**
 * Saving a learner to a file, opening a saved file, and erasing, on the learner store `choice` opened.
 * Erasing only asks (`askToErase`) until `confirmErase`. Results are plain-English messages in signals,
 * shown where the person pressed. `saveFile` hands a file over (a download); tests pass their own.
 */
export function createLearnerDataStore(choice: LearnerChoiceStore, saveFile: (fileName: string, text: string) => void = saveTextFile) {
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

  /** Forgets every message and any question open: for a change of who is learning. */
  function clearMessages(): void {
    confirming.value = undefined;
    eraseProblem.value = undefined;
    erased.value = undefined;
    fileSaved.value = undefined;
    opened.value = undefined;
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
    const fileName = learnerFileName(learner, file.value.exported);
    saveFile(fileName, JSON.stringify(file.value, null, 2));
    fileSaved.value = `${learner.name}'s progress is saved as ${fileName}, in your downloads. On a shared computer, move it somewhere safe, then delete it here.`;
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
  async function openFile(file: Blob): Promise<void> {
    clearMessages();
    if (file.size > MAX_LEARNERS_FILE_BYTES) {
      opened.value = invalid('This file is too big to be a Signpost learners file. Nothing was imported.');
      return;
    }
    await importText(await file.text(), 'report');
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
    // The list first, so "Who is learning?" never shows the erased learner, even for a moment.
    await choice.reloadLearners();
    choice.changeLearner();
  }

  return { confirming, eraseProblem, erased, fileSaved, opened, clearMessages, saveChosenToFile, openFile, keepBoth, askToErase, keepIt, confirmErase };
}

export type LearnerDataStore = ReturnType<typeof createLearnerDataStore>;
