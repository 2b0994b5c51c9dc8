import { effect } from '@preact/signals';
import { render } from 'preact';
import { createPageGuide } from '../../extension/page-guide.ts';
import { settingSignal } from '../../extension/setting-signal.ts';
import {
  allDataErased,
  defaultPostcodeArea,
  localDirectoryChanged,
  organisationName,
  shownPathIds,
  textSize,
  TEXT_SIZE_PIXELS,
} from '../../extension/settings.ts';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import { allPaths } from '../../shared/paths/all-paths.ts';
import { openLearnerStore } from '../../shared/store/open-learner-store.ts';
import { createDisplayChoices } from '../../shared/ui/learning/player/display-choices.ts';
import { createFinderStore } from '../../shared/ui/finder/finder-store.ts';
import { createLearnerChoiceStore } from '../../shared/ui/learners/learner-choice-store.ts';
import { createLearnerDataStore } from '../../shared/ui/learners/learner-data-store.ts';
import { browserSpeaker } from '../../shared/ui/learning/player/speaker.ts';
import { createSessionStore } from '../../shared/ui/session/session-store.ts';
import { carryOnWhenAsked, rememberLastSession } from './carry-on-last-session.ts';
import { followPostcodeArea } from './follow-postcode-area.ts';
import { createLocalHelpFinder } from './local-help-finder.ts';
import { searchedPostcode } from './searched-postcode.ts';
import { SidePanelApp } from './side-panel-app.tsx';
import { RunTimeProvider } from '../../shared/ui/run-time.tsx';
import '../../shared/ui/kit/signpost.css';
import '../../shared/ui/finder/found-help.css';
import '../../shared/ui/learning/player/learning.css';
import './side-panel.css';

const localHelp = createLocalHelpFinder();
// The list is read once per finder: a list saved or removed on the options page needs a new one.
localDirectoryChanged.watch(localHelp.refresh);

const now = () => new Date();
// The side panel is the extension's own page, so it uses the learner store on this device directly.
const learnerChoice = createLearnerChoiceStore(() => openLearnerStore({ now }));
const learnerData = createLearnerDataStore(learnerChoice);
// The organisation's area (options page) is where each search starts, for every learner, as it is now.
const area = settingSignal(defaultPostcodeArea);
const finderStore = createFinderStore(localHelp, () => area.peek());
followPostcodeArea(finderStore, area);
const organisation = settingSignal(organisationName);
const shownPaths = settingSignal(shownPathIds);
const size = settingSignal(textSize);
effect(() => document.documentElement.style.setProperty('--signpost-font-size', `${TEXT_SIZE_PIXELS[size.value]}px`));
const guide = createPageGuide();

/** The paths the organisation chose to show on the options page; all when it chose none. */
function pathsShown(ids: readonly string[] | null): readonly LearningPath[] {
  const paths = allPaths();
  return ids ? paths.filter((path) => ids.includes(path.id)) : paths;
}

const session = createSessionStore(learnerChoice, {
  now,
  // The store keeps its district alone.
  postcode: () => searchedPostcode(finderStore),
  organisation: () => organisation.value,
  onPathOpened: rememberLastSession,
});
void learnerChoice.load().then(() => carryOnWhenAsked(learnerChoice, session));

/**
 * "Erase all data" on the options page: the learner chosen, the list of learners, the last search and the
 * organisation's list are all gone, so the panel lets go of them too.
 */
function forgetErasedData(): void {
  learnerChoice.changeLearner();
  finderStore.forget();
  localHelp.refresh();
  void learnerChoice.reloadLearners();
}
allDataErased.watch(forgetErasedData);

// Made once: App draws again when a setting changes, and the resident's bigger text and contrast must stay.
const runTime = { guide, now, display: createDisplayChoices(), speaker: browserSpeaker() };

/** Draws the panel again when a setting changes on the options page. */
function App() {
  return (
    <RunTimeProvider value={runTime}>
      <SidePanelApp
        learnerChoice={learnerChoice}
        learnerData={learnerData}
        finder={finderStore}
        paths={pathsShown(shownPaths.value)}
        session={session}
        organisation={organisation.value}
      />
    </RunTimeProvider>
  );
}

render(<App />, document.getElementById('app')!);
