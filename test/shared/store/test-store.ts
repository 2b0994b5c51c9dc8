import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { expect } from 'vitest';
import { MIGRATIONS } from '../../../shared/store/migrations.ts';
import { runMigrations } from '../../../shared/store/open-versioned-database.ts';
import { openLearnerStore, type LearnerStore } from '../../../shared/store/open-learner-store.ts';
import type { StoreResult } from '../../../shared/store/store-result.ts';

let databases = 0;

/** A database name no other test uses, so tests never see each other's learners. */
export function freshDatabaseName(): string {
  databases += 1;
  return `signpost-learners-test-${databases}`;
}

export const TEST_NOW = new Date('2025-06-30T10:15:00.000Z');

/** The value of a result that must have succeeded; fails the test with the store's own message if not. */
export function valueOf<T>(result: StoreResult<T>): T {
  if (!result.ok) expect.fail(`expected success, got ${result.kind}: ${result.message}`);
  return result.value;
}

/** A store on a fresh database with a fixed clock and ids learner-1, learner-2 ... in the order asked for. */
export async function openTestStore(databaseName = freshDatabaseName()): Promise<LearnerStore> {
  let ids = 0;
  return valueOf(
    await openLearnerStore({
      databaseName,
      now: () => TEST_NOW,
      newId: () => {
        ids += 1;
        return `id-${ids}`;
      },
    }),
  );
}

/** The database as an older release left it: made by the migrations up to `version` alone. */
export function openOldDatabase<Schema extends DBSchema>(name: string, version: number): Promise<IDBPDatabase<Schema>> {
  return openDB<Schema>(name, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      void runMigrations(
        MIGRATIONS,
        db as unknown as IDBPDatabase<unknown>,
        oldVersion,
        version,
        tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>,
      );
    },
  });
}
