import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { LEARNER_DB_VERSION, runMigrations, type LearnerDB } from './migrations.ts';
import { storeFailure, succeeded, type StoreFailure, type StoreResult } from './store-result.ts';

function openFailure(error: unknown): StoreFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  // VersionError: the device holds data from a newer Signpost; this one cannot read it (IndexedDB spec, "open").
  if (name === 'VersionError') {
    return {
      ...storeFailure('unavailable'),
      message:
        'This device has learners saved by a newer version of Signpost. Update Signpost to see them. You can carry on, but nothing will be saved.',
    };
  }
  // AbortError: a migration failed and its transaction was aborted, so the saved data is still at its old version.
  if (name === 'AbortError') {
    return {
      ...storeFailure('failed'),
      message:
        'Signpost could not update the learners saved on this device. They are still there. Close Signpost, open it again and try again.',
    };
  }
  // Private windows in some browsers refuse to open any database (Firefox before 115: InvalidStateError).
  return storeFailure('unavailable');
}

/**
 * Opens (creating or upgrading) the learner database. Never throws and never waits forever:
 * - no IndexedDB, or the browser refuses it → 'unavailable' (the caller carries on without saving);
 * - another tab holds an older version open → 'blocked' at once. If that tab closes later, the upgrade
 *   finishes in the background and this connection is closed, so the next open works.
 * This connection closes itself when another tab needs to upgrade, rather than block it.
 */
export function openLearnerDatabase(name: string): Promise<StoreResult<IDBPDatabase<LearnerDB>>> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(storeFailure('unavailable'));
  return new Promise((resolve) => {
    let blocked = false;
    let opening: Promise<IDBPDatabase<LearnerDB>>;
    try {
      opening = openDB<LearnerDB>(name, LEARNER_DB_VERSION, {
        upgrade(db, oldVersion, newVersion, tx) {
          void runMigrations(
            db as unknown as IDBPDatabase<unknown>,
            oldVersion,
            newVersion ?? LEARNER_DB_VERSION,
            tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>,
          );
        },
        blocked() {
          blocked = true;
          resolve(storeFailure('blocked'));
        },
        blocking(_currentVersion, _blockedVersion, event) {
          (event.target as IDBDatabase).close();
        },
      });
    } catch (error) {
      // Some browsers throw at once instead of failing the request (SecurityError on a file:// page).
      resolve(openFailure(error));
      return;
    }
    opening.then(
      (db) => {
        if (blocked) db.close();
        else resolve(succeeded(db));
      },
      (error: unknown) => resolve(openFailure(error)),
    );
  });
}
