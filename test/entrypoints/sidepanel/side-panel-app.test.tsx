import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLaterScreens } from '../../../entrypoints/sidepanel/later-screens.ts';
import { SidePanelApp } from '../../../entrypoints/sidepanel/side-panel-app.tsx';
import { openLearnerStore } from '../../../shared/store/open-learner-store.ts';
import { createFinderStore } from '../../../shared/ui/finder/finder-store.ts';
import { createLearnerChoiceStore } from '../../../shared/ui/learners/learner-choice-store.ts';
import { createLearnerDataStore } from '../../../shared/ui/learners/learner-data-store.ts';
import { createSessionStore } from '../../../shared/ui/session/session-store.ts';
import type { SupportResults } from '../../../shared/ui/services.ts';
import { examplePath } from '../../shared/paths/example-path.ts';
import { resourceAt } from '../../shared/find/resource-at.ts';
import { freshDatabaseName, TEST_NOW } from '../../shared/store/test-store.ts';
import { buttonCalled, press, show } from '../../shared/ui/render-for-test.tsx';
import { allPaths } from '../../../shared/paths/all-paths.ts';

// The panel draws its later screens once they have loaded, as it does straight after its first screen.
beforeAll(() => loadLaterScreens());

const samsSearch: SupportResults = { ok: true, placeLabel: 'S10 2HE', radiusMiles: 10, nearby: [], remote: [] };

describe('the side panel on a shared computer', () => {
  it("forgets one learner's postcode and search when the next person takes over", async () => {
    const store = await openLearnerStore({ databaseName: freshDatabaseName(), now: () => TEST_NOW });
    if (!store.ok) throw new Error(store.message);
    const sam = await store.value.addLearner('Sam');
    const learnerChoice = createLearnerChoiceStore(async () => store);
    await learnerChoice.load();
    const finder = createFinderStore({ searchSupport: async () => samsSearch });
    const root = await show(
      <SidePanelApp
        learnerChoice={learnerChoice}
        learnerData={createLearnerDataStore(learnerChoice)}
        finder={finder}
        paths={[examplePath()]}
        session={createSessionStore(learnerChoice, {
          paths: allPaths,
          now: () => TEST_NOW,
          postcode: () => undefined,
          organisation: () => '',
        })}
      />,
    );
    if (sam.ok) learnerChoice.choose(sam.value);
    finder.postcode.value = 'S10 2HE';
    await finder.search();
    expect(finder.results.value).toEqual(samsSearch);

    await press(root, 'Change who is learning');
    await vi.waitFor(() => expect(finder.results.value).toBeUndefined());
    expect(finder.postcode.value).toBe('');
    expect(root.textContent).not.toContain('S10 2HE');
  });

  it('puts a place found in the panel on the handover note with "Add to handover note", only during a session', async () => {
    const library: SupportResults = {
      ok: true,
      placeLabel: 'S1 2HE',
      radiusMiles: 10,
      nearby: [{ resource: resourceAt('library', 0.2, { name: 'Central Library' }), miles: 0.2 }],
      remote: [],
    };
    const store = await openLearnerStore({ databaseName: freshDatabaseName(), now: () => TEST_NOW });
    if (!store.ok) throw new Error(store.message);
    const learnerChoice = createLearnerChoiceStore(async () => store);
    await learnerChoice.load();
    const finder = createFinderStore({ searchSupport: async () => library });
    const session = createSessionStore(learnerChoice, {
      paths: allPaths,
      now: () => TEST_NOW,
      postcode: () => undefined,
      organisation: () => '',
    });
    const root = await show(
      <SidePanelApp
        learnerChoice={learnerChoice}
        learnerData={createLearnerDataStore(learnerChoice)}
        finder={finder}
        paths={[examplePath()]}
        session={session}
      />,
    );
    await act(() => finder.search());
    expect(buttonCalled(root, 'Add to handover note: Central Library')).toBeUndefined();

    await press(root, 'Practise without saving');
    await press(root, 'Add to handover note: Central Library');
    expect(buttonCalled(root, 'Add to handover note: Central Library')?.getAttribute('aria-pressed')).toBe('true');
    expect(session.onNote.value.map((resource) => resource.name)).toEqual(['Central Library']);
  });
});
