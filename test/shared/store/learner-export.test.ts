import { describe, expect, it } from 'vitest';
import { buildLearnerExport, parseLearnerExport } from '../../../shared/store/learner-export.ts';
import type { Session } from '../../../shared/store/session.ts';

const maureen = { id: 'maureen', name: 'Maureen', createdAt: '2025-04-01T09:00:00.000Z' };
const ade = { id: 'ade', name: 'Ade', createdAt: '2025-04-02T09:00:00.000Z' };
const sessionOf = (id: string, learnerId: string): Session => ({
  id,
  learnerId,
  date: '2025-05-02',
  pathIds: [],
  outcomes: [],
});

describe('buildLearnerExport', () => {
  it("puts each learner's own sessions and progress inside them, without repeating the learner id", () => {
    const file = buildLearnerExport(
      new Date('2025-06-30T10:15:00Z'),
      [maureen, ade],
      [sessionOf('s1', 'maureen'), sessionOf('s2', 'ade')],
      [{ learnerId: 'ade', pathId: 'order-a-prescription', outcomes: { 'open-the-app': 'needed-help' } }],
    );
    expect(file).toEqual({
      format: 'signpost-learners',
      version: 2,
      exported: '2025-06-30T10:15:00.000Z',
      learners: [
        { ...maureen, sessions: [{ id: 's1', date: '2025-05-02', pathIds: [], outcomes: [] }], progress: [] },
        {
          ...ade,
          sessions: [{ id: 's2', date: '2025-05-02', pathIds: [], outcomes: [] }],
          progress: [{ pathId: 'order-a-prescription', outcomes: { 'open-the-app': 'needed-help' } }],
        },
      ],
    });
  });
});

describe('parseLearnerExport', () => {
  const file = buildLearnerExport(new Date('2025-06-30T10:15:00Z'), [maureen], [sessionOf('s1', 'maureen')], []);

  it('reads a file from its text', () => {
    expect(parseLearnerExport(JSON.stringify(file))).toEqual({ ok: true, value: file });
  });

  it('drops fields it does not know, so nothing unexpected is stored', () => {
    const withExtra = { ...file, learners: [{ ...file.learners[0], surname: 'Smith' }] };
    const parsed = parseLearnerExport(withExtra);
    expect(parsed.ok && parsed.value.learners[0]).not.toHaveProperty('surname');
  });

  it('reads a version 1 file, from before outcomes were kept, as steps done', () => {
    const versionOne = {
      ...file,
      version: 1,
      learners: [
        {
          ...file.learners[0],
          progress: [{ pathId: 'order-a-prescription', stepsDone: ['open-the-app', 'choose-medicines'] }],
        },
      ],
    };
    expect(parseLearnerExport(JSON.stringify(versionOne))).toEqual({
      ok: true,
      value: {
        ...file,
        learners: [
          {
            ...file.learners[0],
            progress: [
              { pathId: 'order-a-prescription', outcomes: { 'open-the-app': 'done', 'choose-medicines': 'done' } },
            ],
          },
        ],
      },
    });
  });

  it('refuses a step outcome it does not know, saying which ones it knows', () => {
    const strange = {
      ...file,
      learners: [
        { ...file.learners[0], progress: [{ pathId: 'order-a-prescription', outcomes: { 'open-the-app': 'nearly' } }] },
      ],
    };
    expect(parseLearnerExport(strange)).toMatchObject({
      ok: false,
      message: 'A step outcome must be done, needed-help or skipped. Nothing was imported.',
    });
  });

  it('refuses another kind of file', () => {
    expect(parseLearnerExport({ type: 'FeatureCollection' })).toEqual({
      ok: false,
      kind: 'invalid',
      message: 'This is not a Signpost learners file. Nothing was imported.',
    });
  });

  it('says which part is wrong in plain words', () => {
    const badDate = {
      ...file,
      learners: [{ ...file.learners[0], sessions: [{ ...file.learners[0]!.sessions[0], date: '02/05/2025' }] }],
    };
    expect(parseLearnerExport(badDate)).toMatchObject({
      ok: false,
      message: 'The session date must look like 2025-06-30 (year-month-day). Nothing was imported.',
    });
  });

  it('refuses a session whose area is a full postcode', () => {
    const fullPostcode = {
      ...file,
      learners: [{ ...file.learners[0], sessions: [{ ...file.learners[0]!.sessions[0], outcode: 'S1 2HE' }] }],
    };
    expect(parseLearnerExport(fullPostcode)).toMatchObject({
      ok: false,
      message: 'Use only the first part of a postcode, like S1 or SK14. Nothing was imported.',
    });
  });
});
