import type { StepOutcome } from '../../paths/learning-path.ts';
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
}

/**
 * The session to save to the learner's history (LearnerStore.saveSession): the paths with a step done
 * today and how each of those steps went. Paths only opened and looked at are not counted. Pure.
 */
export function sessionForHistory(
  work: SessionWork,
  { learnerId, now, postcode, organisation }: SessionDetails,
): SessionInput {
  const worked = work.filter((path) => Object.keys(path.today).length > 0);
  const outcode = postcode === undefined ? undefined : outcodeOnly(postcode);
  const helperOrganisation = organisation?.trim() || undefined;
  return {
    learnerId,
    date: localDay(now),
    pathIds: worked.map((path) => path.pathId),
    outcomes: worked.flatMap(({ pathId, today }) =>
      Object.entries(today).map(([stepId, outcome]: [string, StepOutcome]) => ({ pathId, stepId, outcome })),
    ),
    ...(outcode && { outcode }),
    ...(helperOrganisation && { helperOrganisation }),
  };
}
