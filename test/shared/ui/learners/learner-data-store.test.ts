import { describe, expect, it } from 'vitest';
import { openLearnerStore } from '../../../../shared/store/open-learner-store.ts';
import { createLearnerChoiceStore } from '../../../../shared/ui/learners/learner-choice-store.ts';
import { MAX_LEARNERS_FILE_BYTES } from '../../../../shared/store/learner-export.ts';
import { createLearnerDataStore, learnerFileName } from '../../../../shared/ui/learners/learner-data-store.ts';
import { describeConflict } from '../../../../shared/ui/learners/describe-import.ts';
import { freshDatabaseName, TEST_NOW } from '../../store/test-store.ts';

/** A side panel's learner stores on a fresh device, with files handed over kept in a list instead of downloaded. */
async function onFreshDevice(databaseName = freshDatabaseName()) {
  const choice = createLearnerChoiceStore(() => openLearnerStore({ databaseName, now: () => TEST_NOW }));
  await choice.load();
  const files: { fileName: string; text: string }[] = [];
  const data = createLearnerDataStore(choice, (fileName, text) => files.push({ fileName, text }));
  return { choice, data, files };
}

async function addAndChoose(choice: ReturnType<typeof createLearnerChoiceStore>, name: string): Promise<void> {
  choice.name.value = name;
  await choice.addLearner();
}

describe("a learner's file", () => {
  it("saves the chosen learner's progress, with how each step went, and says where to move the file", async () => {
    const { choice, data, files } = await onFreshDevice();
    await addAndChoose(choice, 'Sam');
    await choice.choice.value!.services.saveProgress('example-path', { first: 'needed-help' });
    await data.saveChosenToFile();
    expect(files.map((file) => file.fileName)).toEqual(['signpost-learner-2025-06-30.json']);
    const saved = JSON.parse(files[0]!.text);
    expect(saved.learners.map((learner: { name: string }) => learner.name)).toEqual(['Sam']);
    expect(saved.learners[0].progress).toEqual([{ pathId: 'example-path', outcomes: { first: 'needed-help' } }]);
    expect(data.fileSaved.value).toBe(
      "Signpost saved Sam's progress in the file signpost-learner-2025-06-30.json. Move it somewhere safe, such as a USB stick, then delete it from this computer.",
    );
  });

  it('saves nothing, and says how to save less, when the file would be too big to open on another computer', async () => {
    const { choice, data, files } = await onFreshDevice();
    await addAndChoose(choice, 'Sam');
    const store = choice.learnerStore()!;
    const learnerId = choice.choice.value!.kind === 'learner' ? choice.choice.value!.learner.id : '';
    // Many paths with long step ids: a busy hub's years of progress for one person.
    const outcomes = Object.fromEntries(
      Array.from({ length: 400 }, (_, step) => [`${'step-'.repeat(18)}${step}`, 'done' as const]),
    );
    for (let path = 0; path < 300; path++) await store.saveProgress(learnerId, `path-${path}`, outcomes);
    await data.saveChosenToFile();
    expect(files).toEqual([]);
    expect(data.fileSaved.value).toMatch(
      /too big for Signpost to open on another computer \(the most is 5\.0 MB\)\. Nothing was saved\./,
    );
  });

  it('names the file by the day only, so no name is left in the downloads list', () => {
    expect(learnerFileName(TEST_NOW.toISOString())).toBe('signpost-learner-2025-06-30.json');
  });

  it('brings a learner saved on another computer here, and lists them to carry on as', async () => {
    const elsewhere = await onFreshDevice();
    await addAndChoose(elsewhere.choice, 'Maureen');
    await elsewhere.choice.choice.value!.services.saveProgress('example-path', { first: 'done', second: 'skipped' });
    await elsewhere.data.saveChosenToFile();

    const here = await onFreshDevice();
    await here.data.openFile(new Blob([elsewhere.files[0]!.text]));
    expect(here.data.opened.value).toEqual({
      ok: true,
      value: { learnersAdded: 1, sessionsAdded: 0, progressUpdated: 1, plansUpdated: 0, unchanged: 0, conflicts: [] },
    });
    expect(here.choice.learners.value.map((learner) => learner.name)).toEqual(['Maureen']);
    here.choice.choose(here.choice.learners.value[0]!);
    expect(await here.choice.choice.value!.services.loadProgress('example-path')).toEqual({
      ok: true,
      outcomes: { first: 'done', second: 'skipped' },
    });
  });

  it('reports a clash and leaves it out, then keeps both when asked', async () => {
    const elsewhere = await onFreshDevice();
    await addAndChoose(elsewhere.choice, 'Maureen');
    await elsewhere.data.saveChosenToFile();
    // Ade, already here, is saved as the same person as Maureen in the file.
    const here = await onFreshDevice();
    const file = JSON.parse(elsewhere.files[0]!.text);
    file.learners[0].id = 'same-id';
    const store = here.choice.learnerStore()!;
    await store.importData({ ...file, learners: [{ ...file.learners[0], name: 'Ade' }] });

    await here.data.openFile(new Blob([JSON.stringify(file)]));
    const report = here.data.opened.value;
    expect(report?.ok && report.value.conflicts.map(describeConflict)).toEqual([
      'Maureen in the file and Ade on this computer are saved as the same person, but their details are different. Press Keep both to keep both.',
    ]);
    await here.data.keepBoth();
    expect(here.choice.learners.value.map((learner) => learner.name)).toEqual(['Ade', 'Maureen']);
  });

  it('refuses a file that is not a Signpost learners file, saying so', async () => {
    const { data, choice } = await onFreshDevice();
    await data.openFile(new Blob(['name,phone\nSam,07700 900123']));
    expect(data.opened.value).toMatchObject({
      ok: false,
      message: 'This is not a Signpost learners file. Nothing was imported.',
    });
    expect(choice.learners.value).toEqual([]);
  });

  it('says to choose the file again when it cannot be read, as when it was moved after choosing', async () => {
    const { data } = await onFreshDevice();
    const moved = {
      size: 100,
      text: () => Promise.reject(new DOMException('The file could not be read.', 'NotReadableError')),
    };
    await data.openFile(moved);
    expect(data.opened.value).toMatchObject({
      ok: false,
      message: 'Signpost could not read that file. Choose it again.',
    });
  });

  it('refuses a file far too big to be one, without reading it', async () => {
    const { data } = await onFreshDevice();
    await data.openFile(new Blob([new Uint8Array(MAX_LEARNERS_FILE_BYTES + 1)]));
    expect(data.opened.value).toMatchObject({
      ok: false,
      message: 'This file is too big to be a Signpost learners file. Nothing was imported.',
    });
  });
});

