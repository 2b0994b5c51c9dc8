import { STEP_OUTCOMES, type StepOutcome } from '../paths/learning-path.ts';
import { CONFIDENCE_LEVELS, type ConfidenceLevel, type Session } from './session.ts';

/*
 * The counts behind the funders' report, which a later feature exports. Counts only: no names, notes, ids,
 * postcodes or organisations, so it can be shared as it is.
 */

export type OutcomeCounts = Record<StepOutcome, number>;

export interface PathSummary {
  pathId: string;
  /** Sessions that worked on this path. */
  sessions: number;
  outcomes: OutcomeCounts;
}

export interface SessionSummary {
  /** The first and last day counted, as given: "2025-04-01". */
  from: string;
  to: string;
  sessions: number;
  /** Different learners with a session in the range. */
  learners: number;
  /** Steps done, needed help with, and skipped, over every path. */
  outcomes: OutcomeCounts;
  /** How many sessions ended at each confidence level, 1 (not at all sure) to 5 (very sure). */
  confidence: Record<ConfidenceLevel, number>;
  /** One entry per path worked on, by path id. */
  paths: PathSummary[];
}

function noOutcomes(): OutcomeCounts {
  return Object.fromEntries(STEP_OUTCOMES.map((outcome) => [outcome, 0])) as OutcomeCounts;
}

/**
 * Counts the sessions dated from `from` to `to`, both days included (ISO dates, "2025-04-01"). Pure.
 * When `from` is after `to`, nothing is in the range and every count is 0.
 */
export function summariseSessions(sessions: readonly Session[], from: string, to: string): SessionSummary {
  const inRange = sessions.filter((session) => session.date >= from && session.date <= to);
  const outcomes = noOutcomes();
  const confidence = Object.fromEntries(CONFIDENCE_LEVELS.map((level) => [level, 0])) as Record<
    ConfidenceLevel,
    number
  >;
  const paths = new Map<string, PathSummary>();
  const pathSummary = (pathId: string): PathSummary => {
    const summary = paths.get(pathId) ?? { pathId, sessions: 0, outcomes: noOutcomes() };
    paths.set(pathId, summary);
    return summary;
  };

  for (const session of inRange) {
    if (session.confidence !== undefined) confidence[session.confidence] += 1;
    for (const pathId of new Set(session.pathIds)) pathSummary(pathId).sessions += 1;
    for (const { pathId, outcome } of session.outcomes) {
      outcomes[outcome] += 1;
      pathSummary(pathId).outcomes[outcome] += 1;
    }
  }
  return {
    from,
    to,
    sessions: inRange.length,
    learners: new Set(inRange.map((session) => session.learnerId)).size,
    outcomes,
    confidence,
    paths: [...paths.values()].sort((a, b) => (a.pathId < b.pathId ? -1 : 1)),
  };
}
