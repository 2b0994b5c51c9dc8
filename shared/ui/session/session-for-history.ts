import type { LearningPath, StepOutcome } from '../../paths/learning-path.ts';
import { isPathCompleted } from '../../paths/skills.ts';
import type { SkillGained } from '../../store/session.ts';
import type { SessionInput } from '../../store/open-learner-store.ts';
import { outcodeOnly } from '../../store/outcode-only.ts';
import type { SessionWork } from './session-work.ts';

/** The day `now` falls on where this device is, "2025-06-30": a session at 11pm is that evening's, not tomorrow's UTC day. */
export function localDay(now: Date): string {
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}

export interface SessionDetails {
  learnerId: string;
  now: Date;
  /** The postcode the finder searched: only its district is kept, and anything that is not a postcode is left out. */
  postcode?: string;
  /** The helper's organisation, from the options page; blank is left out. */
  organisation?: string;
  /** The paths, to tell which ones came to count as completed today (their key steps). */
  paths?: readonly LearningPath[];
}

/** Paths that count as completed now but did not when the session began: a skill gained, with its area then. */
function skillsGainedIn(work: SessionWork, paths: readonly LearningPath[]): SkillGained[] {
  return work.flatMap(({ pathId, outcomes, atStart }) => {
    const path = paths.find((candidate) => candidate.id === pathId);
    if (path === undefined || isPathCompleted(path, atStart) || !isPathCompleted(path, outcomes)) return [];
    return [{ pathId, area: path.skill.area, for: path.skill.for }];
  });
}

/**
 * The session to save to the learner's history (LearnerStore.saveSession): the paths with a step done
 * today and how each of those steps went, and the skills gained (paths completed today). Paths only opened
 * and looked at are not counted. Pure.
 */
export function sessionForHistory(
  work: SessionWork,
  { learnerId, now, postcode, organisation, paths = [] }: SessionDetails,
): SessionInput {
  const worked = work.filter((path) => Object.keys(path.today).length > 0);
  const outcode = postcode === undefined ? undefined : outcodeOnly(postcode);
  const helperOrganisation = organisation?.trim() || undefined;
  const skillsGained = skillsGainedIn(worked, paths);
  return {
    learnerId,
    date: localDay(now),
    pathIds: worked.map((path) => path.pathId),
    outcomes: worked.flatMap(({ pathId, today }) =>
      Object.entries(today).map(([stepId, outcome]: [string, StepOutcome]) => ({ pathId, stepId, outcome })),
    ),
    ...(skillsGained.length > 0 && { skillsGained }),
    ...(outcode && { outcode }),
    ...(helperOrganisation && { helperOrganisation }),
  };
}
