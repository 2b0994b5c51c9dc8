import { deleteDB } from 'idb';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { eraseAllData } from '../../../entrypoints/options/erase-all-data.ts';
import { LOCAL_DIRECTORY_DATABASE, saveLocalDirectory } from '../../../extension/local-directory.ts';
import {
  allDataErased,
  defaultPostcodeArea,
  localDirectoryChanged,
  organisationName,
} from '../../../extension/settings.ts';
import { DEFAULT_LEARNER_DATABASE, openLearnerStore } from '../../../shared/store/open-learner-store.ts';
import { resourceAt } from '../../shared/find/resource-at.ts';
import { TEST_NOW } from '../../shared/store/test-store.ts';
import { buttonCalled, press } from '../../shared/ui/render-for-test.tsx';

/*
 * The side panel as built (main.tsx), open while the options page changes things in storage.local and
 * IndexedDB, as a helper would do in another tab. One panel for the whole file, as a panel stays open:
 * each test leaves it where it found it.
 */

const ourClub = resourceAt('our-club', 0.1, { name: 'Tuesday Computer Club at the Hub' });
const openLearners = () => openLearnerStore({ now: () => TEST_NOW });
let panel: HTMLElement;

beforeAll(async () => {
  fakeBrowser.reset();
  await Promise.all([deleteDB(DEFAULT_LEARNER_DATABASE), deleteDB(LOCAL_DIRECTORY_DATABASE)]);
  const store = await openLearners();
  if (!store.ok) throw new Error(store.message);
  await store.value.addLearner('Sam');
  store.value.close();
  panel = document.createElement('div');
  panel.id = 'app';
  document.body.append(panel);
  await import('../../../entrypoints/sidepanel/main.tsx');
  // The panel loads its later screens straight after its first screen.
  await (await import('../../../entrypoints/sidepanel/later-screens.ts')).loadLaterScreens();
  await vi.waitFor(() => expect(buttonCalled(panel, 'Carry on as Sam')).toBeDefined());
});

function postcodeBox(): HTMLInputElement {
  return panel.querySelector<HTMLInputElement>('input[name="postcode"]')!;
}

/** Types a postcode and presses Find help, then waits for the answer. */
async function searchNear(postcode: string): Promise<void> {
  const box = postcodeBox();
  await act(() => {
    box.value = postcode;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await press(panel, 'Find help');
  // The button says "Searching…" until the answer is shown.
  await vi.waitFor(() => expect(buttonCalled(panel, 'Find help')).toBeDefined());
  expect(panel.querySelector('#sp-nearby-heading')?.textContent).toMatch(new RegExp(` near ${postcode}$`));
}

/** Whether the panel shows `text` anywhere (a yes or no, as the panel's whole text is long). */
function shows(text: string): boolean {
  return panel.textContent?.includes(text) ?? false;
}

describe('the side panel while the options page is changed', () => {
  it('puts the area chosen on the options page in the empty postcode box', async () => {
    expect(postcodeBox().value).toBe('');
    await defaultPostcodeArea.set('S');
    await vi.waitFor(() => expect(postcodeBox().value).toBe('S'));
    await defaultPostcodeArea.remove();
    await vi.waitFor(() => expect(postcodeBox().value).toBe(''));
  });

  it("keeps the resident's bigger text and high contrast after a setting changes, back from the end of the session", async () => {
    await press(panel, 'Practise without saving');
    // The paths load after the panel's first screen.
    await vi.waitFor(() => expect(buttonCalled(panel, 'Use a touch screen')).toBeDefined());
    await press(panel, 'Use a touch screen');
    await vi.waitFor(() => expect(buttonCalled(panel, 'Bigger text')).toBeDefined());
    await press(panel, 'Bigger text');
    await press(panel, 'High contrast');
    await organisationName.set('Hillsborough Library');
    // Let the panel hear of it and draw again.
    await act(() => new Promise((done) => setTimeout(done, 20)));
    await press(panel, 'End the session');
    await press(panel, 'Back to learning');
    await press(panel, 'Use a touch screen');
    expect(buttonCalled(panel, 'Bigger text')?.getAttribute('aria-pressed')).toBe('true');
    expect(buttonCalled(panel, 'High contrast')?.getAttribute('aria-pressed')).toBe('true');
    await organisationName.remove();
    await press(panel, 'Change who is learning');
  });

  it('finds the places in a list saved on the options page after the panel first searched', async () => {
    await searchNear('S1 2HE');
    expect(shows('Tuesday Computer Club at the Hub')).toBe(false);
    await saveLocalDirectory({ fileName: 'ours.csv', resources: [ourClub] }, TEST_NOW);
    await localDirectoryChanged.announce();
    await searchNear('S1 2HE');
    expect(shows('Tuesday Computer Club at the Hub')).toBe(true);
  });

  it('lets go of the learners, the last search and the saved list after "Erase all data"', async () => {
    await searchNear('S1 2HE');
    expect(shows('Tuesday Computer Club at the Hub')).toBe(true);
    await press(panel, 'Carry on as Sam');
    expect(shows('Learning as Sam.')).toBe(true);
    expect(await eraseAllData(openLearners)).toEqual({ ok: true, value: undefined });
    await allDataErased.announce();
    await vi.waitFor(() => expect(shows('Who is learning?')).toBe(true));
    expect(shows('Learning as Sam.')).toBe(false);
    await vi.waitFor(() => expect(buttonCalled(panel, 'Carry on as Sam')).toBeUndefined());
    expect(shows('Tuesday Computer Club at the Hub')).toBe(false);
    expect(postcodeBox().value).toBe('');
    await searchNear('S1 2HE');
    expect(shows('Tuesday Computer Club at the Hub')).toBe(false);
  });
});
