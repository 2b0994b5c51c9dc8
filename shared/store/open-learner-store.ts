import type { IDBPDatabase } from 'idb';
import { CarePlanSchema, type CarePlan, type CarePlanInput } from './care-plan.ts';
import type { Learner } from './learner.ts';
import { buildLearnerExport, parseLearnerExport, type LearnerExport } from './learner-export.ts';
import { checkLearnerName } from './check-learner-name.ts';
import { compareNames } from '../util/compare-names.ts';
import type { LearnerDB } from './migrations.ts';
import { openLearnerDatabase } from './open-learner-database.ts';
import { outcodeOnly } from './outcode-only.ts';
import { planImport, type ImportConflictChoice, type ImportReport } from './plan-import.ts';
import { ProgressSchema, type Progress, type StepOutcomes } from './progress.ts';
import { OUTCODE_REFUSED, SessionSchema, type Session } from './session.ts';
import type { StepFeedback } from './step-feedback.ts';
import { attempt, invalid, storeFailure, succeeded, type StoreResult } from './store-result.ts';
import { writeInOneTransaction } from './write-in-one-transaction.ts';

export const DEFAULT_LEARNER_DATABASE = 'signpost-learners';

export interface LearnerStoreOptions {
  /** The clock for a new learner's `createdAt` and an export's date. Pass `() => new Date()`. */
  now: () => Date;
  /** Makes ids for new learners and sessions. Defaults to `crypto.randomUUID()`. */
  newId?: () => string;
  /** The IndexedDB database to use; defaults to "signpost-learners". */
  databaseName?: string;
}

/** A session to save: everything but its id. `outcode` may be a full postcode: only its district is kept. */
export type SessionInput = Omit<Session, 'id'>;

/** Every call gives a StoreResult: a failure's message can be shown as it is. Nothing throws. */
export interface LearnerStore {
  /** Adds a learner known by `name` (a first name or nickname, checked by checkLearnerName). */
  addLearner(name: string): Promise<StoreResult<Learner>>;
  /** All learners, by name. */
  listLearners(): Promise<StoreResult<Learner[]>>;
  /** Saves a new session for an existing learner; 'not-found' if the learner is gone, 'invalid' with a reason. */
  saveSession(session: SessionInput): Promise<StoreResult<Session>>;
  /** One learner's sessions, oldest first; every learner's when `learnerId` is left out. */
  listSessions(learnerId?: string): Promise<StoreResult<Session[]>>;
  /**
   * Replaces how each step of one path went (step id → outcome), so a player can resume at the first step
   * with none; 'not-found' if the learner is gone, 'invalid' with a reason.
   */
  saveProgress(learnerId: string, pathId: string, outcomes: StepOutcomes): Promise<StoreResult<Progress>>;
  /** How each step of one path went; undefined when nothing was saved. */
  getProgress(learnerId: string, pathId: string): Promise<StoreResult<Progress | undefined>>;
  /** How each step went on every path the learner has started. */
  listProgress(learnerId: string): Promise<StoreResult<Progress[]>>;
  /** The learner's digital care plan; undefined before their first one. */
  getCarePlan(learnerId: string): Promise<StoreResult<CarePlan | undefined>>;
  /**
   * The plan saved most recently on this device, whoever it is for: a new plan starts from its
   * organisation's contact and where to use codes at home, which are the organisation's, not the learner's.
   */
  latestCarePlan(): Promise<StoreResult<CarePlan | undefined>>;
  /** Replaces the learner's plan, stamped with now; 'not-found' if the learner is gone, 'invalid' with a reason. */
  saveCarePlan(plan: CarePlanInput): Promise<StoreResult<CarePlan>>;
  /** Counts one answer to "Was this clear?" for a step, this month, with nothing about who answered. */
  countStepFeedback(pathId: string, stepId: string, clear: boolean): Promise<StoreResult<StepFeedback>>;
  /** Every "Was this clear?" count, by month, path and step. */
  listStepFeedback(): Promise<StoreResult<StepFeedback[]>>;
  /** One learner with their sessions and progress, as a file; 'not-found' if there is no such learner. */
  exportLearner(learnerId: string): Promise<StoreResult<LearnerExport>>;
  exportAll(): Promise<StoreResult<LearnerExport>>;
  /** Merges a learners file (its text or parsed JSON) without overwriting anything: see plan-import.ts. */
  importData(data: unknown, choice?: ImportConflictChoice): Promise<StoreResult<ImportReport>>;
  /** Erases a learner with all their sessions, progress and plan. Erasing someone already gone succeeds. */
  eraseLearner(learnerId: string): Promise<StoreResult<void>>;
  /** Erases every learner, session, progress record, plan and "Was this clear?" count on this device. */
  eraseAll(): Promise<StoreResult<void>>;
  close(): void;
}

