import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { mergeStepOutcomes } from './merge-step-outcomes.ts';
import { ProgressSchema, type StepOutcomes } from './progress.ts';
import { attempt, storeFailure, succeeded, type StoreResult } from './store-result.ts';

/*
 * One person's progress on their own device, with no name: what "Learn at home" keeps once the resident
 * asks it to remember. Not the learner store: that one keeps named learners, sessions and files for
 * helpers, none of which a resident at home has, and the widget should not carry their code.
 */

interface RememberedProgressDB extends DBSchema {
  /**
   * Path id → how each step went. Read back as unknown: the database lives in the host website's origin,
   * where any other script on that site can write to it.
   */
  progress: { key: string; value: unknown };
}

const VERSION = 1;
const OutcomesSchema = ProgressSchema.shape.outcomes;

export interface RememberedProgress {
  /** How each step of one path went; empty when nothing was kept, or what was kept cannot be read. */
  get(pathId: string): Promise<StoreResult<StepOutcomes>>;
  /** Replaces how each step of one path went. */
  save(pathId: string, outcomes: StepOutcomes): Promise<StoreResult<void>>;
  /**
   * Adds progress made elsewhere (before the resident said "remember") to what is kept, path by path,
   * in one go: where both know a step, the furthest the resident got wins (mergeStepOutcomes).
   */
  addProgress(progress: ReadonlyMap<string, StepOutcomes>): Promise<StoreResult<void>>;
  close(): void;
}

function readOutcomes(value: unknown): StepOutcomes {
  const parsed = OutcomesSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

function rememberedProgressOn(db: IDBPDatabase<RememberedProgressDB>): RememberedProgress {
  return {
    get: (pathId) => attempt(async () => readOutcomes(await db.get('progress', pathId))),
    save: (pathId, outcomes) =>
      attempt(async () => {
        await db.put('progress', { ...outcomes }, pathId);
      }),
    addProgress: (progress) =>
      attempt(async () => {
        const tx = db.transaction('progress', 'readwrite');
        // One request after another on the same transaction: awaiting anything else would let it commit early.
        for (const [pathId, outcomes] of progress) {
          const kept = readOutcomes(await tx.store.get(pathId));
          await tx.store.put(mergeStepOutcomes(kept, outcomes), pathId);
        }
        await tx.done;
      }),
    close: () => db.close(),
  };
}

/**
 * Opens the remembered progress called `databaseName`, creating it when there is none: call it only after
 * the resident agreed. Never throws: a browser that refuses IndexedDB (private mode, storage off) gives
 * 'unavailable'. The connection closes itself when another tab forgets the progress, so that tab is not blocked.
 */
export async function openRememberedProgress(databaseName: string): Promise<StoreResult<RememberedProgress>> {
  if (typeof indexedDB === 'undefined') return storeFailure('unavailable');
  try {
    const db = await openDB<RememberedProgressDB>(databaseName, VERSION, {
      upgrade: (database) => database.createObjectStore('progress'),
      blocking: (_current, _blocked, event) => (event.target as IDBDatabase).close(),
    });
    return succeeded(rememberedProgressOn(db));
  } catch {
    return storeFailure('unavailable');
  }
}

/**
 * Whether remembered progress called `databaseName` is on this device, found without opening (and so
 * without creating) it. False where the browser cannot list its databases (Firefox before 126): the
 * resident is then asked again, and saying yes carries on with what was kept, as addProgress joins the two.
 */
export async function rememberedProgressExists(databaseName: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
  try {
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === databaseName);
  } catch {
    return false;
  }
}

/**
 * Deletes the remembered progress called `databaseName`, the database itself, so nothing of it is left.
 * Close this tab's connection first; other tabs close theirs when asked (see openRememberedProgress).
 */
export async function forgetRememberedProgress(databaseName: string): Promise<StoreResult<void>> {
  if (typeof indexedDB === 'undefined') return succeeded(undefined);
  return attempt(() => deleteDB(databaseName));
}
