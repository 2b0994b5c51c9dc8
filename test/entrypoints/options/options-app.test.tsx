import { deleteDB } from 'idb';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp, type OptionsServices } from '../../../entrypoints/options/options-app.tsx';
import {
  LOCAL_DIRECTORY_DATABASE,
  saveLocalDirectory,
  savedLocalDirectory,
} from '../../../extension/local-directory.ts';
import {
  allDataErased,
  defaultPostcodeArea,
  localDirectoryChanged,
  organisationName,
  shownPathIds,
  textSize,
} from '../../../extension/settings.ts';
import type { AreaCentroids, OutcodeTable } from '../../../shared/postcode/outcode-table.ts';
import { openLearnerStore } from '../../../shared/store/open-learner-store.ts';
import { organisationStore } from '../../../shared/store/organisation-store.ts';
import { examplePath } from '../../shared/paths/example-path.ts';
import { freshDatabaseName, TEST_NOW } from '../../shared/store/test-store.ts';
import { buttonCalled, press, show } from '../../shared/ui/render-for-test.tsx';

const practiceCsv = readFileSync(resolve(import.meta.dirname, '../../fixtures/practice-directory.csv'), 'utf8');

/** Sheffield's S1 and S2 districts only. */
const sheffield: OutcodeTable = async (area) => {
  const centroids: AreaCentroids = area === 'S' ? { S1: [53.38, -1.47], S2: [53.37, -1.45] } : {};
  return { ok: true, centroids };
};

const PATHS = [examplePath(), examplePath({ id: 'second-path', title: 'Say goodbye' })];

function servicesFor(
  databaseName = freshDatabaseName(),
  saveFile: OptionsServices['saveFile'] = () => undefined,
): OptionsServices {
  return {
    outcodes: sheffield,
    paths: PATHS,
    openLearners: () => openLearnerStore({ databaseName, now: () => TEST_NOW }),
    saveFile,
    now: () => TEST_NOW,
    organisation: organisationStore(`${databaseName}-organisation`),
    pointAt: async () => ({ ok: false, message: 'No pages to point at in this test.' }),
  };
}

/** The page, once it has read what is saved and shows its forms. */
async function showOptions(services: OptionsServices): Promise<HTMLElement> {
  const root = await show(<OptionsApp services={services} />);
  await vi.waitFor(() => expect(root.querySelector('#organisation-name')).not.toBeNull());
  await vi.waitFor(() => expect(root.querySelector('input[type="checkbox"]')).not.toBeNull());
  return root;
}

/** Lets loads and saves started by what the test just did finish, as a person waiting would. */
const settle = () => act(() => new Promise((done) => setTimeout(done, 0)));

async function type(root: HTMLElement, id: string, text: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function chooseFile(root: HTMLElement, file: File): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change')));
  await vi.waitFor(() =>
    expect(root.querySelector('.sp-directory-report') ?? root.querySelector('[role="alert"] p')).not.toBeNull(),
  );
}

function checkbox(root: HTMLElement, label: string): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label);
  return found!.querySelector('input')!;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteDB(LOCAL_DIRECTORY_DATABASE);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the options page: your organisation', () => {
  it("saves the organisation's name, and keeps just the district of a whole postcode", async () => {
    const root = await showOptions(servicesFor());
    await type(root, 'organisation-name', ' Central Library ');
    await type(root, 'default-area', 's1 1xz');
    await press(root, 'Save');
    await vi.waitFor(() => expect(root.textContent).toContain('Saved.'));
    expect(await organisationName.get()).toBe('Central Library');
    expect(await defaultPostcodeArea.get()).toBe('S1');
    expect(root.querySelector<HTMLInputElement>('#default-area')!.value).toBe('S1');
  });

  it('takes a postcode area on its own, like S', async () => {
    const root = await showOptions(servicesFor());
    await type(root, 'default-area', 's');
    await press(root, 'Save');
    await vi.waitFor(async () => expect(await defaultPostcodeArea.get()).toBe('S'));
  });

  it('says plainly what is wrong with an area it does not know, and saves nothing', async () => {
    await defaultPostcodeArea.set('S1');
    const root = await showOptions(servicesFor());
    await type(root, 'default-area', 'QQ');
    await press(root, 'Save');
    const area = root.querySelector<HTMLInputElement>('#default-area')!;
    expect(root.textContent).toContain(
      "We don't know the postcode area QQ. Type a postcode district like S1, or an area like S.",
    );
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(area);
    expect(await defaultPostcodeArea.get()).toBe('S1');
  });

  it('shows what is saved when the page opens', async () => {
    await organisationName.set('Highfield Library');
    const root = await showOptions(servicesFor());
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLInputElement>('#organisation-name')!.value).toBe('Highfield Library'),
    );
  });
});

