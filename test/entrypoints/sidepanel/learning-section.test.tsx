import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLaterScreens } from '../../../entrypoints/sidepanel/later-screens.ts';
import { LearningSection } from '../../../entrypoints/sidepanel/learning-section.tsx';
import { openLearnerStore } from '../../../shared/store/open-learner-store.ts';
import { storeFailure } from '../../../shared/store/store-result.ts';
import { createDisplayChoices } from '../../../shared/ui/learning/player/display-choices.ts';
import { RunTimeProvider } from '../../../shared/ui/run-time.tsx';
import { createFinderStore } from '../../../shared/ui/finder/finder-store.ts';
import { createLearnerChoiceStore } from '../../../shared/ui/learners/learner-choice-store.ts';
import { createLearnerDataStore } from '../../../shared/ui/learners/learner-data-store.ts';
import { createSessionStore } from '../../../shared/ui/session/session-store.ts';
import type { LearningPath } from '../../../shared/paths/learning-path.ts';
import { examplePath } from '../../shared/paths/example-path.ts';
import { freshDatabaseName, TEST_NOW } from '../../shared/store/test-store.ts';
import { buttonCalled, nameOf, press, show } from '../../shared/ui/render-for-test.tsx';
import { allPaths } from '../../../shared/paths/all-paths.ts';

// The panel draws its later screens once they have loaded, as it does straight after its first screen.
beforeAll(() => loadLaterScreens());

/** The learning part of the side panel on a fresh device, with `names` already learning there. */
async function showLearningSection(names: string[] = [], paths: LearningPath[] = [examplePath()]) {
  const databaseName = freshDatabaseName();
  const store = await openLearnerStore({ databaseName, now: () => TEST_NOW });
  if (store.ok) for (const name of names) await store.value.addLearner(name);
  const learnerChoice = createLearnerChoiceStore(async () => store);
  await learnerChoice.load();
  const files: { fileName: string; text: string }[] = [];
  const learnerData = createLearnerDataStore(learnerChoice, (fileName, text) => files.push({ fileName, text }));
  const finder = createFinderStore({
    searchSupport: async () => ({ ok: true, placeLabel: 'S1 2HE', radiusMiles: 10, nearby: [], remote: [] }),
  });
  const session = createSessionStore(learnerChoice, {
    paths: allPaths,
    now: () => TEST_NOW,
    postcode: () => finder.postcode.value,
    organisation: () => 'Central Library',
  });
  const root = await show(
    <RunTimeProvider value={{ display: createDisplayChoices(), localHelp: () => null, now: () => TEST_NOW }}>
      <LearningSection
        learnerChoice={learnerChoice}
        learnerData={learnerData}
        session={session}
        finder={finder}
        paths={paths}
        organisation="Central Library"
      />
    </RunTimeProvider>,
  );
  return { root, learnerChoice, files, session, finder };
}

/** Presses a button and waits until IndexedDB has answered and the panel shows `until`. */
async function pressAndWait(root: HTMLElement, name: string, until: () => unknown): Promise<void> {
  await press(root, name);
  await vi.waitFor(() => expect(until()).toBeTruthy());
  await act(() => undefined);
}

