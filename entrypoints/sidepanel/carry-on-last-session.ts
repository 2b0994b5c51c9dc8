import { lastSession, resumeRequested } from '../../extension/settings.ts';
import type { LearnerChoiceStore } from '../../shared/ui/learners/learner-choice-store.ts';
import type { SessionStore } from '../../shared/ui/session/session-store.ts';

/**
 * When the popup's "Carry on" asked for it: chooses the last learner again and opens their last path,
 * then clears the request so the next opening of the panel starts afresh. Call once the learner list is
 * loaded. A learner erased since is not found, and the panel just asks who is learning.
 */
export async function carryOnLastSession(learnerChoice: LearnerChoiceStore, session: SessionStore): Promise<void> {
  if (!(await resumeRequested.get())) return;
  // Cleared first: if it cannot be cleared (the disk is full), carrying on still helps more than stopping.
  await resumeRequested.set(false).catch(() => undefined);
  const last = await lastSession.get();
  const learner = learnerChoice.learners.value.find((known) => known.id === last?.learnerId);
  if (last === null || learner === undefined) return;
  learnerChoice.choose(learner);
  if (last.pathId !== undefined) session.openPath(last.pathId);
}

/** Remembers the learner and path just opened, for the popup's "Carry on". A failed save only loses that shortcut. */
export function rememberLastSession(learnerId: string, pathId: string): void {
  lastSession.set({ learnerId, pathId }).catch(() => undefined);
}

/** Carries on now if asked, and again whenever the popup asks while the panel is open. Gives a stop function. */
export function carryOnWhenAsked(learnerChoice: LearnerChoiceStore, session: SessionStore): () => void {
  void carryOnLastSession(learnerChoice, session);
  return resumeRequested.watch((requested) => {
    if (requested) void carryOnLastSession(learnerChoice, session);
  });
}