describe('the options page: your own list of local help', () => {
  it('shows what a spreadsheet holds, and saves nothing until Save this list', async () => {
    const root = await showOptions(servicesFor());
    await chooseFile(root, new File([practiceCsv], 'practice-directory.csv'));
    expect(root.textContent).toContain('Check practice-directory.csv before you save it');
    // A row is never left out for its category now (issue 10): the unknown "Knitting" is named, the row kept.
    expect(root.textContent).toContain('7 places are ready to use. 1 was left out.');
    expect(root.textContent).toContain('Row 6');
    expect(root.textContent).toContain('Signpost does not know the category "Knitting"');
    expect(document.activeElement?.textContent).toContain('Check practice-directory.csv');
    expect(await savedLocalDirectory()).toEqual({ ok: true, value: undefined });

    await press(root, 'Save this list');
    await vi.waitFor(() =>
      expect(root.textContent).toContain('Saved now: practice-directory.csv, 7 places, saved on 30 June 2025.'),
    );
    const saved = await savedLocalDirectory();
    expect(saved.ok && saved.value?.resources).toHaveLength(7);
    expect(root.textContent).not.toContain('before you save it');
  });

  it('keeps nothing when Cancel is pressed', async () => {
    const root = await showOptions(servicesFor());
    await chooseFile(root, new File([practiceCsv], 'practice-directory.csv'));
    await press(root, 'Cancel');
    expect(root.textContent).not.toContain('before you save it');
    expect(await savedLocalDirectory()).toEqual({ ok: true, value: undefined });
  });

  it('says why a file cannot be read, and offers no Save', async () => {
    const root = await showOptions(servicesFor());
    await chooseFile(root, new File(['{"colour": "blue"}'], 'settings.json'));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('a spreadsheet saved as CSV (.csv)');
    expect(buttonCalled(root, 'Save this list')).toBeUndefined();
  });

  it('removes the saved list', async () => {
    await saveLocalDirectory({ fileName: 'old.csv', resources: [] }, TEST_NOW);
    const root = await showOptions(servicesFor());
    await vi.waitFor(() => expect(root.textContent).toContain('Saved now: old.csv'));
    await press(root, 'Remove this list');
    await vi.waitFor(() => expect(root.textContent).toContain('No list of your own is saved.'));
    expect(await savedLocalDirectory()).toEqual({ ok: true, value: undefined });
  });

  it('tells an open side panel each time the list is saved or removed', async () => {
    const panelHeard = vi.fn();
    const stop = localDirectoryChanged.watch(panelHeard);
    const root = await showOptions(servicesFor());
    await chooseFile(root, new File([practiceCsv], 'practice-directory.csv'));
    await press(root, 'Save this list');
    await vi.waitFor(() =>
      expect(root.textContent).toContain('Saved. The side panel now finds the places in practice-directory.csv too.'),
    );
    expect(panelHeard).toHaveBeenCalledOnce();
    await press(root, 'Remove this list');
    await vi.waitFor(() =>
      expect(root.textContent).toContain('Removed. The side panel now uses only the lists that come with Signpost.'),
    );
    expect(panelHeard).toHaveBeenCalledTimes(2);
    stop();
  });

  it('says to open the side panel again when it could not be told of the new list', async () => {
    const root = await showOptions(servicesFor());
    await chooseFile(root, new File([practiceCsv], 'practice-directory.csv'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('The disk is full.'));
    await press(root, 'Save this list');
    await vi.waitFor(() =>
      expect(root.textContent).toContain(
        'Saved. If the side panel is open, close it and open it again to find the places in practice-directory.csv too.',
      ),
    );
  });

  it('says kindly when the device is full, and keeps the report so they can try again', async () => {
    const root = await showOptions(servicesFor());
    await chooseFile(root, new File([practiceCsv], 'practice-directory.csv'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await press(root, 'Save this list');
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toContain('Free some space and try again.'),
    );
    expect(buttonCalled(root, 'Save this list')).toBeDefined();
    vi.restoreAllMocks();
    await press(root, 'Save this list');
    await vi.waitFor(() => expect(root.textContent).toContain('Saved now: practice-directory.csv'));
  });
});

describe('the options page: paths and text size', () => {
  it('offers every path ticked, saves the ones left ticked, and saves "all" when all are ticked again', async () => {
    const root = await showOptions(servicesFor());
    expect(checkbox(root, 'Say hello').checked).toBe(true);
    await act(() => checkbox(root, 'Say goodbye').click());
    await settle();
    expect(await shownPathIds.get()).toEqual(['example-path']);
    await act(() => checkbox(root, 'Say goodbye').click());
    await settle();
    expect(await shownPathIds.get()).toBeNull();
  });

  it('keeps at least one path', async () => {
    await shownPathIds.set(['example-path']);
    const root = await showOptions(servicesFor());
    await vi.waitFor(() => expect(checkbox(root, 'Say goodbye').checked).toBe(false));
    await act(() => checkbox(root, 'Say hello').click());
    await settle();
    expect(root.textContent).toContain('Keep at least one path');
    expect(checkbox(root, 'Say hello').checked).toBe(true);
    expect(await shownPathIds.get()).toEqual(['example-path']);
  });

  it('saves the text size and shows this page at that size straight away', async () => {
    const root = await showOptions(servicesFor());
    await act(() => checkbox(root, 'Larger').click());
    await settle();
    expect(await textSize.get()).toBe('larger');
    expect(root.querySelector<HTMLElement>('main')!.style.getPropertyValue('--signpost-font-size')).toBe('29px');
  });
});

describe('the options page: all saved data', () => {
  it("saves everyone's progress to one file", async () => {
    const databaseName = freshDatabaseName();
    const store = await openLearnerStore({ databaseName, now: () => TEST_NOW });
    if (store.ok) await store.value.addLearner('Sam');
    const saveFile = vi.fn();
    const root = await showOptions(servicesFor(databaseName, saveFile));
    await press(root, 'Save everyone to a file');
    await vi.waitFor(() => expect(saveFile).toHaveBeenCalledOnce());
    const [fileName, text] = saveFile.mock.calls[0] as [string, string];
    expect(fileName).toBe('signpost-learner-2025-06-30.json');
    expect(text).toContain('"Sam"');
    expect(root.textContent).toContain(`Signpost saved everyone's progress in the file ${fileName}.`);
  });

  it('saves nothing when everyone together would be too big to open on another computer, and says what to do', async () => {
    const databaseName = freshDatabaseName();
    const store = await openLearnerStore({ databaseName, now: () => TEST_NOW });
    if (!store.ok) throw new Error(store.message);
    // A busy hub: years of progress on many paths, with long step ids.
    const outcomes = Object.fromEntries(
      Array.from({ length: 400 }, (_, step) => [`${'step-'.repeat(18)}${step}`, 'done' as const]),
    );
    for (const name of ['Sam', 'Ade']) {
      const learner = await store.value.addLearner(name);
      if (!learner.ok) throw new Error(learner.message);
      for (let path = 0; path < 150; path++) await store.value.saveProgress(learner.value.id, `path-${path}`, outcomes);
    }
    const saveFile = vi.fn();
    const root = await showOptions(servicesFor(databaseName, saveFile));
    await press(root, 'Save everyone to a file');
    await vi.waitFor(() =>
      expect([...root.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent).join(' ')).toMatch(
        /too big for Signpost to open on another computer \(the most is 5\.0 MB\)\. Nothing was saved\. Save learners one at a time/,
      ),
    );
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('asks before erasing, and keeping changes nothing', async () => {
    await organisationName.set('Central Library');
    const root = await showOptions(servicesFor());
    await press(root, 'Erase all data');
    expect(document.activeElement?.textContent).toBe('Erase all Signpost data from this computer?');
    await press(root, 'Keep it');
    expect(document.activeElement?.textContent).toBe('Erase all data');
    expect(await organisationName.get()).toBe('Central Library');
  });

  it('erases learners, settings and the saved list, then shows the defaults', async () => {
    const databaseName = freshDatabaseName();
    const store = await openLearnerStore({ databaseName, now: () => TEST_NOW });
    if (store.ok) await store.value.addLearner('Sam');
    await organisationName.set('Central Library');
    await textSize.set('large');
    await saveLocalDirectory({ fileName: 'old.csv', resources: [] }, TEST_NOW);
    const root = await showOptions(servicesFor(databaseName));
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLInputElement>('#organisation-name')!.value).toBe('Central Library'),
    );

    await press(root, 'Erase all data');
    await press(root, 'Yes, erase');
    await vi.waitFor(() => expect(root.textContent).toContain('Everything is erased.'));
    expect(await organisationName.get()).toBe('');
    expect(await textSize.get()).toBe('normal');
    expect(await savedLocalDirectory()).toEqual({ ok: true, value: undefined });
    const learners = store.ok ? await store.value.listLearners() : undefined;
    expect(learners?.ok && learners.value).toEqual([]);
    expect(root.querySelector<HTMLInputElement>('#organisation-name')!.value).toBe('');
    expect(root.textContent).toContain('No list of your own is saved.');
  });

  it('tells an open side panel that everything was erased, so it lets go of what it holds', async () => {
    const panelHeard = vi.fn();
    const stop = allDataErased.watch(panelHeard);
    const root = await showOptions(servicesFor());
    await press(root, 'Erase all data');
    await press(root, 'Yes, erase');
    await vi.waitFor(() => expect(root.textContent).toContain('Everything is erased.'));
    expect(panelHeard).toHaveBeenCalledOnce();
    expect(root.textContent).not.toContain('close it and open it again');
    stop();
  });

  it('says to open the side panel again when it could not be told of the erase', async () => {
    const root = await showOptions(servicesFor());
    await press(root, 'Erase all data');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('The disk is full.'));
    await press(root, 'Yes, erase');
    await vi.waitFor(() => expect(root.textContent).toContain('Everything is erased.'));
    expect(root.textContent).toContain('If the side panel is open, close it and open it again.');
  });
});
