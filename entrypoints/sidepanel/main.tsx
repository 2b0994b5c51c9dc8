import { render } from 'preact';
import { loadBuiltInPacks } from '../../shared/directory/built-in-packs.ts';
import { createSupportFinder } from '../../shared/find/support-finder.ts';
import { allPaths } from '../../shared/paths/all-paths.ts';
import { bundledOutcodes } from '../../shared/postcode/bundled-outcodes.ts';
import { openLearnerStore } from '../../shared/store/open-learner-store.ts';
import { createDisplayChoices } from '../../shared/ui/display-choices.ts';
import { createFinderStore } from '../../shared/ui/finder-store.ts';
import { createLearnerChoiceStore } from '../../shared/ui/learner-choice-store.ts';
import { createLearnerDataStore } from '../../shared/ui/learner-data-store.ts';
import { browserSpeaker } from '../../shared/ui/path-player/speaker.ts';
import { SidePanelApp } from './side-panel-app.tsx';
import '../../shared/ui/signpost.css';
import '../../shared/ui/path-player/learning.css';
import './side-panel.css';

const finder = createSupportFinder({
  outcodes: bundledOutcodes,
  loadResources: async () => (await loadBuiltInPacks()).resources,
});

// The side panel is the extension's own page, so it uses the learner store on this device directly.
const learnerChoice = createLearnerChoiceStore(() => openLearnerStore({ now: () => new Date() }));
void learnerChoice.load();

render(
  <SidePanelApp
    learnerChoice={learnerChoice}
    learnerData={createLearnerDataStore(learnerChoice)}
    finder={createFinderStore(finder)}
    paths={allPaths()}
    display={createDisplayChoices()}
    speaker={browserSpeaker()}
  />,
  document.getElementById('app')!,
);