describe('a change of who is learning', () => {
  it("forgets the note that Sam's file was saved, so Ade never sees it", async () => {
    const { choice, data } = await onFreshDevice();
    await addAndChoose(choice, 'Ade');
    await addAndChoose(choice, 'Sam');
    await data.saveChosenToFile();
    choice.changeLearner();
    choice.choose(choice.learners.value[0]!);
    expect(data.fileSaved.value).toBeUndefined();
  });

  it('closes a question left open, so it is never asked about someone else', async () => {
    const { choice, data } = await onFreshDevice();
    await addAndChoose(choice, 'Ade');
    await addAndChoose(choice, 'Sam');
    data.askToErase('learner');
    choice.changeLearner();
    expect(data.confirming.value).toBeUndefined();
  });
});

describe('erasing', () => {
  it('erases nothing until "Yes, erase", and nothing at all after "Keep Sam"', async () => {
    const databaseName = freshDatabaseName();
    const { choice, data } = await onFreshDevice(databaseName);
    await addAndChoose(choice, 'Sam');
    await choice.choice.value!.services.saveProgress('example-path', { first: 'done' });
    data.askToErase('learner');
    expect(data.confirming.value).toBe('learner');
    data.keepIt();
    expect(data.confirming.value).toBeUndefined();
    expect(choice.choice.value?.kind).toBe('learner');

    const reopened = await onFreshDevice(databaseName);
    expect(reopened.choice.learners.value.map((learner) => learner.name)).toEqual(['Sam']);
    reopened.choice.choose(reopened.choice.learners.value[0]!);
    expect(await reopened.choice.choice.value!.services.loadProgress('example-path')).toEqual({
      ok: true,
      outcomes: { first: 'done' },
    });
  });

  it('keeps the note that a file was saved while asking to erase, as it says a copy is kept', async () => {
    const { choice, data } = await onFreshDevice();
    await addAndChoose(choice, 'Sam');
    await data.saveChosenToFile();
    data.askToErase('learner');
    expect(data.fileSaved.value).toContain('signpost-learner-2025-06-30.json');
  });

  it("says nothing of Sam's file once Sam is erased and Ade carries on", async () => {
    const { choice, data } = await onFreshDevice();
    await addAndChoose(choice, 'Ade');
    await addAndChoose(choice, 'Sam');
    await data.saveChosenToFile();
    data.askToErase('learner');
    await data.confirmErase();
    expect(data.fileSaved.value).toBeUndefined();
    choice.choose(choice.learners.value[0]!);
    expect(data.fileSaved.value).toBeUndefined();
    expect(data.erased.value).toBeUndefined();
  });

  it('forgets what an old file added, and its clash, once everyone is erased: "Keep both" then adds nobody back', async () => {
    const elsewhere = await onFreshDevice();
    await addAndChoose(elsewhere.choice, 'Maureen');
    await elsewhere.data.saveChosenToFile();
    const file = JSON.parse(elsewhere.files[0]!.text);
    const here = await onFreshDevice();
    await here.choice.learnerStore()!.importData({ ...file, learners: [{ ...file.learners[0], name: 'Ade' }] });
    await here.choice.reloadLearners();
    await here.data.openFile(new Blob([elsewhere.files[0]!.text]));
    expect(here.data.opened.value?.ok).toBe(true);

    here.data.askToErase('everyone');
    await here.data.confirmErase();
    expect(here.data.opened.value).toBeUndefined();
    await here.data.keepBoth();
    expect(here.choice.learners.value).toEqual([]);
    expect(here.data.opened.value).toBeUndefined();
  });

  it('erases the chosen learner and their progress, then asks who is learning again', async () => {
    const databaseName = freshDatabaseName();
    const { choice, data } = await onFreshDevice(databaseName);
    await addAndChoose(choice, 'Ade');
    await addAndChoose(choice, 'Sam');
    await choice.choice.value!.services.saveProgress('example-path', { first: 'done' });
    data.askToErase('learner');
    await data.confirmErase();
    expect(choice.choice.value).toBeUndefined();
    expect(data.erased.value).toBe("Sam's name and progress are erased from this computer.");
    expect(choice.learners.value.map((learner) => learner.name)).toEqual(['Ade']);

    const reopened = await onFreshDevice(databaseName);
    expect(reopened.choice.learners.value.map((learner) => learner.name)).toEqual(['Ade']);
  });

  it('erases everyone on this computer', async () => {
    const databaseName = freshDatabaseName();
    const { choice, data } = await onFreshDevice(databaseName);
    await addAndChoose(choice, 'Ade');
    await addAndChoose(choice, 'Sam');
    choice.changeLearner();
    data.askToErase('everyone');
    await data.confirmErase();
    expect(data.erased.value).toBe('Everyone is erased from this computer. No names or progress are left.');
    expect(choice.learners.value).toEqual([]);
    expect((await onFreshDevice(databaseName)).choice.learners.value).toEqual([]);
  });

  it('keeps the question open with the reason when erasing fails', async () => {
    const { choice, data } = await onFreshDevice();
    await addAndChoose(choice, 'Sam');
    choice.learnerStore()!.close();
    data.askToErase('learner');
    await data.confirmErase();
    expect(data.confirming.value).toBe('learner');
    expect(data.eraseProblem.value).toBe(
      'Signpost was updated in another tab. Close this tab and open Signpost again.',
    );
    expect(choice.choice.value?.kind).toBe('learner');
  });
});