/** Every key of a learner's sessions ([learnerId, date]) or progress ([learnerId, pathId]): an array sorts after any string. */
function keysOfLearner(learnerId: string): IDBKeyRange {
  return IDBKeyRange.bound([learnerId], [learnerId, []]);
}

/** By name, then by id, so two learners with the same name always come in the same order. */
function byName(a: Learner, b: Learner): number {
  return compareNames(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The month `now` falls in where this device is, "2026-12", for counts kept by month. */
function localMonth(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** Every store a learner's own records live in, for export and erase. */
const LEARNER_STORES = ['learners', 'sessions', 'progress', 'carePlans'] as const;

/** The session as it will be stored: its district only, and no keys left undefined, so it reads back the same as it exports. */
function sessionToSave(input: SessionInput, id: string): StoreResult<Session> {
  const outcode = input.outcode === undefined ? undefined : outcodeOnly(input.outcode);
  if (input.outcode !== undefined && outcode === undefined) return invalid(OUTCODE_REFUSED);
  const given = Object.entries({ ...input, id, outcode }).filter(([, value]) => value !== undefined);
  const parsed = SessionSchema.safeParse(Object.fromEntries(given));
  return parsed.success
    ? succeeded(parsed.data)
    : invalid(parsed.error.issues[0]?.message ?? 'This session could not be saved.');
}

function learnerStoreOn(db: IDBPDatabase<LearnerDB>, now: () => Date, newId: () => string): LearnerStore {
  const listSessions = (learnerId?: string) =>
    attempt(() =>
      db.getAllFromIndex('sessions', 'by-learner-date', learnerId === undefined ? undefined : keysOfLearner(learnerId)),
    );

  return {
    async addLearner(name) {
      const checked = checkLearnerName(name);
      if (!checked.ok) return checked;
      const learner: Learner = { id: newId(), name: checked.value, createdAt: now().toISOString() };
      return writeInOneTransaction(db, ['learners'], async (tx) => {
        await tx.objectStore('learners').add(learner);
        return succeeded(learner);
      });
    },

    async listLearners() {
      const learners = await attempt(() => db.getAll('learners'));
      return learners.ok ? succeeded(learners.value.sort(byName)) : learners;
    },

    async saveSession(input) {
      const session = sessionToSave(input, newId());
      if (!session.ok) return session;
      return writeInOneTransaction(db, ['learners', 'sessions'], async (tx) => {
        if ((await tx.objectStore('learners').count(session.value.learnerId)) === 0) return storeFailure('not-found');
        await tx.objectStore('sessions').add(session.value);
        return session;
      });
    },

    listSessions,

    async saveProgress(learnerId, pathId, outcomes) {
      const parsed = ProgressSchema.safeParse({ learnerId, pathId, outcomes });
      if (!parsed.success) return invalid(parsed.error.issues[0]?.message ?? 'This progress could not be saved.');
      return writeInOneTransaction(db, ['learners', 'progress'], async (tx) => {
        if ((await tx.objectStore('learners').count(learnerId)) === 0) return storeFailure('not-found');
        await tx.objectStore('progress').put(parsed.data);
        return succeeded(parsed.data);
      });
    },

    getProgress: (learnerId, pathId) => attempt(() => db.get('progress', [learnerId, pathId])),

    listProgress: (learnerId) => attempt(() => db.getAll('progress', keysOfLearner(learnerId))),

    getCarePlan: (learnerId) => attempt(() => db.get('carePlans', learnerId)),

    latestCarePlan: () =>
      attempt(async () =>
        (await db.getAll('carePlans')).reduce<CarePlan | undefined>(
          (latest, plan) => (latest === undefined || plan.updatedAt > latest.updatedAt ? plan : latest),
          undefined,
        ),
      ),

    async saveCarePlan(input) {
      const parsed = CarePlanSchema.safeParse({ ...input, updatedAt: now().toISOString() });
      if (!parsed.success) return invalid(parsed.error.issues[0]?.message ?? 'This plan could not be saved.');
      return writeInOneTransaction(db, ['learners', 'carePlans'], async (tx) => {
        if ((await tx.objectStore('learners').count(parsed.data.learnerId)) === 0) return storeFailure('not-found');
        await tx.objectStore('carePlans').put(parsed.data);
        return succeeded(parsed.data);
      });
    },

    countStepFeedback: (pathId, stepId, clear) =>
      writeInOneTransaction(db, ['stepFeedback'], async (tx) => {
        const store = tx.objectStore('stepFeedback');
        const month = localMonth(now());
        const before = (await store.get([month, pathId, stepId])) ?? { month, pathId, stepId, clear: 0, notClear: 0 };
        const after = clear ? { ...before, clear: before.clear + 1 } : { ...before, notClear: before.notClear + 1 };
        await store.put(after);
        return succeeded(after);
      }),

    listStepFeedback: () => attempt(() => db.getAll('stepFeedback')),

    async exportLearner(learnerId) {
      const records = await attempt(async () => {
        const tx = db.transaction([...LEARNER_STORES]);
        const [learner, sessions, progress, plan] = await Promise.all([
          tx.objectStore('learners').get(learnerId),
          tx.objectStore('sessions').index('by-learner-date').getAll(keysOfLearner(learnerId)),
          tx.objectStore('progress').getAll(keysOfLearner(learnerId)),
          tx.objectStore('carePlans').get(learnerId),
        ]);
        return { learner, sessions, progress, plan };
      });
      if (!records.ok) return records;
      const { learner, sessions, progress, plan } = records.value;
      return learner
        ? succeeded(buildLearnerExport(now(), [learner], sessions, progress, plan === undefined ? [] : [plan]))
        : storeFailure('not-found');
    },

    async exportAll() {
      const records = await attempt(async () => {
        const tx = db.transaction([...LEARNER_STORES]);
        return Promise.all([
          tx.objectStore('learners').getAll(),
          tx.objectStore('sessions').index('by-learner-date').getAll(),
          tx.objectStore('progress').getAll(),
          tx.objectStore('carePlans').getAll(),
        ]);
      });
      if (!records.ok) return records;
      const [learners, sessions, progress, plans] = records.value;
      return succeeded(buildLearnerExport(now(), learners.sort(byName), sessions, progress, plans));
    },

    async importData(data, choice = 'report') {
      const file = parseLearnerExport(data);
      if (!file.ok) return file;
      return writeInOneTransaction(db, [...LEARNER_STORES], async (tx) => {
        const learners = tx.objectStore('learners');
        const sessions = tx.objectStore('sessions');
        const progress = tx.objectStore('progress');
        const plans = tx.objectStore('carePlans');
        const stored = {
          learners: await learners.getAll(),
          sessions: await sessions.getAll(),
          progress: await progress.getAll(),
          plans: await plans.getAll(),
        };
        const { writes, report } = planImport(stored, file.value, choice);
        // One request at a time: if one fails, none after it is left pending when the transaction aborts.
        for (const learner of writes.learners) await learners.add(learner);
        for (const session of writes.sessions) await sessions.add(session);
        for (const record of writes.progress) await progress.put(record);
        for (const plan of writes.plans) await plans.put(plan);
        return succeeded(report);
      });
    },

    eraseLearner: (learnerId) =>
      writeInOneTransaction(db, [...LEARNER_STORES], async (tx) => {
        const sessions = tx.objectStore('sessions');
        for (const sessionId of await sessions.index('by-learner-date').getAllKeys(keysOfLearner(learnerId))) {
          await sessions.delete(sessionId);
        }
        await tx.objectStore('progress').delete(keysOfLearner(learnerId));
        await tx.objectStore('carePlans').delete(learnerId);
        await tx.objectStore('learners').delete(learnerId);
        return succeeded(undefined);
      }),

    eraseAll: () =>
      writeInOneTransaction(db, [...LEARNER_STORES, 'stepFeedback'], async (tx) => {
        await Promise.all([
          tx.objectStore('learners').clear(),
          tx.objectStore('sessions').clear(),
          tx.objectStore('progress').clear(),
          tx.objectStore('carePlans').clear(),
          tx.objectStore('stepFeedback').clear(),
        ]);
        return succeeded(undefined);
      }),

    close: () => db.close(),
  };
}

/**
 * Opens the learner store on this device, creating or upgrading its database (see migrations.ts).
 * Gives a failure instead when the browser will not store anything ('unavailable': carry on without
 * saving) or an older Signpost in another tab is in the way ('blocked').
 */
export async function openLearnerStore(options: LearnerStoreOptions): Promise<StoreResult<LearnerStore>> {
  const db = await openLearnerDatabase(options.databaseName ?? DEFAULT_LEARNER_DATABASE);
  if (!db.ok) return db;
  return succeeded(learnerStoreOn(db.value, options.now, options.newId ?? (() => crypto.randomUUID())));
}
