import { describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../../entrypoints/sidepanel/side-panel-app.tsx';
import { openLearnerStore } from '../../../shared/store/open-learner-store.ts';
import { createDisplayChoices } from '../../../shared/ui/display-choices.ts';
import { createFinderStore } from '../../../shared/ui/finder-store.ts';
import { createLearnerChoiceStore } from '../../../shared/ui/learner-choice-store.ts';
import { createLearnerDataStore } from '../../../shared/ui/learner-data-store.ts';
import type { SupportResults } from '../../../shared/ui/services.ts';
import { examplePath } from '../../shared/paths/example-path.ts';
import { freshDatabaseName, TEST_NOW } from '../../shared/store/test-store.ts';
import { press, show } from '../../shared/ui/render-for-test.tsx';

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
        display={createDisplayChoices()}
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
});
