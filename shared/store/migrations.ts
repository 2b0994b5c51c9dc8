import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { Learner } from './learner.ts';
import type { StepOutcome } from '../paths/learning-path.ts';
import type { Progress } from './progress.ts';
import type { Session } from './session.ts';

/*
 * The learner database's shape, version by version. MIGRATIONS[N] upgrades version N to N + 1, so a
 * device at any version runs the rest in order (MIGRATIONS[0] makes version 1 from nothing). Never edit
 * a shipped migration: add one. Old shapes stay here as named types, because devices still hold them.
 */

/** Version 1: each learner carried their progress as path id → step ids done. */
export interface LearnerV1 {
  id: string;
  name: string;
  createdAt: string;
  progress: Record<string, string[]>;
}

/** Sessions have not changed shape since version 1; freeze a copy here when they do. */
export type SessionV1 = Session;

export interface LearnerDBV1 extends DBSchema {
  learners: { key: string; value: LearnerV1 };
  sessions: { key: string; value: SessionV1; indexes: { 'by-learner': string } };
}

/** Version 2: progress kept only the ids of the steps done, so "with help" and skipped steps were lost. */
export interface ProgressV2 {
  learnerId: string;
  pathId: string;
  stepsDone: string[];
}

/**
 * Version 2: progress has its own store, so saving a step writes one small record instead of
 * rewriting the learner, and sessions are indexed by learner and date, so a learner's history comes back
 * in date order without sorting.
 */
export interface LearnerDBV2 extends DBSchema {
  learners: { key: string; value: Learner };
  sessions: { key: string; value: Session; indexes: { 'by-learner-date': [string, string] } };
  progress: { key: [string, string]; value: ProgressV2 };
}

/**
 * Version 3 (current): progress keeps how each step went (done, needed help, skipped), so a path opened
 * again still says which steps to practise, and a finished path with a skipped step stays finished.
 */
export interface LearnerDB extends DBSchema {
  learners: { key: string; value: Learner };
  sessions: { key: string; value: Session; indexes: { 'by-learner-date': [string, string] } };
  progress: { key: [string, string]; value: Progress };
}

type AnyDatabase = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;
/** May only await requests on `tx`: anything else lets the upgrade transaction finish early. */
type Migration = (db: AnyDatabase, tx: UpgradeTransaction) => void | Promise<void>;

function createLearnersAndSessions(db: AnyDatabase): void {
  db.createObjectStore('learners', { keyPath: 'id' });
  db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-learner', 'learnerId');
}

async function splitProgressAndIndexSessionsByDate(db: AnyDatabase, tx: UpgradeTransaction): Promise<void> {
  const progress = db.createObjectStore('progress', { keyPath: ['learnerId', 'pathId'] });
  const sessions = tx.objectStore('sessions');
  sessions.deleteIndex('by-learner');
  sessions.createIndex('by-learner-date', ['learnerId', 'date']);

  const learners = tx.objectStore('learners');
  for (const { progress: stepsByPath, ...learner } of (await learners.getAll()) as LearnerV1[]) {
    for (const [pathId, stepsDone] of Object.entries(stepsByPath)) {
      await progress.put({ learnerId: learner.id, pathId, stepsDone } satisfies ProgressV2);
    }
    await learners.put(learner satisfies Learner);
  }
}

async function keepHowEachStepWent(_db: AnyDatabase, tx: UpgradeTransaction): Promise<void> {
  const progress = tx.objectStore('progress');
  // A version 2 record listed only steps completed, so each of them becomes 'done'; nothing else was known.
  for (const { learnerId, pathId, stepsDone } of (await progress.getAll()) as ProgressV2[]) {
    const outcomes = Object.fromEntries(stepsDone.map((stepId): [string, StepOutcome] => [stepId, 'done']));
    await progress.put({ learnerId, pathId, outcomes } satisfies Progress);
  }
}

export const MIGRATIONS: readonly Migration[] = [createLearnersAndSessions, splitProgressAndIndexSessionsByDate, keepHowEachStepWent];

export const LEARNER_DB_VERSION = MIGRATIONS.length;

/**
 * Runs the migrations from `oldVersion` up to `newVersion` in order, inside the upgrade transaction.
 * If one fails the transaction is aborted, so the database stays whole at its old version and opening it fails.
 */
export async function runMigrations(db: AnyDatabase, oldVersion: number, newVersion: number, tx: UpgradeTransaction): Promise<void> {
  // The open request reports an aborted upgrade; this keeps the transaction's own promise from going unhandled.
  tx.done.catch(() => undefined);
  try {
    for (const migration of MIGRATIONS.slice(oldVersion, newVersion)) await migration(db, tx);
  } catch {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: the open request reports the failure.
    }
  }
}
