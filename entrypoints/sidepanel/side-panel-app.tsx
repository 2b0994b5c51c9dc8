import { effect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { CategoryId } from '../../shared/directory/categories.ts';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import { FindHelp } from '../../shared/ui/finder/find-help.tsx';
import { LocalHelpList } from '../../shared/ui/finder/local-help-list.tsx';
import type { FinderStore } from '../../shared/ui/finder/finder-store.ts';
import type { LearnerChoiceStore } from '../../shared/ui/learners/learner-choice-store.ts';
import type { LearnerDataStore } from '../../shared/ui/learners/learner-data-store.ts';
import { RunTimeProvider } from '../../shared/ui/run-time.tsx';
import { AddToNoteButton } from '../../shared/ui/session/add-to-note-button.tsx';
import type { SessionStore } from '../../shared/ui/session/session-store.ts';
import { LearningSection } from './learning-section.tsx';

interface SidePanelAppProps {
  learnerChoice: LearnerChoiceStore;
  learnerData: LearnerDataStore;
  finder: FinderStore;
  paths: readonly LearningPath[];
  session: SessionStore;
  /** The helper's organisation (options page), for the handover note; blank when not set. */
  organisation?: string;
}

/** The side panel: a session with a learner, and the local help finder it points to. */
export function SidePanelApp({
  learnerChoice,
  learnerData,
  finder,
  paths,
  session,
  organisation = '',
}: SidePanelAppProps) {
  // Places the helper added to the handover note, then those from the finder's last search that fit the
  // path, for the summary; the link jumps to the finder with the kind of help already chosen.
  const localHelp = (categories: readonly CategoryId[]) => (
    <LocalHelpList
      finder={finder}
      categories={categories}
      findHref="#find-help"
      onFind={() => (finder.category.value = categories[0] ?? '')}
      chosen={session.onNote.value}
    />
  );
  // Only during a session: with nobody chosen there is no handover note to add to.
  const inSession = learnerChoice.choice.value !== undefined;
  useForgetSearchesBetweenLearners(learnerChoice, finder);
  return (
    <RunTimeProvider value={{ localHelp }}>
      <main class="sp-root sp-app">
        <header class="sp-app__header sp-no-print">
          {/* The browser's side panel already shows Signpost's name above it: the heading is for screen readers. */}
          <h1 class="sp-app__title sp-visually-hidden">Signpost</h1>
          <nav aria-label="Parts of Signpost">
            <ul class="sp-app__nav">
              <li>
                <a href="#learning">Learning paths</a>
              </li>
              <li>
                <a href="#find-help">Find local help</a>
              </li>
            </ul>
          </nav>
        </header>
        <section id="learning" class="sp-app__section" aria-label="Learning paths">
          <LearningSection
            learnerChoice={learnerChoice}
            learnerData={learnerData}
            session={session}
            finder={finder}
            paths={paths}
            organisation={organisation}
          />
        </section>
        <section id="find-help" class="sp-app__section sp-app__finder" aria-label="Find local help">
          <FindHelp
            store={finder}
            title="Find local help"
            cardAction={inSession ? (resource) => <AddToNoteButton session={session} resource={resource} /> : undefined}
          />
        </section>
      </main>
    </RunTimeProvider>
  );
}

/**
 * A library computer is shared: when who is learning changes, the last person's postcode and results must
 * not reach the next person's summary.
 */
function useForgetSearchesBetweenLearners(learnerChoice: LearnerChoiceStore, finder: FinderStore): void {
  useEffect(() => {
    let previous = learnerChoice.choice.peek();
    return effect(() => {
      const choice = learnerChoice.choice.value;
      if (choice !== previous && previous !== undefined) finder.forget();
      previous = choice;
    });
  }, [learnerChoice, finder]);
}
