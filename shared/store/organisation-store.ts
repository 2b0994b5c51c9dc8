import type { IDBPDatabase } from 'idb';
import { StepFixSchema, type StepFix } from '../paths/step-fix.ts';
import { ORGANISATION_MIGRATIONS, type OrganisationDB, type SavedPathV1 } from './organisation-migrations.ts';
import { openVersionedDatabase } from './open-versioned-database.ts';
import { failureFrom, succeeded, type StoreResult } from './store-result.ts';

export const ORGANISATION_DATABASE = 'signpost-organisation';

export type SavedPath = SavedPathV1;

/** Every call gives a StoreResult, never a throw: a failure's message can be shown as it is. */
export interface OrganisationStore {
  /** Every saved path, by id, ready or not. */
  listPaths(): Promise<StoreResult<SavedPath[]>>;
  /** Saves a path, replacing one with the same id. */
  savePath(path: SavedPath): Promise<StoreResult<void>>;
  /** Removes a path; removing one already gone succeeds. */
  removePath(id: string): Promise<StoreResult<void>>;
  /** Every fix that still reads as one (a damaged record is left out). */
  listFixes(): Promise<StoreResult<StepFix[]>>;
  /** Saves a fix, replacing the step's fix before. */
  saveFix(fix: StepFix): Promise<StoreResult<void>>;
  /** Removes a step's fix, so the path's own step is used again. */
  removeFix(pathId: string, stepId: string): Promise<StoreResult<void>>;
  /** Notes that Show me found the step's fix on the page on `day` (like 2026-12-06). */
  seenWorking(pathId: string, stepId: string, day: string): Promise<StoreResult<void>>;
  /** Saves paths and fixes from a file together: all of them, or none when anything fails. */
  saveTogether(paths: readonly SavedPath[], fixes: readonly StepFix[]): Promise<StoreResult<void>>;
  /** Erases every path and fix on this device. */
  eraseAll(): Promise<StoreResult<void>>;
}

/** Opens the database (creating or upgrading it) for one use: see openVersionedDatabase for what can go wrong. */
function openDatabase(name: string): Promise<StoreResult<IDBPDatabase<OrganisationDB>>> {
  return openVersionedDatabase<OrganisationDB>(name, ORGANISATION_MIGRATIONS, {
    newer: 'This computer has paths saved by a newer version of Signpost. Update Signpost to use them.',
    notUpdated:
      "Signpost could not update your organisation's paths saved on this computer. They are still there. Close Signpost, open it again and try again.",
    blocked: 'Close other Signpost pages, then try again.',
  });
}

/** A saved path read back as untrusted: only records with the shape this version writes. */
function isSavedPath(record: unknown): record is SavedPath {
  const saved = record as Partial<SavedPath> | null;
  return (
    typeof saved === 'object' &&
    saved !== null &&
    typeof saved.id === 'string' &&
    typeof saved.savedAt === 'string' &&
    typeof saved.ready === 'boolean'
  );
}

/**
 * The organisation's paths and fixes on this device (IndexedDB "signpost-organisation"). Each call opens
 * the database and closes it after, so an upgrade or an erase from another Signpost page is never held up.
 */
export function organisationStore(databaseName = ORGANISATION_DATABASE): OrganisationStore {
  async function use<T>(work: (db: IDBPDatabase<OrganisationDB>) => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
    const opened = await openDatabase(databaseName);
    if (!opened.ok) return opened;
    try {
      return await work(opened.value);
    } catch (error) {
      return failureFrom(error);
    } finally {
      opened.value.close();
    }
  }
  const done = succeeded(undefined);

  return {
    listPaths: () => use(async (db) => succeeded((await db.getAll('paths')).filter(isSavedPath))),
    savePath: (path) => use(async (db) => (await db.put('paths', path), done)),
    removePath: (id) => use(async (db) => (await db.delete('paths', id), done)),
    listFixes: () =>
      use(async (db) =>
        succeeded(
          (await db.getAll('fixes')).flatMap((record) => {
            const parsed = StepFixSchema.safeParse(record);
            return parsed.success ? [parsed.data] : [];
          }),
        ),
      ),
    saveFix: (fix) => use(async (db) => (await db.put('fixes', fix), done)),
    removeFix: (pathId, stepId) => use(async (db) => (await db.delete('fixes', [pathId, stepId]), done)),
    seenWorking: (pathId, stepId, day) =>
      use(async (db) => {
        const tx = db.transaction('fixes', 'readwrite');
        const fix = await tx.store.get([pathId, stepId]);
        if (fix !== undefined && fix.lastSeenWorking !== day) await tx.store.put({ ...fix, lastSeenWorking: day });
        await tx.done;
        return done;
      }),
    saveTogether: (paths, fixes) =>
      use(async (db) => {
        const tx = db.transaction(['paths', 'fixes'], 'readwrite');
        tx.done.catch(() => undefined);
        try {
          for (const path of paths) await tx.objectStore('paths').put(path);
          for (const fix of fixes) await tx.objectStore('fixes').put(fix);
          await tx.done;
        } catch (error) {
          try {
            tx.abort();
          } catch {
            // Already aborted by the browser (a full disk): nothing was kept.
          }
          return failureFrom(error);
        }
        return done;
      }),
    eraseAll: () =>
      use(async (db) => {
        const tx = db.transaction(['paths', 'fixes'], 'readwrite');
        await Promise.all([tx.objectStore('paths').clear(), tx.objectStore('fixes').clear(), tx.done]);
        return done;
      }),
  };
}
