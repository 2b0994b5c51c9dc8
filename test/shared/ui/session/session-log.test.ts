import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../../shared/store/session.ts';
import { sessionLogByMonth, sessionLogCsv, sessionLogJson } from '../../../../shared/ui/session/session-log.ts';

function session(id: string, learnerId: string, date: string, outcomes: Session['outcomes']): Session {
  return {
    id,
    learnerId,
    date,
    pathIds: [...new Set(outcomes.map((outcome) => outcome.pathId))],
    outcomes,
    notes: 'Lives at 1 High Street',
    outcode: 'S1',
  };
}

const sessions: Session[] = [
  session('s1', 'learner-sam', '2025-05-31', [{ pathId: 'email', stepId: 'a', outcome: 'done' }]),
  session('s2', 'learner-sam', '2025-06-01', [
    { pathId: 'email', stepId: 'b', outcome: 'needed-help' },
    { pathId: 'video', stepId: 'a', outcome: 'skipped' },
  ]),
  session('s3', 'learner-ade', '2025-06-30', [{ pathId: 'email', stepId: 'c', outcome: 'done' }]),
];
const titles: Record<string, string> = { email: 'Set up your own email', video: '=HYPERLINK("http://bad.example")' };
const title = (pathId: string) => titles[pathId] ?? pathId;

describe('the session log for funders', () => {
  it('counts sessions, people and outcomes by month, first day to last day', () => {
    const log = sessionLogByMonth(sessions, title);
    expect(log.map(({ month, sessions: count, people, outcomes }) => ({ month, count, people, outcomes }))).toEqual([
      { month: '2025-05', count: 1, people: 1, outcomes: { done: 1, 'needed-help': 0, skipped: 0 } },
      { month: '2025-06', count: 2, people: 2, outcomes: { done: 1, 'needed-help': 1, skipped: 1 } },
    ]);
    expect(log[1]?.paths.map((path) => [path.path, path.sessions])).toEqual([
      ['Set up your own email', 2],
      ['=HYPERLINK("http://bad.example")', 1],
    ]);
  });

  it('holds no names, learner ids, notes or postcodes', () => {
    const files =
      sessionLogCsv(sessionLogByMonth(sessions, title)) +
      sessionLogJson(sessionLogByMonth(sessions, title), new Date('2025-07-01T09:00:00Z'));
    for (const secret of ['learner-sam', 'learner-ade', 'High Street', 'S1', 's2']) expect(files).not.toContain(secret);
  });

  it('gives a spreadsheet with an "All paths" row per month and a row per path', () => {
    const rows = Papa.parse<string[]>(sessionLogCsv(sessionLogByMonth(sessions, title))).data;
    expect(rows[0]).toEqual([
      'Month',
      'Path',
      'Sessions',
      'People',
      'Steps done',
      'Steps that needed help',
      'Steps skipped',
    ]);
    expect(rows[1]).toEqual(['2025-05', 'All paths', '1', '1', '1', '0', '0']);
    expect(rows[2]).toEqual(['2025-05', 'Set up your own email', '1', '', '1', '0', '0']);
  });

  it('never lets a spreadsheet run a path title as a formula', () => {
    const rows = Papa.parse<string[]>(sessionLogCsv(sessionLogByMonth(sessions, title))).data;
    expect(rows.find((row) => row[1]?.includes('HYPERLINK'))?.[1]).toBe('\'=HYPERLINK("http://bad.example")');
  });

  it('says what the JSON file holds at its top', () => {
    const json = JSON.parse(sessionLogJson(sessionLogByMonth(sessions, title), new Date('2025-07-01T09:00:00Z')));
    expect(json.about).toContain('no names');
    expect(json.months).toHaveLength(2);
  });
});
