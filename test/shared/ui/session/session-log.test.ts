import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../../shared/store/session.ts';
import type { StepFeedback } from '../../../../shared/store/step-feedback.ts';
import {
  sessionLogByMonth,
  sessionLogCsv,
  sessionLogJson,
  type LogNames,
} from '../../../../shared/ui/session/session-log.ts';

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
const names: LogNames = {
  pathTitle: (pathId) => titles[pathId] ?? pathId,
  stepTitle: (_pathId, stepId) => `Step ${stepId}`,
  stepOrder: (_pathId, stepId) => stepId.charCodeAt(0),
};
/** The months of the log, as the tests before "every month together" read it. */
const byMonth = (list: readonly Session[], feedback: readonly StepFeedback[] = []) =>
  sessionLogByMonth(list, feedback, names);

describe('the session log for funders', () => {
  it('counts sessions, people and outcomes by month, first day to last day', () => {
    const log = byMonth(sessions).months;
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
      sessionLogCsv(byMonth(sessions)) + sessionLogJson(byMonth(sessions), new Date('2025-07-01T09:00:00Z'));
    for (const secret of ['learner-sam', 'learner-ade', 'High Street', 'S1', 's2']) expect(files).not.toContain(secret);
  });

  it('gives a spreadsheet with an "All paths" row per month and a row per path', () => {
    const rows = Papa.parse<string[]>(sessionLogCsv(byMonth(sessions))).data;
    // The first seven columns stay where they were, so a funder's spreadsheet still lines up.
    expect(rows[0]?.slice(0, 7)).toEqual([
      'Month',
      'Path',
      'Sessions',
      'People',
      'Steps done',
      'Steps that needed help',
      'Steps skipped',
    ]);
    expect(rows[1]?.slice(0, 7)).toEqual(['2025-05', 'All paths', '1', '1', '1', '0', '0']);
    expect(rows[2]?.slice(0, 7)).toEqual(['2025-05', 'Set up your own email', '1', '', '1', '0', '0']);
  });

  it('never lets a spreadsheet run a path title as a formula', () => {
    const rows = Papa.parse<string[]>(sessionLogCsv(byMonth(sessions))).data;
    expect(rows.find((row) => row[1]?.includes('HYPERLINK'))?.[1]).toBe('\'=HYPERLINK("http://bad.example")');
  });

  it('says what the JSON file holds at its top', () => {
    const json = JSON.parse(sessionLogJson(byMonth(sessions), new Date('2025-07-01T09:00:00Z')));
    expect(json.about).toContain('no names');
    expect(json.months).toHaveLength(2);
  });
});

