import { later } from '../../shared/ui/kit/load-later.tsx';

/*
 * The side panel's later screens (session-screens.tsx), each drawn as soon as their one shared part has
 * loaded: the first screen ("Who is learning?" and the finder's form) keeps within its byte budget.
 */

const screens = () => import('./session-screens.tsx');

export const AllLearnersData = later(screens, 'AllLearnersData');
export const ThisLearnerData = later(screens, 'ThisLearnerData');
export const CarePlanSoFar = later(screens, 'CarePlanSoFar');
export const EndOfSessionChecklist = later(screens, 'EndOfSessionChecklist');
export const HandoverNote = later(screens, 'HandoverNote');
export const SessionLogExport = later(screens, 'SessionLogExport');
export const WhatMatters = later(screens, 'WhatMatters');
export const LearningPaths = later(screens, 'LearningPaths');

/** Loads the later screens now, so they are ready when the helper gets to them; resolves when they draw at once. */
export async function loadLaterScreens(): Promise<void> {
  const all = [
    AllLearnersData,
    ThisLearnerData,
    CarePlanSoFar,
    EndOfSessionChecklist,
    HandoverNote,
    SessionLogExport,
    WhatMatters,
  ];
  await Promise.all([...all, LearningPaths].map((screen) => screen.preload()));
}
