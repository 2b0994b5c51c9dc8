import { SKILL_AREAS, STEP_OUTCOMES, type SkillArea, type StepOutcome } from '../paths/learning-path.ts';
import { CONFIDENCE_LEVELS, type ConfidenceLevel, type Session } from './session.ts';

/*
 * The counts behind the funders' report (session-log.ts exports them). Counts only: no names, notes, ids,
 * postcodes or organisations, so it can be shared as it is.
 */

export type OutcomeCounts = Record<StepOutcome, number>;

/** Skills gained: paths that came to count as completed (their key steps done), by Essential Digital Skills area. */
export interface SkillCounts {
  /** Every skill gained, each learner and path counted once however often it was completed. */
  gained: number;
  byArea: Record<SkillArea, number>;
  /** Different learners who gained four or more skills in the range. */
  peopleWithFourOrMore: number;
}

export interface PathSummary {
  pathId: string;
  /** Sessions that worked on this path. */
  sessions: number;
  outcomes: OutcomeCounts;
  /** Learners who completed this path in the range. */
  skillsGained: number;
  /** The skills area its completions were counted under, when there were any. */
  skillArea?: SkillArea;
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
  skills: SkillCounts;
  /** One entry per path worked on, by path id. */
  paths: PathSummary[];
}

/** Four skills: the point funders count people from, as "gained four or more skills". */
export const SKILLS_TO_COUNT_A_PERSON = 4;

function noOutcomes(): OutcomeCounts {
  return Object.fromEntries(STEP_OUTCOMES.map((outcome) => [outcome, 0])) as OutcomeCounts;
}

function noAreas(): Record<SkillArea, number> {
  return Object.fromEntries(SKILL_AREAS.map((area) => [area, 0])) as Record<SkillArea, number>;
}

/**
 * Skills gained in these sessions: each learner's completed paths once (a path started again and completed
 * again is one skill), by the area saved with it, and how many learners gained four or more.
 */
export function countSkills(
  sessions: readonly Session[],
): SkillCounts & { byPath: Map<string, { count: number; area: SkillArea }> } {
  const byLearner = new Map<string, Map<string, SkillArea>>();
  for (const session of sessions) {
    const skills = byLearner.get(session.learnerId) ?? new Map<string, SkillArea>();
    for (const skill of session.skillsGained ?? []) if (!skills.has(skill.pathId)) skills.set(skill.pathId, skill.area);
    byLearner.set(session.learnerId, skills);
  }
  const byArea = noAreas();
  const byPath = new Map<string, { count: number; area: SkillArea }>();
  for (const skills of byLearner.values()) {
    for (const [pathId, area] of skills) {
      byArea[area] += 1;
      byPath.set(pathId, { count: (byPath.get(pathId)?.count ?? 0) + 1, area });
    }
  }
  return {
    gained: [...byLearner.values()].reduce((total, skills) => total + skills.size, 0),
    byArea,
    peopleWithFourOrMore: [...byLearner.values()].filter((skills) => skills.size >= SKILLS_TO_COUNT_A_PERSON).length,
    byPath,
  };
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
    const summary = paths.get(pathId) ?? { pathId, sessions: 0, outcomes: noOutcomes(), skillsGained: 0 };
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
  const { byPath, ...skills } = countSkills(inRange);
  for (const [pathId, { count, area }] of byPath) {
    const summary = pathSummary(pathId);
    summary.skillsGained = count;
    summary.skillArea = area;
  }
  return {
    from,
    to,
    sessions: inRange.length,
    learners: new Set(inRange.map((session) => session.learnerId)).size,
    outcomes,
    confidence,
    skills,
    paths: [...paths.values()].sort((a, b) => (a.pathId < b.pathId ? -1 : 1)),
  };
}
