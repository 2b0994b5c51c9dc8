import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { storeFailure, succeeded, type StoreFailure, type StoreResult } from './store-result.ts';

/*
 * Opening one of Signpost's IndexedDB databases (the learners', the organisation's): its numbered
 * migrations run in the upgrade, and every way opening can fail becomes a StoreResult in plain words.
 */

export type AnyDatabase = IDBPDatabase<unknown>;
export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;
/** May only await requests on `tx`: anything else lets the upgrade transaction finish early. */
export type Migration = (db: AnyDatabase, tx: UpgradeTransaction) => void | Promise<void>;

/** What a database's failures say, in words about what it holds. */
export interface DatabaseWords {
  /** The device holds data from a newer Signpost (VersionError). */
  newer: string;
  /** A migration failed, so the data is still at its old version (AbortError). */
  notUpdated: string;
  /** Another page holds the old version open; the learners' wording when left out. */
  blocked?: string;
}

/**
 * Runs `migrations` from `oldVersion` up to `newVersion` in order, inside the upgrade transaction
 * (migrations[N] upgrades version N to N + 1). If one fails the transaction is aborted, so the database
 * stays whole at its old version and opening it fails.
 */
export async function runMigrations(
  migrations: readonly Migration[],
  db: AnyDatabase,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTransaction,
): Promise<void> {
  // The open request reports an aborted upgrade; this keeps the transaction's own promise from going unhandled.
  tx.done.catch(() => undefined);
  try {
    for (const migration of migrations.slice(oldVersion, newVersion)) await migration(db, tx);
  } catch {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: the open request reports the failure.
    }
  }
}

function openFailure(error: unknown, words: DatabaseWords): StoreFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  // VersionError: the device holds data from a newer Signpost; this one cannot read it (IndexedDB spec, "open").
  if (name === 'VersionError') return { ...storeFailure('unavailable'), message: words.newer };
  // AbortError: a migration failed and its transaction was aborted, so the saved data is still at its old version.
  if (name === 'AbortError') return { ...storeFailure('failed'), message: words.notUpdated };
  // Private windows in some browsers refuse to open any database (Firefox before 115: InvalidStateError).
  return storeFailure('unavailable');
}

/**
 * Opens (creating or upgrading) the database `name` at the version its migrations reach. Never throws and
 * never waits forever:
 * - no IndexedDB, or the browser refuses it → 'unavailable' (the caller carries on without saving);
 * - another tab holds an older version open → 'blocked' at once. If that tab closes later, the upgrade
 *   finishes in the background and this connection is closed, so the next open works.
 * This connection closes itself when another tab needs to upgrade, rather than block it.
 */
export function openVersionedDatabase<Schema extends DBSchema>(
  name: string,
  migrations: readonly Migration[],
  words: DatabaseWords,
): Promise<StoreResult<IDBPDatabase<Schema>>> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(storeFailure('unavailable'));
  const version = migrations.length;
  return new Promise((resolve) => {
    let blocked = false;
    let opening: Promise<IDBPDatabase<Schema>>;
    try {
      opening = openDB<Schema>(name, version, {
        upgrade(db, oldVersion, newVersion, tx) {
          void runMigrations(
            migrations,
            db as unknown as AnyDatabase,
            oldVersion,
            newVersion ?? version,
            tx as unknown as UpgradeTransaction,
          );
        },
        blocked() {
          blocked = true;
          const failure = storeFailure('blocked');
          resolve(words.blocked === undefined ? failure : { ...failure, message: words.blocked });
        },
        blocking(_currentVersion, _blockedVersion, event) {
          (event.target as IDBDatabase).close();
        },
      });
    } catch (error) {
      // Some browsers throw at once instead of failing the request (SecurityError on a file:// page).
      resolve(openFailure(error, words));
      return;
    }
    opening.then(
      (db) => {
        if (blocked) db.close();
        else resolve(succeeded(db));
      },
      (error: unknown) => resolve(openFailure(error, words)),
    );
  });
}
