import { describe, expect, it } from 'vitest';
import { LEARNER_NAME_HIDDEN } from '../../../shared/store/check-learner-name.ts';
import {
  buildLearnerExport,
  LEARNER_EXPORT_VERSION,
  LEARNERS_FILE_WARNING_BYTES,
  learnersFileText,
  MAX_LEARNERS_FILE_BYTES,
  parseLearnerExport,
} from '../../../shared/store/learner-export.ts';
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
      version: 3,
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

describe('what is actually wrong with a file', () => {
  const file = buildLearnerExport(new Date('2025-06-30T10:15:00Z'), [maureen], [sessionOf('s1', 'maureen')], []);
  const refusedWith = (data: unknown) => {
    const parsed = parseLearnerExport(data);
    return parsed.ok ? 'accepted' : parsed.message;
  };

  it('says "made by a newer version" only when the version really is newer', () => {
    expect(refusedWith({ ...file, version: LEARNER_EXPORT_VERSION + 1 })).toBe(
      'This file was made by a newer version of Signpost. Update Signpost, then try again. Nothing was imported.',
    );
    for (const version of ['3', 0, -1, 2.5, null, undefined, 'newest']) {
      expect(refusedWith({ ...file, version }), `version ${String(version)}`).toBe(
        'This learners file is damaged: its version is missing or wrong. Nothing was imported.',
      );
    }
  });

  it('says a damaged file of the current version is damaged, not newer', () => {
    expect(refusedWith({ ...file, learners: 'everyone' })).toBe('The learners must be a list. Nothing was imported.');
    expect(refusedWith({ ...file, learners: [{ id: 'x' }] })).not.toMatch(/newer/);
  });

  it('says a file that is not JSON, or not ours, is not a learners file', () => {
    expect(refusedWith('{"format": "signpost-lear')).toBe(
      'This is not a Signpost learners file. Nothing was imported.',
    );
    expect(refusedWith([1, 2])).toBe('This is not a Signpost learners file. Nothing was imported.');
    expect(refusedWith({ format: 'signpost-pack', version: 1 })).toBe(
      'This is not a Signpost learners file. Nothing was imported.',
    );
  });

  it('reads a version 2 file, from before plans', () => {
    const parsed = parseLearnerExport({ ...file, version: 2 });
    expect(parsed.ok && parsed.value.version).toBe(LEARNER_EXPORT_VERSION);
    expect(parsed.ok && parsed.value.learners[0]?.plan).toBeUndefined();
  });

  it('refuses a learner name that would show reversed, saying so', () => {
    const reversed = { ...file, learners: [{ ...file.learners[0], name: '\u202Eanna' }] };
    expect(refusedWith(reversed)).toBe(`${LEARNER_NAME_HIDDEN} Nothing was imported.`);
  });
});

describe('learnersFileText: one size limit for saving and opening', () => {
  /** A file whose one learner has `sessions` sessions, each with long notes. */
  function fileOfSize(sessions: number) {
    const notes = 'Practised the NHS App. '.repeat(80);
    const many = Array.from({ length: sessions }, (_, index) => ({
      ...sessionOf(`s${index}`, 'maureen'),
      notes,
    }));
    return buildLearnerExport(new Date('2025-06-30T10:15:00Z'), [maureen], many, []);
  }

  it('gives the text of a small file with no warning', () => {
    const result = learnersFileText(fileOfSize(2));
    expect(result.ok && result.value.warning).toBeUndefined();
    expect(result.ok && JSON.parse(result.value.text).learners[0].sessions).toHaveLength(2);
  });

  it('warns when the file is nearly too big to open elsewhere, and still gives it', () => {
    const result = learnersFileText(fileOfSize(2300));
    expect(result.ok && result.value.bytes).toBeGreaterThan(LEARNERS_FILE_WARNING_BYTES);
    expect(result.ok && result.value.warning).toMatch(
      /^This file is 4\.\d MB\. Signpost cannot open a learners file over 5\.0 MB, so it is nearly too big\./,
    );
  });

  it('refuses a file too big to open on another computer, saying how to save less', () => {
    const result = learnersFileText(fileOfSize(2800));
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    expect(!result.ok && result.message).toMatch(
      /^This file would be 5\.\d MB, too big for Signpost to open on another computer \(the most is 5\.0 MB\)\. Nothing was saved\./,
    );
  });

  it('uses the same limit as opening a file', () => {
    expect(MAX_LEARNERS_FILE_BYTES).toBe(5_000_000);
    const bytes = new TextEncoder().encode(JSON.stringify(fileOfSize(2800), null, 2)).length;
    expect(bytes).toBeGreaterThan(MAX_LEARNERS_FILE_BYTES);
  });
});
