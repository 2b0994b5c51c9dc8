import { signal } from '@preact/signals';
import { render } from 'preact';
import { organisationName } from '../../extension/settings.ts';
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
import { createSessionStore } from '../../shared/ui/session/session-store.ts';
import { carryOnWhenAsked, rememberLastSession } from './carry-on-last-session.ts';
import { SidePanelApp } from './side-panel-app.tsx';
import '../../shared/ui/signpost.css';
import '../../shared/ui/found-help.css';
import '../../shared/ui/path-player/learning.css';
import './side-panel.css';

const finder = createSupportFinder({
  outcodes: bundledOutcodes,
  loadResources: async () => (await loadBuiltInPacks()).resources,
});

const now = () => new Date();
// The side panel is the extension's own page, so it uses the learner store on this device directly.
const learnerChoice = createLearnerChoiceStore(() => openLearnerStore({ now }));
const learnerData = createLearnerDataStore(learnerChoice);
const finderStore = createFinderStore(finder);
const organisation = signal('');
void organisationName.get().then((name) => (organisation.value = name));
organisationName.watch((name) => (organisation.value = name));

const session = createSessionStore(learnerChoice, {
  now,
  // Only a postcode that found places; the store keeps its district alone.
  postcode: () => (finderStore.results.value?.ok ? finderStore.postcode.value : undefined),
  organisation: () => organisation.value,
  onPathOpened: rememberLastSession,
});
void learnerChoice.load().then(() => carryOnWhenAsked(learnerChoice, session));

/** Draws the panel again when the organisation's name changes on the options page. */
function App() {
  return (
    <SidePanelApp
      learnerChoice={learnerChoice}
      learnerData={learnerData}
      finder={finderStore}
      paths={allPaths()}
      display={createDisplayChoices()}
      speaker={browserSpeaker()}
      session={session}
      organisation={organisation.value}
      now={now}
    />
  );
}

render(<App />, document.getElementById('app')!);
