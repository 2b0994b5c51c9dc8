import { describe, expect, it } from 'vitest';
import { buildLearnerExport } from '../../../shared/store/learner-export.ts';
import { planImport, type LearnerRecords } from '../../../shared/store/plan-import.ts';
import type { Session } from '../../../shared/store/session.ts';

const EXPORTED = new Date('2025-06-30T10:15:00Z');
const maureen = { id: 'l-1', name: 'Maureen', createdAt: '2025-04-01T09:00:00.000Z' };
const ade = { id: 'l-1', name: 'Ade', createdAt: '2025-04-02T09:00:00.000Z' };
const session = (id: string, learnerId: string, date = '2025-05-02'): Session => ({
  id,
  learnerId,
  date,
  pathIds: [],
  outcomes: [],
});
const nothing: LearnerRecords = { learners: [], sessions: [], progress: [], plans: [] };

function fileOf(records: LearnerRecords) {
  return buildLearnerExport(EXPORTED, records.learners, records.sessions, records.progress, records.plans);
}

/** The device after a plan's writes: what was there plus what the plan adds or replaces. */
function apply(stored: LearnerRecords, writes: LearnerRecords): LearnerRecords {
  const progressKey = (record: { learnerId: string; pathId: string }) => `${record.learnerId} ${record.pathId}`;
  const replaced = new Set(writes.progress.map(progressKey));
  return {
    learners: [...stored.learners, ...writes.learners],
    sessions: [...stored.sessions, ...writes.sessions],
    progress: [...stored.progress.filter((record) => !replaced.has(progressKey(record))), ...writes.progress],
    plans: [
      ...stored.plans.filter((plan) => !writes.plans.some((written) => written.learnerId === plan.learnerId)),
      ...writes.plans,
    ],
  };
}

describe('planImport', () => {
  const maureensDevice: LearnerRecords = {
    learners: [maureen],
    sessions: [session('s-1', 'l-1')],
    progress: [
      {
        learnerId: 'l-1',
        pathId: 'order-a-prescription',
        outcomes: { 'open-the-app': 'needed-help', send: 'skipped' },
      },
    ],
    plans: [],
  };

  it('adds everything to an empty device', () => {
    expect(planImport(nothing, fileOf(maureensDevice)).writes).toEqual(maureensDevice);
  });

  it('writes nothing the device already holds', () => {
    const { writes, report } = planImport(maureensDevice, fileOf(maureensDevice));
    expect(writes).toEqual(nothing);
    expect(report).toEqual({
      learnersAdded: 0,
      sessionsAdded: 0,
      progressUpdated: 0,
      plansUpdated: 0,
      unchanged: 2,
      conflicts: [],
    });
  });

  it('skips a different learner with the same id, with everything of theirs, and reports it', () => {
    const adesDevice: LearnerRecords = { learners: [ade], sessions: [], progress: [], plans: [] };
    const { writes, report } = planImport(adesDevice, fileOf(maureensDevice));
    expect(writes).toEqual(nothing);
    expect(report.conflicts).toMatchObject([
      { kind: 'learner', learnerId: 'l-1', storedName: 'Ade', importedName: 'Maureen' },
    ]);
  });

  it('keeps both learners under different ids when asked, the same ids every time', () => {
    const adesDevice: LearnerRecords = { learners: [ade], sessions: [], progress: [], plans: [] };
    const first = planImport(adesDevice, fileOf(maureensDevice), 'keep-both');
    const again = planImport(adesDevice, fileOf(maureensDevice), 'keep-both');
    const [copy] = first.writes.learners;
    expect(copy).toMatchObject({ name: 'Maureen', createdAt: maureen.createdAt });
    expect(copy?.id).not.toBe('l-1');
    expect(again.writes).toEqual(first.writes);
    expect(first.writes.sessions.map((written) => written.learnerId)).toEqual([copy?.id]);
    expect(first.writes.progress.map((written) => written.learnerId)).toEqual([copy?.id]);
  });

  it('finds a kept copy on the next import and writes nothing', () => {
    const adesDevice: LearnerRecords = { learners: [ade], sessions: [], progress: [], plans: [] };
    const afterFirst = apply(adesDevice, planImport(adesDevice, fileOf(maureensDevice), 'keep-both').writes);
    const second = planImport(afterFirst, fileOf(maureensDevice), 'keep-both');
    expect(second.writes).toEqual(nothing);
    expect(second.report.conflicts).toEqual([]);
  });

  it('reports a session that is different here under the same id, and adds the others', () => {
    const changed: LearnerRecords = {
      ...maureensDevice,
      sessions: [{ ...session('s-1', 'l-1'), date: '2025-05-03' }, session('s-2', 'l-1', '2025-06-01')],
    };
    const { writes, report } = planImport(maureensDevice, fileOf(changed));
    expect(writes.sessions.map((written) => written.id)).toEqual(['s-2']);
    expect(report.conflicts).toMatchObject([
      { kind: 'session', sessionId: 's-1', learnerName: 'Maureen', date: '2025-05-03' },
    ]);
  });

  it('merges progress step by step: any outcome is kept, and done beats needed help beats skipped', () => {
    const otherDevice: LearnerRecords = {
      ...maureensDevice,
      progress: [
        {
          learnerId: 'l-1',
          pathId: 'order-a-prescription',
          outcomes: { 'open-the-app': 'done', 'choose-medicines': 'skipped', send: 'skipped' },
        },
      ],
    };
    const { writes, report } = planImport(maureensDevice, fileOf(otherDevice));
    expect(writes.progress).toEqual([
      {
        learnerId: 'l-1',
        pathId: 'order-a-prescription',
        outcomes: { 'open-the-app': 'done', send: 'skipped', 'choose-medicines': 'skipped' },
      },
    ]);
    expect(report.progressUpdated).toBe(1);
  });

  it('keeps help needed here over a skip in the file, and writes nothing when the file adds nothing', () => {
    const otherDevice: LearnerRecords = {
      ...maureensDevice,
      progress: [{ learnerId: 'l-1', pathId: 'order-a-prescription', outcomes: { 'open-the-app': 'skipped' } }],
    };
    const { writes, report } = planImport(maureensDevice, fileOf(otherDevice));
    expect(writes.progress).toEqual([]);
    expect(report.progressUpdated).toBe(0);
  });

  it('treats the same learner listed twice in a file as one', () => {
    const file = fileOf(maureensDevice);
    const twice = { ...file, learners: [...file.learners, ...file.learners] };
    const { writes, report } = planImport(nothing, twice);
    expect(writes).toEqual(maureensDevice);
    expect(report).toMatchObject({ learnersAdded: 1, sessionsAdded: 1, conflicts: [] });
  });
});
