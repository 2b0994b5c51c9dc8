import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { LearningSection } from '../../../entrypoints/sidepanel/learning-section.tsx';
import { openLearnerStore } from '../../../shared/store/open-learner-store.ts';
import { createDisplayChoices } from '../../../shared/ui/display-choices.ts';
import { createLearnerChoiceStore } from '../../../shared/ui/learner-choice-store.ts';
import { createLearnerDataStore } from '../../../shared/ui/learner-data-store.ts';
import { examplePath } from '../../shared/paths/example-path.ts';
import { freshDatabaseName, TEST_NOW } from '../../shared/store/test-store.ts';
import { buttonCalled, nameOf, press, show } from '../../shared/ui/render-for-test.tsx';

/** The learning part of the side panel on a fresh device, with `names` already learning there. */
async function showLearningSection(names: string[] = []) {
  const databaseName = freshDatabaseName();
  const store = await openLearnerStore({ databaseName, now: () => TEST_NOW });
  if (store.ok) for (const name of names) await store.value.addLearner(name);
  const learnerChoice = createLearnerChoiceStore(async () => store);
  await learnerChoice.load();
  const files: { fileName: string; text: string }[] = [];
  const learnerData = createLearnerDataStore(learnerChoice, (fileName, text) => files.push({ fileName, text }));
  const root = await show(
    <LearningSection learnerChoice={learnerChoice} learnerData={learnerData} paths={[examplePath()]} display={createDisplayChoices()} localHelp={() => null} />,
  );
  return { root, learnerChoice, files };
}

/** Presses a button and waits until IndexedDB has answered and the panel shows `until`. */
async function pressAndWait(root: HTMLElement, name: string, until: () => unknown): Promise<void> {
  await press(root, name);
  await vi.waitFor(() => expect(until()).toBeTruthy());
  await act(() => undefined);
}

function focusedName(): string {
  return nameOf(document.activeElement!);
}

describe("the side panel's learner data, by keyboard and screen reader", () => {
  it('asks before erasing this learner, saying what goes, and "Keep it" puts focus back where it was', async () => {
    const { root } = await showLearningSection(['Sam']);
    await press(root, 'Carry on as Sam');
    expect(nameOf(root.querySelector('summary')!)).toBe("Save or erase Sam's progress");
    await press(root, 'Erase this learner');
    expect(focusedName()).toBe('Erase Sam from this computer?');
    expect(document.activeElement?.tagName).toBe('H3');
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Erase Sam from this computer?');
    expect(root.textContent).toContain("This deletes Sam's name and every step they have done. You cannot undo it.");
    expect(buttonCalled(root, 'Yes, erase')).toBeDefined();

    await press(root, 'Keep it');
    expect(focusedName()).toBe('Erase this learner');
    expect(root.textContent).toContain('Learning as Sam.');
  });

  it('closes the question when who is learning changes, so it is never asked about someone else', async () => {
    const { root } = await showLearningSection(['Ade', 'Sam']);
    await press(root, 'Carry on as Sam');
    await press(root, 'Erase this learner');
    await press(root, 'Change who is learning');
    await press(root, 'Carry on as Ade');
    expect(buttonCalled(root, 'Yes, erase')).toBeUndefined();
    expect(buttonCalled(root, 'Erase this learner')).toBeDefined();
  });

  it('erases this learner after "Yes, erase", says so with focus on it, and asks who is learning', async () => {
    const { root } = await showLearningSection(['Ade', 'Sam']);
    await press(root, 'Carry on as Sam');
    await press(root, 'Erase this learner');
    await pressAndWait(root, 'Yes, erase', () => root.querySelector('.sp-who-is-learning'));
    // Never listed again, not even while the list is read back.
    expect(buttonCalled(root, 'Carry on as Sam')).toBeUndefined();
    expect(focusedName()).toBe("Sam's name and progress are erased from this computer.");
    expect(buttonCalled(root, 'Carry on as Ade')).toBeDefined();
  });

  it('asks before erasing everyone, naming them, then leaves nobody to carry on as', async () => {
    const { root } = await showLearningSection(['Sam', 'Ade']);
    await press(root, 'Erase everyone');
    expect(focusedName()).toBe('Erase everyone from this computer?');
    expect(root.textContent).toContain('This deletes the names and progress of everyone learning on this computer: Ade and Sam.');
    await press(root, 'Keep them');
    expect(focusedName()).toBe('Erase everyone');

    await press(root, 'Erase everyone');
    await pressAndWait(root, 'Yes, erase', () => buttonCalled(root, 'Carry on as Sam') === undefined);
    expect(focusedName()).toBe('Everyone is erased from this computer. No names or progress are left.');
    expect(buttonCalled(root, 'Erase everyone')).toBeUndefined();
  });

  it('saves this learner to a file and says where it went, in a status message', async () => {
    const { root, files } = await showLearningSection(['Sam']);
    await press(root, 'Carry on as Sam');
    await pressAndWait(root, "Save this learner's progress to a file", () => files.length);
    expect(files.map((file) => file.fileName)).toEqual(['signpost-sam-2025-06-30.json']);
    expect(root.querySelector('.sp-learner-data [role="status"]')?.textContent).toContain('saved as signpost-sam-2025-06-30.json');
  });

  it('opens a saved file from the button, then says what it added and offers to carry on as them', async () => {
    const elsewhere = await showLearningSection(['Maureen']);
    await press(elsewhere.root, 'Carry on as Maureen');
    await pressAndWait(elsewhere.root, "Save this learner's progress to a file", () => elsewhere.files.length);

    const { root } = await showLearningSection();
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const chooser = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    await press(root, 'Open a saved file');
    expect(chooser).toHaveBeenCalledOnce();
    // What the browser does once a file is chosen.
    const file = new File([elsewhere.files[0]!.text], 'signpost-maureen-2025-06-30.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(buttonCalled(root, 'Carry on as Maureen')).toBeDefined());
    expect(root.querySelector('.sp-learners-data [role="status"]')?.textContent).toBe('Added 1 learner.');
  });
});
