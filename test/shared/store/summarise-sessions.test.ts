import { describe, expect, it } from 'vitest';
import type { SkillArea } from '../../../shared/paths/learning-path.ts';
import type { Session } from '../../../shared/store/session.ts';
import { summariseSessions } from '../../../shared/store/summarise-sessions.ts';

function session(id: string, learnerId: string, date: string, extra: Partial<Session> = {}): Session {
  return {
    id,
    learnerId,
    date,
    pathIds: ['order-a-prescription'],
    outcomes: [
      { pathId: 'order-a-prescription', stepId: 'open-the-app', outcome: 'done' },
      { pathId: 'order-a-prescription', stepId: 'choose-medicines', outcome: 'needed-help' },
    ],
    notes: 'Maureen was nervous at first.',
    outcode: 'S1',
    helperOrganisation: 'Sheffield Libraries',
    ...extra,
  };
}

const sessions: Session[] = [
  session('s1', 'maureen', '2025-03-31'),
  session('s2', 'maureen', '2025-04-01', { confidence: 2 }),
  session('s3', 'ade', '2025-04-15', {
    pathIds: ['order-a-prescription', 'video-call-family'],
    outcomes: [
      { pathId: 'order-a-prescription', stepId: 'open-the-app', outcome: 'done' },
      { pathId: 'video-call-family', stepId: 'install-the-app', outcome: 'skipped' },
    ],
    confidence: 4,
  }),
  session('s4', 'maureen', '2025-06-30', { confidence: 4 }),
  session('s5', 'ade', '2025-07-01'),
];

describe('summariseSessions', () => {
  it('counts sessions, learners, outcomes and confidence from the first day to the last, both included', () => {
    const summary = summariseSessions(sessions, '2025-04-01', '2025-06-30');
    expect(summary).toMatchObject({
      from: '2025-04-01',
      to: '2025-06-30',
      sessions: 3,
      learners: 2,
      outcomes: { done: 3, 'needed-help': 2, skipped: 1 },
      confidence: { 1: 0, 2: 1, 3: 0, 4: 2, 5: 0 },
    });
  });

  it('counts each path with its own outcomes', () => {
    expect(summariseSessions(sessions, '2025-04-01', '2025-06-30').paths).toEqual([
      {
        pathId: 'order-a-prescription',
        sessions: 3,
        outcomes: { done: 3, 'needed-help': 2, skipped: 0 },
        skillsGained: 0,
      },
      {
        pathId: 'video-call-family',
        sessions: 1,
        outcomes: { done: 0, 'needed-help': 0, skipped: 1 },
        skillsGained: 0,
      },
    ]);
  });

  it('holds no names, notes, ids, postcodes or organisations', () => {
    const text = JSON.stringify(summariseSessions(sessions, '2025-01-01', '2025-12-31'));
    for (const personal of ['maureen', 'ade', 'Maureen', 'nervous', 'S1', 'Sheffield', 's2'])
      expect(text).not.toContain(`"${personal}`);
  });

  it('counts nothing when the range starts after it ends', () => {
    expect(summariseSessions(sessions, '2025-07-01', '2025-04-01')).toMatchObject({
      sessions: 0,
      learners: 0,
      paths: [],
      outcomes: { done: 0 },
    });
  });
});

describe('skills gained', () => {
  const skill = (pathId: string, area: SkillArea) => ({ pathId, area, for: 'life' as const });
  const withSkills: Session[] = [
    session('a1', 'maureen', '2025-05-01', {
      skillsGained: [
        skill('getting-the-nhs-app', 'transacting'),
        skill('staying-safe-online', 'being-safe-and-legal-online'),
      ],
    }),
    session('a2', 'maureen', '2025-05-20', {
      skillsGained: [skill('setting-up-email', 'communicating'), skill('using-a-touch-screen', 'foundation')],
    }),
    // Completed again after starting afresh: still one skill.
    session('a3', 'maureen', '2025-06-02', { skillsGained: [skill('setting-up-email', 'communicating')] }),
    session('a4', 'ade', '2025-05-03', { skillsGained: [skill('setting-up-email', 'communicating')] }),
    session('a5', 'ade', '2025-05-04'),
  ];

  it('counts each learner and path once, by the area saved with it', () => {
    expect(summariseSessions(withSkills, '2025-05-01', '2025-06-30').skills).toEqual({
      gained: 5,
      byArea: {
        foundation: 1,
        communicating: 2,
        'handling-information-and-content': 0,
        transacting: 1,
        'problem-solving': 0,
        'being-safe-and-legal-online': 1,
      },
      peopleWithFourOrMore: 1,
    });
  });

  it('counts people who gained four or more skills within the range only', () => {
    expect(summariseSessions(withSkills, '2025-05-02', '2025-06-30').skills.peopleWithFourOrMore).toBe(0);
    expect(summariseSessions(withSkills, '2025-05-02', '2025-06-30').skills.gained).toBe(3);
  });

  it('gives each path its completions and their area', () => {
    const email = summariseSessions(withSkills, '2025-05-01', '2025-05-31').paths.find(
      (path) => path.pathId === 'setting-up-email',
    );
    expect(email).toMatchObject({ skillsGained: 2, skillArea: 'communicating' });
  });

  it('counts no skills from sessions saved before skills were counted', () => {
    expect(summariseSessions(sessions, '2025-01-01', '2025-12-31').skills.gained).toBe(0);
  });
});
