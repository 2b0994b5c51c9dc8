import { SKILL_AREAS, type SkillArea, type StepOutcome } from '../../paths/learning-path.ts';
import { SKILL_AREA_NAMES } from '../../paths/skills.ts';
import type { Session } from '../../store/session.ts';
import type { StepFeedback } from '../../store/step-feedback.ts';
import {
  SKILLS_TO_COUNT_A_PERSON,
  summariseSessions,
  type OutcomeCounts,
  type SkillCounts,
} from '../../store/summarise-sessions.ts';
import { writeCsv, type CsvCell } from '../../util/csv.ts';

/*
 * The session log for funders' reports: counts by month, built on summariseSessions, with the skills
 * gained (by Essential Digital Skills area) and the "Was this clear?" answers for each step. Only counts
 * and path and step titles go in: no names, learner ids, notes, postcodes or organisations, so a helper
 * can send it as it is.
 */

/** "Was this clear?": how many said yes, and how many not really. */
export interface ClearCounts {
  yes: number;
  notReally: number;
}

export interface StepMonth {
  step: string;
  clear: ClearCounts;
}

export interface PathMonth {
  path: string;
  sessions: number;
  outcomes: OutcomeCounts;
  /** People who completed this path that month, counted under `skillArea`. */
  skillsGained: number;
  skillArea?: SkillArea;
  clear: ClearCounts;
  /** Steps someone answered "Was this clear?" on, in the path's own order. */
  steps: StepMonth[];
}

export interface SessionLogMonth {
  /** "2025-06" */
  month: string;
  sessions: number;
  /** Different people with a session that month (counted, never named). */
  people: number;
  outcomes: OutcomeCounts;
  skills: SkillCounts;
  clear: ClearCounts;
  paths: PathMonth[];
}

/** Every month together: people and skills counted once each, however many months they came. */
export interface SessionLogTotals {
  sessions: number;
  people: number;
  outcomes: OutcomeCounts;
  skills: SkillCounts;
  clear: ClearCounts;
}

export interface SessionLog {
  months: SessionLogMonth[];
  allMonths: SessionLogTotals;
}

/** How the log names paths and steps: by their titles, or by their ids when not known here (another computer's). */
export interface LogNames {
  pathTitle: (pathId: string) => string;
  stepTitle: (pathId: string, stepId: string) => string;
  /** Where a step comes in its path, to list steps in order; Infinity when not known. */
  stepOrder: (pathId: string, stepId: string) => number;
}

/** Said at the top of the JSON file and beside the download buttons. */
export const SESSION_LOG_EXPLAINED =
  'Counts of sessions, the people who came, the learning paths used and how the steps went (done, needed help, skipped), month by month. ' +
  `Skills gained are paths completed (their key steps done), by Essential Digital Skills area, with the number of people who gained ${SKILLS_TO_COUNT_A_PERSON} or more. ` +
  'It also counts the answers to "Was this clear?" for each step. ' +
  'It has no names, notes or postcodes, so you can share it with funders.';

/** The last day of a month given as "2025-06": "2025-06-30". */
function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year ?? 0, monthNumber ?? 0, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

function clearOf(feedback: readonly StepFeedback[]): ClearCounts {
  return feedback.reduce(
    (total, counts) => ({ yes: total.yes + counts.clear, notReally: total.notReally + counts.notClear }),
    { yes: 0, notReally: 0 },
  );
}

function pathMonths(
  summary: ReturnType<typeof summariseSessions>,
  feedback: readonly StepFeedback[],
  names: LogNames,
): PathMonth[] {
  const pathIds = [...new Set([...summary.paths.map((path) => path.pathId), ...feedback.map((one) => one.pathId)])];
  return pathIds.sort().map((pathId) => {
    const worked = summary.paths.find((path) => path.pathId === pathId);
    const answers = feedback.filter((one) => one.pathId === pathId);
    return {
      path: names.pathTitle(pathId),
      sessions: worked?.sessions ?? 0,
      outcomes: worked?.outcomes ?? { done: 0, 'needed-help': 0, skipped: 0 },
      skillsGained: worked?.skillsGained ?? 0,
      ...(worked?.skillArea === undefined ? {} : { skillArea: worked.skillArea }),
      clear: clearOf(answers),
      steps: [...answers]
        .sort((a, b) => names.stepOrder(pathId, a.stepId) - names.stepOrder(pathId, b.stepId))
        .map((one) => ({ step: names.stepTitle(pathId, one.stepId), clear: clearOf([one]) })),
    };
  });
}

