import { render } from 'preact';
import learningCss from '../../shared/ui/learning/player/learning.css?inline';
import learnAtHomeCss from './learn-at-home.css?inline';
import type { CategoryId } from '../../shared/directory/categories.ts';
import { allPaths } from '../../shared/paths/all-paths.ts';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import { createDisplayChoices } from '../../shared/ui/learning/player/display-choices.ts';
import type { LocalHelp } from '../../shared/ui/learning/player/help-categories.ts';
import { browserSpeaker } from '../../shared/ui/learning/player/speaker.ts';
import { adoptStyles } from '../chunks/adopt-styles.ts';
import { RunTimeProvider } from '../../shared/ui/run-time.tsx';
import { LearnAtHome } from './learn-at-home.tsx';
import type { LearnAtHomeOptions } from './options.ts';
import { createProgressConsent } from './progress-consent.ts';

/** The IndexedDB database on the host site's origin, created only once the resident agrees. */
export const LEARN_AT_HOME_DATABASE = 'signpost-learn-at-home';

/**
 * Every built-in path but the practice ones: those run on the extension's own test pages
 * (practice-signing-in, site "http://localhost"), which a resident at home does not have.
 */
function learnAtHomePaths(): readonly LearningPath[] {
  return allPaths().filter((path) => !path.practice);
}

function findHelpLink(findHelp: (categories: readonly CategoryId[]) => void): LocalHelp {
  return (categories) => (
    <p>
      <button type="button" class="sp-link-button" onClick={() => findHelp(categories)}>
        Find local help
      </button>
    </p>
  );
}

/**
 * Draws "Learn at home" into `container`, which sits in the widget's shadow root: the learning paths with
 * the shared picker and player, progress kept in memory until the resident asks to remember it.
 */
export function mountLearnAtHome(container: HTMLElement, options: LearnAtHomeOptions): void {
  // The player's styles, and Learn at home's few of its own.
  adoptStyles(container.getRootNode(), `${learningCss}\n${learnAtHomeCss}`);
  const consent = createProgressConsent(LEARN_AT_HOME_DATABASE);
  void consent.check();
  render(
    <RunTimeProvider
      value={{
        display: createDisplayChoices(),
        speaker: browserSpeaker(),
        localHelp: options.findHelp && findHelpLink(options.findHelp),
        // Nobody sits beside a resident at home: no helper in the words, no tips for one.
        alone: true,
      }}
    >
      <LearnAtHome
        consent={consent}
        paths={learnAtHomePaths()}
        idPrefix={options.idPrefix}
        takeFocus={options.takeFocus}
      />
    </RunTimeProvider>,
    container,
  );
}
