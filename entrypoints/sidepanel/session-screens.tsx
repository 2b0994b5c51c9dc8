import { createPageGuide } from '../../extension/page-guide.ts';
import { organisationPathsChanged } from '../../extension/settings.ts';
import { organisationStore } from '../../shared/store/organisation-store.ts';
import { LearningPaths as PathsWithoutGuide } from '../../shared/ui/learning/learning-paths.tsx';
import { createTaughtTargets } from '../../shared/ui/learning/show-me/taught-targets.ts';
import { RunTimeProvider } from '../../shared/ui/run-time.tsx';
import '../../shared/ui/session/care-plan.css';

/*
 * The side panel's later screens, in one part loaded after the first screen is drawn (later-screens.ts):
 * the paths and their player with Show me, the checks, the handover note, and the learners' data. The page
 * guide and the organisation's fixes are made here, the first time a session needs them.
 */

export { AllLearnersData } from '../../shared/ui/learners/all-learners-data.tsx';
export { ThisLearnerData } from '../../shared/ui/learners/this-learner-data.tsx';
export { CarePlanSoFar } from '../../shared/ui/session/care-plan-so-far.tsx';
export { EndOfSessionChecklist } from '../../shared/ui/session/end-of-session-checklist.tsx';
export { HandoverNote } from '../../shared/ui/session/handover-note.tsx';
export { SessionLogExport } from '../../shared/ui/session/session-log-export.tsx';
export { WhatMatters } from '../../shared/ui/session/what-matters.tsx';

const guide = createPageGuide();
const taught = createTaughtTargets(organisationStore());
void taught.load();
// A fix taught or forgotten on the options page (or imported from a file) is used at once.
organisationPathsChanged.watch(() => void taught.load());

/** The paths and their player, with Show me on the real page and the organisation's fixes. */
export function LearningPaths(props: Parameters<typeof PathsWithoutGuide>[0]) {
  return (
    <RunTimeProvider value={{ guide, taught }}>
      <PathsWithoutGuide {...props} />
    </RunTimeProvider>
  );
}
