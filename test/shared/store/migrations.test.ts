import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLearnerDatabase } from '../../../shared/store/open-learner-database.ts';
import {
  LEARNER_DB_VERSION,
  MIGRATIONS,
  type LearnerDBV1,
  type LearnerDBV2,
  type LearnerDBV3,
  type LearnerV1,
  type ProgressV2,
  type SessionV1,
} from '../../../shared/store/migrations.ts';
import { freshDatabaseName, openOldDatabase, openTestStore, valueOf } from './test-store.ts';

const maureenV1: LearnerV1 = {
  id: 'maureen',
  name: 'Maureen',
  createdAt: '2025-04-01T09:00:00.000Z',
  progress: { 'order-a-prescription': ['open-the-app', 'choose-medicines'], 'video-call-family': [] },
};
const adeV1: LearnerV1 = { id: 'ade', name: 'Ade', createdAt: '2025-04-02T09:00:00.000Z', progress: {} };

function sessionV1(id: string, learnerId: string, date: string): SessionV1 {
  return {
    id,
    learnerId,
    date,
    pathIds: ['order-a-prescription'],
    outcomes: [{ pathId: 'order-a-prescription', stepId: 'open-the-app', outcome: 'done' }],
    confidence: 4,
    outcode: 'S1',
  };
}

/** A device that last ran the first release: a version 1 database, made by the version 1 migration alone. */
async function versionOneDatabaseWithLearners(): Promise<string> {
  const name = freshDatabaseName();
  const db = await openOldDatabase<LearnerDBV1>(name, 1);
  await db.put('learners', maureenV1);
  await db.put('learners', adeV1);
  for (const session of [
    sessionV1('s-june', 'maureen', '2025-06-12'),
    sessionV1('s-may', 'maureen', '2025-05-02'),
    sessionV1('s-ade', 'ade', '2025-05-20'),
  ]) {
    await db.put('sessions', session);
  }
  db.close();
  return name;
}

/** A device that last ran the second release: progress in its own store, as the ids of the steps done. */
async function versionTwoDatabaseWithProgress(): Promise<string> {
  const name = freshDatabaseName();
  const db = await openOldDatabase<LearnerDBV2>(name, 2);
  await db.put('learners', { id: 'maureen', name: 'Maureen', createdAt: '2025-04-01T09:00:00.000Z' });
  await db.put('sessions', sessionV1('s-may', 'maureen', '2025-05-02'));
  await db.put('progress', {
    learnerId: 'maureen',
    pathId: 'order-a-prescription',
    stepsDone: ['open-the-app', 'choose-medicines'],
  });
  await db.put('progress', { learnerId: 'maureen', pathId: 'video-call-family', stepsDone: [] });
  db.close();
  return name;
}

