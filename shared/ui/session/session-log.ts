import type { StepOutcome } from '../../paths/learning-path.ts';
import type { Session } from '../../store/session.ts';
import { summariseSessions, type OutcomeCounts } from '../../store/summarise-sessions.ts';
import { writeCsv } from '../../util/csv.ts';

/*
 * The session log for funders' reports: counts by month, built on summariseSessions. Only counts and path
 * titles go in: no names, learner ids, notes, postcodes or organisations, so a helper can send it as it is.
 */

export interface PathMonth {
  path: string;
  sessions: number;
  outcomes: OutcomeCounts;
}

export interface SessionLogMonth {
  /** "2025-06" */
  month: string;
  sessions: number;
  /** Different people with a session that month (counted, never named). */
  people: number;
  outcomes: OutcomeCounts;
  paths: PathMonth[];
}

/** Said at the top of the JSON file and beside the download buttons. */
export const SESSION_LOG_EXPLAINED =
  'Counts of sessions, the people who came, the learning paths used and how the steps went (done, needed help, skipped), month by month. ' +
  'It has no names, notes or postcodes, so you can share it with funders.';

/** The last day of a month given as "2025-06": "2025-06-30". */
function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year ?? 0, monthNumber ?? 0, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/**
 * One entry per month that has a session, oldest first. `pathTitle` names a path by its id; give back the
 * id when the path is not known here (a session brought in from another computer). Pure.
 */
export function sessionLogByMonth(
  sessions: readonly Session[],
  pathTitle: (pathId: string) => string,
): SessionLogMonth[] {
  const months = [...new Set(sessions.map((session) => session.date.slice(0, 7)))].sort();
  return months.map((month) => {
    const summary = summariseSessions(sessions, `${month}-01`, lastDayOf(month));
    return {
      month,
      sessions: summary.sessions,
      people: summary.learners,
      outcomes: summary.outcomes,
      paths: summary.paths.map(({ pathId, sessions: pathSessions, outcomes }) => ({
        path: pathTitle(pathId),
        sessions: pathSessions,
        outcomes,
      })),
    };
  });
}

const OUTCOME_COLUMNS: readonly [StepOutcome, string][] = [
  ['done', 'Steps done'],
  ['needed-help', 'Steps that needed help'],
  ['skipped', 'Steps skipped'],
];

/**
 * The log as a spreadsheet: per month one "All paths" row (with the number of people), then a row per
 * path. A cell that starts like a formula is escaped, so a spreadsheet never runs one.
 */
export function sessionLogCsv(log: readonly SessionLogMonth[]): string {
  const fields = ['Month', 'Path', 'Sessions', 'People', ...OUTCOME_COLUMNS.map(([, column]) => column)];
  const counts = (outcomes: OutcomeCounts) => OUTCOME_COLUMNS.map(([outcome]) => outcomes[outcome]);
  const data = log.flatMap((month) => [
    [month.month, 'All paths', month.sessions, month.people, ...counts(month.outcomes)],
    ...month.paths.map((path) => [month.month, path.path, path.sessions, '', ...counts(path.outcomes)]),
  ]);
  return writeCsv(fields, data);
}

/** The log as JSON, with what it holds said at the top; `made` is when the file was made. */
export function sessionLogJson(log: readonly SessionLogMonth[], made: Date): string {
  return JSON.stringify(
    { format: 'signpost-session-log', version: 1, made: made.toISOString(), about: SESSION_LOG_EXPLAINED, months: log },
    null,
    2,
  );
}