describe('skills gained and "Was this clear?" in the session log', () => {
  const skilled: Session[] = [
    {
      ...session('k1', 'learner-sam', '2025-06-03', [{ pathId: 'email', stepId: 'a', outcome: 'done' }]),
      skillsGained: [
        { pathId: 'email', area: 'communicating', for: 'life' },
        { pathId: 'video', area: 'communicating', for: 'life' },
        { pathId: 'nhs-app', area: 'transacting', for: 'life' },
        { pathId: 'safe', area: 'being-safe-and-legal-online', for: 'life' },
      ],
    },
    {
      ...session('k2', 'learner-ade', '2025-07-09', [{ pathId: 'email', stepId: 'b', outcome: 'done' }]),
      skillsGained: [{ pathId: 'email', area: 'communicating', for: 'life' }],
    },
  ];
  const feedback: StepFeedback[] = [
    { month: '2025-06', pathId: 'email', stepId: 'b', clear: 3, notClear: 1 },
    { month: '2025-06', pathId: 'email', stepId: 'a', clear: 0, notClear: 2 },
    { month: '2025-08', pathId: 'video', stepId: 'a', clear: 1, notClear: 0 },
  ];
  const csvRows = () => Papa.parse<string[]>(sessionLogCsv(byMonth(skilled, feedback)), { skipEmptyLines: true }).data;
  const column = (name: string) => csvRows()[0]!.indexOf(name);

  it('counts skills gained by area, and people who gained four or more, month by month and in all', () => {
    const log = byMonth(skilled, feedback);
    expect(log.months.map((month) => [month.month, month.skills.gained, month.skills.peopleWithFourOrMore])).toEqual([
      ['2025-06', 4, 1],
      ['2025-07', 1, 0],
      ['2025-08', 0, 0],
    ]);
    expect(log.allMonths.skills).toMatchObject({
      gained: 5,
      byArea: { communicating: 3, transacting: 1, 'being-safe-and-legal-online': 1, foundation: 0 },
      peopleWithFourOrMore: 1,
    });
  });

  it('puts the skills in their own columns, with an "All months" row last', () => {
    const rows = csvRows();
    expect(rows[0]).toEqual([
      'Month',
      'Path',
      'Sessions',
      'People',
      'Steps done',
      'Steps that needed help',
      'Steps skipped',
      'Skills gained',
      'Skills gained: Foundation skills',
      'Skills gained: Communicating',
      'Skills gained: Handling information and content',
      'Skills gained: Transacting',
      'Skills gained: Problem solving',
      'Skills gained: Being safe and legal online',
      'People who gained 4 or more skills',
      'Step',
      'Was this clear? Yes',
      'Was this clear? Not really',
    ]);
    const june = rows.find((row) => row[0] === '2025-06' && row[1] === 'All paths')!;
    expect(june.slice(column('Skills gained'), column('Step'))).toEqual(['4', '0', '2', '0', '1', '0', '1', '1']);
    const all = rows.at(-1)!;
    expect(all.slice(0, 2)).toEqual(['All months', 'All paths']);
    expect(all[column('Skills gained')]).toBe('5');
    expect(all[column('People who gained 4 or more skills')]).toBe('1');
    expect(all[column('People')]).toBe('2');
    const emailInJune = rows.find(
      (row) => row[0] === '2025-06' && row[1] === 'Set up your own email' && row[15] === '',
    )!;
    expect(emailInJune[column('Skills gained: Communicating')]).toBe('1');
    expect(emailInJune[column('Skills gained: Transacting')]).toBe('');
  });

  it('counts "Was this clear?" for each step, in the path\'s order, under its path and month', () => {
    const rows = csvRows();
    const stepRows = rows.filter((row) => row[column('Step')] !== '' && row[0] !== 'Month');
    expect(
      stepRows.map((row) => [
        row[0],
        row[1],
        row[column('Step')],
        row[column('Was this clear? Yes')],
        row[column('Was this clear? Not really')],
      ]),
    ).toEqual([
      ['2025-06', 'Set up your own email', 'Step a', '0', '2'],
      ['2025-06', 'Set up your own email', 'Step b', '3', '1'],
      ['2025-08', '\'=HYPERLINK("http://bad.example")', 'Step a', '1', '0'],
    ]);
    expect(rows.at(-1)![column('Was this clear? Yes')]).toBe('4');
    expect(rows.at(-1)![column('Was this clear? Not really')]).toBe('3');
  });

  it('holds no personal data: no learner ids, names, notes, postcodes or organisations, in either file', () => {
    const personal: Session[] = skilled.map((one) => ({
      ...one,
      notes: 'Maureen lives at 1 High Street',
      outcode: 'S11',
      helperOrganisation: 'Riverside Surgery',
      confidence: 3,
    }));
    const files = [sessionLogCsv(byMonth(personal, feedback)), sessionLogJson(byMonth(personal, feedback), new Date())];
    for (const file of files) {
      for (const secret of ['learner-sam', 'learner-ade', 'Maureen', 'High Street', 'S11', 'Riverside', 'k1', 'k2'])
        expect(file).not.toContain(secret);
    }
    const json = JSON.parse(files[1]!);
    expect(json.allMonths.skills.peopleWithFourOrMore).toBe(1);
    expect(json.version).toBe(2);
  });
});