/** Chooses a file holding `text` with "Open a saved file", as the browser's file chooser would. */
async function openSavedFile(root: HTMLElement, text: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const chooser = vi.spyOn(input, 'click').mockImplementation(() => undefined);
  await press(root, 'Open a saved file');
  expect(chooser).toHaveBeenCalledOnce();
  const file = new File([text], 'signpost-learner-2025-06-30.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** A learners file from another computer holding Maureen, as its text. */
async function maureensFile(): Promise<string> {
  const elsewhere = await showLearningSection(['Maureen']);
  await press(elsewhere.root, 'Carry on as Maureen');
  await pressAndWait(elsewhere.root, "Save this learner's progress to a file", () => elsewhere.files.length);
  return elsewhere.files[0]!.text;
}

/** The panel after opening Maureen's file where Ade is saved as the same person: a clash, with "Keep both". */
async function openingAClashingFile() {
  const text = await maureensFile();
  const section = await showLearningSection();
  const file = JSON.parse(text);
  await section.learnerChoice.learnerStore()!.importData({ ...file, learners: [{ ...file.learners[0], name: 'Ade' }] });
  await act(() => section.learnerChoice.reloadLearners());
  await openSavedFile(section.root, text);
  await vi.waitFor(() => expect(buttonCalled(section.root, 'Keep both')).toBeDefined());
  await act(() => undefined);
  return section;
}

function focusedName(): string {
  return nameOf(document.activeElement!);
}

describe("the side panel's learner data, by keyboard and screen reader", () => {
  it('asks before erasing this learner, saying what goes, and "Keep Sam" puts focus back where it was', async () => {
    const { root } = await showLearningSection(['Sam']);
    await press(root, 'Carry on as Sam');
    expect(nameOf(root.querySelector('.sp-learner-data summary')!)).toBe("Save or erase Sam's progress");
    await press(root, 'Erase this learner');
    expect(focusedName()).toBe('Erase Sam from this computer?');
    expect(document.activeElement?.tagName).toBe('H3');
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Erase Sam from this computer?');
    expect(root.textContent).toContain("This deletes Sam's name and every step they have done. You cannot undo it.");
    expect(buttonCalled(root, 'Yes, erase')).toBeDefined();

    await press(root, 'Keep Sam');
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
    expect(root.textContent).toContain(
      'This deletes the names and progress of everyone learning on this computer: Ade and Sam.',
    );
    await press(root, 'Keep them');
    expect(focusedName()).toBe('Erase everyone');

    await press(root, 'Erase everyone');
    await pressAndWait(root, 'Yes, erase', () => buttonCalled(root, 'Carry on as Sam') === undefined);
    expect(focusedName()).toBe('Everyone is erased from this computer. No names or progress are left.');
    expect(buttonCalled(root, 'Erase everyone')).toBeUndefined();
  });

  it('says what the file holds before saving it, then says where it went, in a status message', async () => {
    const { root, files } = await showLearningSection(['Sam']);
    await press(root, 'Carry on as Sam');
    expect(root.textContent).toContain(
      "The file holds Sam's name, notes, progress, the first part of their postcode and your organisation's name. It is not locked, so anyone who opens it can read it.",
    );
    await pressAndWait(root, "Save this learner's progress to a file", () => files.length);
    expect(files.map((file) => file.fileName)).toEqual(['signpost-learner-2025-06-30.json']);
    expect(root.querySelector('.sp-learner-data [role="status"]')?.textContent).toContain(
      'in the file signpost-learner-2025-06-30.json',
    );
  });

  it("says nothing of Sam's saved file to Ade, once Sam is erased", async () => {
    const { root, files } = await showLearningSection(['Ade', 'Sam']);
    await press(root, 'Carry on as Sam');
    await pressAndWait(root, "Save this learner's progress to a file", () => files.length);
    await press(root, 'Erase this learner');
    await pressAndWait(root, 'Yes, erase', () => root.querySelector('.sp-who-is-learning'));
    await press(root, 'Carry on as Ade');
    expect(root.textContent).toContain('Learning as Ade.');
    expect(root.textContent).not.toContain('signpost-learner');
    expect(root.textContent).not.toContain('Sam');
  });

  it('shows neither what an old file added nor its "Keep both" once everyone is erased', async () => {
    const { root } = await openingAClashingFile();
    await press(root, 'Erase everyone');
    await pressAndWait(root, 'Yes, erase', () => root.textContent?.includes('Everyone is erased'));
    expect(buttonCalled(root, 'Keep both')).toBeUndefined();
    expect(root.textContent).not.toContain('Maureen');
  });

  it('after "Keep both", puts focus on what was added, as the button goes', async () => {
    const { root } = await openingAClashingFile();
    await pressAndWait(root, 'Keep both', () => buttonCalled(root, 'Carry on as Maureen'));
    expect(buttonCalled(root, 'Keep both')).toBeUndefined();
    expect(focusedName()).toBe('Added 1 learner.');
  });

  it('says plainly when the list of learners cannot be read again, and keeps the name box and "Open a saved file"', async () => {
    const { root, learnerChoice } = await showLearningSection(['Sam']);
    vi.spyOn(learnerChoice.learnerStore()!, 'listLearners').mockResolvedValue(storeFailure('failed'));
    await act(() => learnerChoice.reloadLearners());
    expect(root.textContent).toContain('Signpost could not show everyone learning on this computer just now.');
    expect(root.textContent).not.toContain('this was not saved');
    expect(root.querySelector('input[name="nickname"]')).not.toBeNull();
    expect(buttonCalled(root, 'Open a saved file')).toBeDefined();
  });

  it('opens a saved file from the button, then says what it added and offers to carry on as them', async () => {
    const text = await maureensFile();
    const { root } = await showLearningSection();
    await openSavedFile(root, text);
    await vi.waitFor(() => expect(buttonCalled(root, 'Carry on as Maureen')).toBeDefined());
    expect(root.querySelector('.sp-learners-data [role="status"]')?.textContent).toBe('Added 1 learner.');
  });
});

describe('a session in the side panel, from what matters to the handover note', () => {
  const gp = examplePath({
    id: 'booking-a-gp-appointment',
    title: 'Book a GP appointment',
    goal: 'I want to see my GP.',
    topic: 'nhs-online',
  });
  const video = examplePath({
    id: 'video-calling-family',
    title: 'Video call your family',
    goal: 'I want to see my family.',
  });

  it('asks what matters first, suggests the path that fits, and ends with the checks and a saved handover note', async () => {
    const { root, learnerChoice } = await showLearningSection(['Sam'], [video, gp]);
    await press(root, 'Carry on as Sam');
    expect(focusedName()).toBe('What matters to you?');
    await press(root, 'Seeing my GP');
    const suggested = [...root.querySelectorAll('.sp-what-matters > .sp-path-list .sp-path-choice__button')].map(
      nameOf,
    );
    expect(suggested).toEqual(['Book a GP appointment']);

    await press(root, 'Book a GP appointment');
    await press(root, 'Start step 1');
    await pressAndWait(root, 'I did it', () => root.textContent?.includes('Step 2 of 3'));
    await press(root, 'End the session');
    expect(focusedName()).toBe('Before they go');
    await press(root, 'Make the handover note');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Answer these 3 checks first');

    for (const radio of [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
      (_, index) => index % 2 === 0,
    ))
      await act(() => radio.click());
    await pressAndWait(root, 'Make the handover note', () =>
      root.textContent?.includes("Today's session is saved in Sam's history"),
    );
    expect(focusedName()).toBe('Digital plan for Sam');
    expect(root.textContent).toContain('Book a GP appointment: 1 step on your own. Not finished yet.');
    expect(root.textContent).toContain('With Central Library.');
    const history = await learnerChoice.learnerStore()!.listSessions();
    expect(history.ok && history.value.map((session) => session.pathIds)).toEqual([['booking-a-gp-appointment']]);

    await press(root, 'Start with the next person');
    expect(root.querySelector('.sp-who-is-learning')).not.toBeNull();
  });

  it('comes back from a path to "What matters to you?" with the answer still chosen', async () => {
    const { root } = await showLearningSection(['Sam'], [video, gp]);
    await press(root, 'Carry on as Sam');
    await press(root, 'Keeping in touch with family');
    await press(root, 'Video call your family');
    await press(root, 'Choose another path');
    expect(focusedName()).toBe('What matters to you?');
    expect(buttonCalled(root, 'Keeping in touch with family')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('offers the session log for funders where it asks who is learning', async () => {
    const { root } = await showLearningSection(['Sam']);
    expect(nameOf(root.querySelector('.sp-session-log summary')!)).toBe('Session log for funders');
  });
});
