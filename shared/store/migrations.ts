import type { DBSchema } from 'idb';
import type { CarePlan } from './care-plan.ts';
import type { Learner } from './learner.ts';
import type { StepOutcome } from '../paths/learning-path.ts';
import type { Progress } from './progress.ts';
import type { Session } from './session.ts';
import type { StepFeedback } from './step-feedback.ts';
import type { AnyDatabase, Migration, UpgradeTransaction } from './open-versioned-database.ts';

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
 * Version 3: progress keeps how each step went (done, needed help, skipped), so a path opened again still
 * says which steps to practise, and a finished path with a skipped step stays finished.
 */
export interface LearnerDBV3 extends DBSchema {
  learners: { key: string; value: Learner };
  sessions: { key: string; value: Session; indexes: { 'by-learner-date': [string, string] } };
  progress: { key: [string, string]; value: Progress };
}

/**
 * Version 4 (current): each learner's digital care plan, one per learner; and the "Was this clear?"
 * counts by month, path and step, which belong to no learner.
 */
export interface LearnerDB extends DBSchema {
  learners: { key: string; value: Learner };
  sessions: { key: string; value: Session; indexes: { 'by-learner-date': [string, string] } };
  progress: { key: [string, string]; value: Progress };
  carePlans: { key: string; value: CarePlan };
  stepFeedback: { key: [string, string, string]; value: StepFeedback };
}

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
    // A learner with no progress object (damaged or hand-edited) keeps their name and has no steps done.
    for (const [pathId, stepsDone] of Object.entries(
      typeof stepsByPath === 'object' && stepsByPath !== null ? stepsByPath : {},
    )) {
      await progress.put({ learnerId: learner.id, pathId, stepsDone } satisfies ProgressV2);
    }
    await learners.put(learner satisfies Learner);
  }
}

/**
 * The step ids in a version 2 `stepsDone`, each now 'done': nothing else was known. A value that is not a
 * list (a damaged record) counts as no steps, so one bad record cannot stop the upgrade for everyone.
 * Kept here rather than shared with learner-export.ts's reading of version 1 files, which does the same:
 * a shipped migration must never change because current code did.
 */
function stepsDoneAsOutcomes(stepsDone: unknown): Record<string, StepOutcome> {
  const stepIds = Array.isArray(stepsDone)
    ? stepsDone.filter((stepId): stepId is string => typeof stepId === 'string')
    : [];
  return Object.fromEntries(stepIds.map((stepId): [string, StepOutcome] => [stepId, 'done']));
}

async function keepHowEachStepWent(_db: AnyDatabase, tx: UpgradeTransaction): Promise<void> {
  const progress = tx.objectStore('progress');
  for (const { learnerId, pathId, stepsDone } of (await progress.getAll()) as ProgressV2[]) {
    await progress.put({ learnerId, pathId, outcomes: stepsDoneAsOutcomes(stepsDone) } satisfies Progress);
  }
}

/*
 * Characters that hide in a name and turn it round (control, bidirectional and other format characters,
 * joiners aside), as refused from version 4 on. Frozen here: hidden-characters.ts may change, this may not.
 */
const HIDDEN_IN_A_NAME_V4 = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\u2028\u2029]/gu;

async function keepCarePlansAndStepFeedback(db: AnyDatabase, tx: UpgradeTransaction): Promise<void> {
  db.createObjectStore('carePlans', { keyPath: 'learnerId' });
  db.createObjectStore('stepFeedback', { keyPath: ['month', 'pathId', 'stepId'] });
  // Names saved before hidden characters were refused keep their letters and lose what turned them round.
  const learners = tx.objectStore('learners');
  for (const learner of (await learners.getAll()) as { name?: unknown }[]) {
    if (typeof learner.name !== 'string') continue;
    const name = learner.name.replace(HIDDEN_IN_A_NAME_V4, '').trim();
    if (name !== learner.name) await learners.put({ ...learner, name: name === '' ? 'Learner' : name });
  }
}

export const MIGRATIONS: readonly Migration[] = [
  createLearnersAndSessions,
  splitProgressAndIndexSessionsByDate,
  keepHowEachStepWent,
  keepCarePlansAndStepFeedback,
];

export const LEARNER_DB_VERSION = MIGRATIONS.length;