describe('learner database migrations', () => {
  it('has one migration for each version, starting from nothing', () => {
    expect(LEARNER_DB_VERSION).toBe(MIGRATIONS.length);
    expect(LEARNER_DB_VERSION).toBeGreaterThanOrEqual(3);
  });

  it('keeps every learner from a version 1 device, without the old progress field', async () => {
    const store = await openTestStore(await versionOneDatabaseWithLearners());
    expect(valueOf(await store.listLearners())).toEqual([
      { id: 'ade', name: 'Ade', createdAt: '2025-04-02T09:00:00.000Z' },
      { id: 'maureen', name: 'Maureen', createdAt: '2025-04-01T09:00:00.000Z' },
    ]);
  });

  it("moves a version 1 learner's progress to where the player resumes from", async () => {
    const store = await openTestStore(await versionOneDatabaseWithLearners());
    expect(valueOf(await store.getProgress('maureen', 'order-a-prescription'))?.outcomes).toEqual({
      'open-the-app': 'done',
      'choose-medicines': 'done',
    });
    expect(valueOf(await store.getProgress('maureen', 'video-call-family'))?.outcomes).toEqual({});
  });

  it('upgrades a version 2 device losing nothing: each step done stays done, and the learner and sessions stay', async () => {
    const store = await openTestStore(await versionTwoDatabaseWithProgress());
    expect(valueOf(await store.getProgress('maureen', 'order-a-prescription'))).toEqual({
      learnerId: 'maureen',
      pathId: 'order-a-prescription',
      outcomes: { 'open-the-app': 'done', 'choose-medicines': 'done' },
    });
    expect(valueOf(await store.getProgress('maureen', 'video-call-family'))?.outcomes).toEqual({});
    expect(valueOf(await store.listLearners()).map((learner) => learner.name)).toEqual(['Maureen']);
    expect(valueOf(await store.listSessions('maureen'))).toEqual([sessionV1('s-may', 'maureen', '2025-05-02')]);
  });

  it('upgrades a version 2 device whose progress record lost its list of steps done, as no steps done', async () => {
    const name = freshDatabaseName();
    const db = await openOldDatabase<LearnerDBV2>(name, 2);
    await db.put('learners', { id: 'maureen', name: 'Maureen', createdAt: '2025-04-01T09:00:00.000Z' });
    // Damaged or hand-edited: the list is missing from one record and is not a list in another.
    await db.put('progress', { learnerId: 'maureen', pathId: 'order-a-prescription' } as ProgressV2);
    await db.put('progress', {
      learnerId: 'maureen',
      pathId: 'video-call-family',
      stepsDone: 'open-the-app',
    } as unknown as ProgressV2);
    db.close();
    const store = await openTestStore(name);
    expect(valueOf(await store.getProgress('maureen', 'order-a-prescription'))?.outcomes).toEqual({});
    expect(valueOf(await store.getProgress('maureen', 'video-call-family'))?.outcomes).toEqual({});
    expect(valueOf(await store.listLearners()).map((learner) => learner.name)).toEqual(['Maureen']);
  });

  it('upgrades a version 1 device whose learner lost their progress, keeping the learner', async () => {
    const name = freshDatabaseName();
    const db = await openOldDatabase<LearnerDBV1>(name, 1);
    await db.put('learners', { id: 'ade', name: 'Ade', createdAt: '2025-04-02T09:00:00.000Z' } as LearnerV1);
    db.close();
    const store = await openTestStore(name);
    expect(valueOf(await store.listLearners()).map((learner) => learner.name)).toEqual(['Ade']);
    expect(valueOf(await store.getProgress('ade', 'order-a-prescription'))).toBeUndefined();
  });

  it('keeps saving and reading outcomes on a device upgraded from version 2', async () => {
    const store = await openTestStore(await versionTwoDatabaseWithProgress());
    const outcomes = { 'open-the-app': 'done', 'choose-medicines': 'needed-help', send: 'skipped' } as const;
    valueOf(await store.saveProgress('maureen', 'order-a-prescription', outcomes));
    expect(valueOf(await store.getProgress('maureen', 'order-a-prescription'))?.outcomes).toEqual(outcomes);
  });

  it("keeps every version 1 session, and lists a learner's in date order", async () => {
    const store = await openTestStore(await versionOneDatabaseWithLearners());
    expect(valueOf(await store.listSessions('maureen'))).toEqual([
      sessionV1('s-may', 'maureen', '2025-05-02'),
      sessionV1('s-june', 'maureen', '2025-06-12'),
    ]);
    expect(valueOf(await store.listSessions())).toHaveLength(3);
  });

  it('exports a learner from a version 1 device with all their history', async () => {
    const store = await openTestStore(await versionOneDatabaseWithLearners());
    const [maureen] = valueOf(await store.exportLearner('maureen')).learners;
    expect(maureen?.sessions.map((session) => session.id)).toEqual(['s-may', 's-june']);
    expect(maureen?.progress.map((record) => record.pathId)).toEqual(['order-a-prescription', 'video-call-family']);
  });

  it('upgrades a version 3 device (the last release) to care plans, keeping every learner, session and step', async () => {
    const name = freshDatabaseName();
    const db = await openOldDatabase<LearnerDBV3>(name, 3);
    await db.put('learners', { id: 'maureen', name: 'Maureen', createdAt: '2025-04-01T09:00:00.000Z' });
    await db.put('sessions', sessionV1('s-may', 'maureen', '2025-05-02'));
    const outcomes = { 'open-the-app': 'done', 'choose-medicines': 'needed-help', send: 'skipped' } as const;
    await db.put('progress', { learnerId: 'maureen', pathId: 'order-a-prescription', outcomes });
    db.close();
    const store = await openTestStore(name);
    expect(valueOf(await store.listLearners()).map((learner) => learner.name)).toEqual(['Maureen']);
    expect(valueOf(await store.listSessions('maureen'))).toEqual([sessionV1('s-may', 'maureen', '2025-05-02')]);
    expect(valueOf(await store.getProgress('maureen', 'order-a-prescription'))?.outcomes).toEqual(outcomes);
    expect(valueOf(await store.getCarePlan('maureen'))).toBeUndefined();
    expect(valueOf(await store.listStepFeedback())).toEqual([]);
    expect(valueOf(await store.saveCarePlan({ learnerId: 'maureen', places: [] })).learnerId).toBe('maureen');
  });

  it('turns a name saved the wrong way round back, keeping its letters, when upgrading to version 4', async () => {
    const name = freshDatabaseName();
    const db = await openOldDatabase<LearnerDBV3>(name, 3);
    // U+202E RIGHT-TO-LEFT OVERRIDE made "Sam" show as "maS"; a zero-width joiner is kept.
    await db.put('learners', { id: 'sam', name: '\u202ESam\u202C', createdAt: '2025-04-01T09:00:00.000Z' });
    await db.put('learners', { id: 'ana', name: 'A\u0007na', createdAt: '2025-04-01T09:00:00.000Z' });
    await db.put('learners', { id: 'zoe', name: 'Zo\u200De', createdAt: '2025-04-01T09:00:00.000Z' });
    db.close();
    const store = await openTestStore(name);
    expect(valueOf(await store.listLearners()).map((learner) => learner.name)).toEqual(['Ana', 'Sam', 'Zo\u200De']);
  });

  it('builds a new device straight at the current version', async () => {
    const name = freshDatabaseName();
    (await openTestStore(name)).close();
    const db = await openDB(name);
    expect(db.version).toBe(LEARNER_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['carePlans', 'learners', 'progress', 'sessions', 'stepFeedback']);
    db.close();
  });

  it('leaves a database at its old version, data and all, when an upgrade fails', async () => {
    const name = freshDatabaseName();
    // A version 1 database with none of version 1's stores: the version 2 migration cannot run on it.
    (await openDB(name, 1)).close();
    expect(await openLearnerDatabase(name)).toMatchObject({
      ok: false,
      kind: 'failed',
      message: expect.stringContaining('They are still there.'),
    });
    const db = await openDB(name);
    expect(db.version).toBe(1);
    db.close();
  });
});
