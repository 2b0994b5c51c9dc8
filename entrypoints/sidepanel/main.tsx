import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { settingSignal } from '../../extension/setting-signal.ts';
import {
  allDataErased,
  defaultPostcodeArea,
  localDirectoryChanged,
  organisationName,
  organisationPathsChanged,
  shownPathIds,
  textSize,
  TEXT_SIZE_PIXELS,
} from '../../extension/settings.ts';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import { createDisplayChoices } from '../../shared/ui/learning/player/display-choices.ts';
import { createFinderStore } from '../../shared/ui/finder/finder-store.ts';
import { createLearnerChoiceStore } from '../../shared/ui/learners/learner-choice-store.ts';
import { createLearnerDataStore } from '../../shared/ui/learners/learner-data-store.ts';
import { browserSpeaker } from '../../shared/ui/learning/player/speaker.ts';
import { createSessionStore } from '../../shared/ui/session/session-store.ts';
import { carryOnWhenAsked, rememberLastSession } from './carry-on-last-session.ts';
import { followPostcodeArea } from './follow-postcode-area.ts';
import { loadLaterScreens } from './later-screens.ts';
import { createLocalHelpFinder } from './local-help-finder.ts';
import { searchedPostcode } from './searched-postcode.ts';
import { SidePanelApp } from './side-panel-app.tsx';
import { RunTimeProvider } from '../../shared/ui/run-time.tsx';
import '../../shared/ui/kit/signpost.css';
import '../../shared/ui/finder/found-help.css';
// The buttons of "Who is learning?" are styled here too, so the player's styles come with the first screen.
import '../../shared/ui/learning/player/learning.css';
import './side-panel.css';

/*
 * Only the first screen ("Who is learning?" and the finder's form) is in this script, within its byte
 * budget. The learner store, the paths, the later screens and the search engine load as they are needed,
 * most of them straight after the first screen is drawn.
 */

const localHelp = createLocalHelpFinder();
// The list is read once per finder: a list saved or removed on the options page needs a new one.
localDirectoryChanged.watch(localHelp.refresh);

const now = () => new Date();
// The side panel is the extension's own page, so it uses the learner store on this device directly.
const learnerChoice = createLearnerChoiceStore(() =>
  import('../../shared/store/open-learner-store.ts').then((store) => store.openLearnerStore({ now })),
);
const learnerData = createLearnerDataStore(learnerChoice);
// The organisation's area (options page) is where each search starts, for every learner, as it is now.
const area = settingSignal(defaultPostcodeArea);
const finderStore = createFinderStore(localHelp, () => area.peek());
followPostcodeArea(finderStore, area);
const organisation = settingSignal(organisationName);
const shownPaths = settingSignal(shownPathIds);
const size = settingSignal(textSize);
effect(() => document.documentElement.style.setProperty('--signpost-font-size', `${TEXT_SIZE_PIXELS[size.value]}px`));

/** The paths on offer (paths-on-offer.ts): none until they have loaded, and read again when the options page changes them. */
const paths = signal<readonly LearningPath[]>([]);
const loadPaths = () =>
  import('../../extension/paths-on-offer.ts')
    .then((offer) => offer.pathsOnOffer(shownPaths.peek()))
    .then((offered) => void (paths.value = offered));
let pathsLoaded: Promise<void> = Promise.resolve();
effect(() => {
  void shownPaths.value;
  pathsLoaded = loadPaths();
});
organisationPathsChanged.watch(() => void loadPaths());

const session = createSessionStore(learnerChoice, {
  now,
  paths: () => paths.value,
  // The store keeps its district alone.
  postcode: () => searchedPostcode(finderStore),
  organisation: () => organisation.value,
  onPathOpened: rememberLastSession,
});
// Carrying on opens the last path, so it waits for the paths as well as the learners.
void Promise.all([learnerChoice.load(), pathsLoaded]).then(() => carryOnWhenAsked(learnerChoice, session));

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
const runTime = { now, display: createDisplayChoices(), speaker: browserSpeaker() };

/** Draws the panel again when a setting changes on the options page. */
function App() {
  return (
    <RunTimeProvider value={runTime}>
      <SidePanelApp
        learnerChoice={learnerChoice}
        learnerData={learnerData}
        finder={finderStore}
        paths={paths.value}
        session={session}
        organisation={organisation.value}
      />
    </RunTimeProvider>
  );
}

render(<App />, document.getElementById('app')!);
void loadLaterScreens();