/**
 * One entry per month with a session or an answer to "Was this clear?", oldest first, and every month
 * together. Pure.
 */
export function sessionLogByMonth(
  sessions: readonly Session[],
  feedback: readonly StepFeedback[],
  names: LogNames,
): SessionLog {
  const months = [
    ...new Set([...sessions.map((session) => session.date.slice(0, 7)), ...feedback.map((one) => one.month)]),
  ].sort();
  const all = summariseSessions(sessions, '0000-01-01', '9999-12-31');
  return {
    months: months.map((month) => {
      const summary = summariseSessions(sessions, `${month}-01`, lastDayOf(month));
      const answers = feedback.filter((one) => one.month === month);
      return {
        month,
        sessions: summary.sessions,
        people: summary.learners,
        outcomes: summary.outcomes,
        skills: summary.skills,
        clear: clearOf(answers),
        paths: pathMonths(summary, answers, names),
      };
    }),
    allMonths: {
      sessions: all.sessions,
      people: all.learners,
      outcomes: all.outcomes,
      skills: all.skills,
      clear: clearOf(feedback),
    },
  };
}

const OUTCOME_COLUMNS: readonly [StepOutcome, string][] = [
  ['done', 'Steps done'],
  ['needed-help', 'Steps that needed help'],
  ['skipped', 'Steps skipped'],
];

const FIELDS = [
  'Month',
  'Path',
  'Sessions',
  'People',
  ...OUTCOME_COLUMNS.map(([, column]) => column),
  'Skills gained',
  ...SKILL_AREAS.map((area) => `Skills gained: ${SKILL_AREA_NAMES[area]}`),
  `People who gained ${SKILLS_TO_COUNT_A_PERSON} or more skills`,
  'Step',
  'Was this clear? Yes',
  'Was this clear? Not really',
];

function outcomeCells(outcomes: OutcomeCounts): CsvCell[] {
  return OUTCOME_COLUMNS.map(([outcome]) => outcomes[outcome]);
}

function skillCells(skills: SkillCounts): CsvCell[] {
  return [skills.gained, ...SKILL_AREAS.map((area) => skills.byArea[area]), skills.peopleWithFourOrMore];
}

/** A path's completions go in the column of its area; the others stay blank. */
function pathSkillCells(skillsGained: number, area: SkillArea | undefined): CsvCell[] {
  return [skillsGained, ...SKILL_AREAS.map((column) => (column === area ? skillsGained : '')), ''];
}

function totalsRow(month: string, totals: SessionLogTotals): CsvCell[] {
  return [
    month,
    'All paths',
    totals.sessions,
    totals.people,
    ...outcomeCells(totals.outcomes),
    ...skillCells(totals.skills),
    '',
    totals.clear.yes,
    totals.clear.notReally,
  ];
}

/**
 * The log as one spreadsheet, columns kept where they were so a funder's sheet still lines up: per month an
 * "All paths" row, a row per path, and a row per step someone answered "Was this clear?" on; then an
 * "All months" row. A cell that starts like a formula is escaped by writeCsv, so a spreadsheet never runs one.
 */
export function sessionLogCsv(log: SessionLog): string {
  const blankCounts = Array.from({ length: 2 + OUTCOME_COLUMNS.length + SKILL_AREAS.length + 2 }, () => '');
  const rows = log.months.flatMap((month) => [
    totalsRow(month.month, month),
    ...month.paths.flatMap((path) => [
      [
        month.month,
        path.path,
        path.sessions,
        '',
        ...outcomeCells(path.outcomes),
        ...pathSkillCells(path.skillsGained, path.skillArea),
        '',
        path.clear.yes,
        path.clear.notReally,
      ],
      ...path.steps.map((step) => [
        month.month,
        path.path,
        ...blankCounts,
        step.step,
        step.clear.yes,
        step.clear.notReally,
      ]),
    ]),
  ]);
  return writeCsv(FIELDS, [...rows, totalsRow('All months', log.allMonths)]);
}

/** The log as JSON, with what it holds said at the top; `made` is when the file was made. */
export function sessionLogJson(log: SessionLog, made: Date): string {
  return JSON.stringify(
    {
      format: 'signpost-session-log',
      version: 2,
      made: made.toISOString(),
      about: SESSION_LOG_EXPLAINED,
      months: log.months,
      allMonths: log.allMonths,
    },
    null,
    2,
  );
}
