import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { checkResource, isPlainObject } from '../shared/directory/check-resource.ts';
import type { Resource } from '../shared/directory/resource.ts';
import { failureFrom, storeFailure, succeeded, type StoreResult } from '../shared/store/store-result.ts';

/*
 * The organisation's own list of local help, imported on the options page and searched by the side panel
 * beside the built-in packs. Kept in IndexedDB, not storage.local: storage.local holds 10 MB in Chrome
 * unless the extension asks for "unlimitedStorage" (https://developer.chrome.com/docs/extensions/reference/api/storage#property-local),
 * and a county's Open Referral feed can pass that; IndexedDB needs no permission, takes a share of the disk,
 * and is where the learner store already lives. One record holds the whole list, so a save is all or nothing.
 */

export const LOCAL_DIRECTORY_DATABASE = 'signpost-local-directory';
const STORE = 'directory';
const KEY = 'saved';

/** Version 1 of the saved record. A later shape adds a version 2 type and a migration beside this one. */
interface SavedRecordV1 {
  version: 1;
  fileName: string;
  /** When it was saved: ISO 8601 date and time, UTC. */
  savedAt: string;
  resources: Resource[];
}

interface LocalDirectoryDB extends DBSchema {
  [STORE]: { key: string; value: SavedRecordV1 };
}

export interface SavedLocalDirectory {
  fileName: string;
  savedAt: string;
  /** The saved records that still pass the resource checks; any that don't are left out. */
  resources: Resource[];
}

async function withDatabase<T>(
  use: (db: IDBPDatabase<LocalDirectoryDB>) => Promise<StoreResult<T>>,
): Promise<StoreResult<T>> {
  if (typeof indexedDB === 'undefined') return storeFailure('unavailable');
  let db: IDBPDatabase<LocalDirectoryDB>;
  try {
    db = await openDB<LocalDirectoryDB>(LOCAL_DIRECTORY_DATABASE, 1, {
      upgrade: (database) => void database.createObjectStore(STORE),
    });
  } catch {
    return storeFailure('unavailable');
  }
  try {
    return await use(db);
  } catch (error) {
    return failureFrom(error);
  } finally {
    // Closed after each use, so an erase from another page is never blocked by an open connection.
    db.close();
  }
}

/** Stored data is read back as untrusted: a record from an older Signpost or broken on disk is checked again. */
function checkedSaved(record: unknown): SavedLocalDirectory | undefined {
  if (!isPlainObject(record) || record.version !== 1 || !Array.isArray(record.resources)) return undefined;
  const resources = record.resources.flatMap((candidate: unknown, index) => {
    const checked = checkResource(candidate, { record: index + 1 });
    return checked.ok ? [checked.resource] : [];
  });
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { fileName: text(record.fileName), savedAt: text(record.savedAt), resources };
}

/**
 * Saves `resources` as the local directory, replacing the one saved before. All or nothing: when the disk
 * is full or the browser refuses, the failure's message says so kindly and the list saved before is kept.
 * `now` is the time it is saved.
 */
export function saveLocalDirectory(
  directory: { fileName: string; resources: Resource[] },
  now: Date,
): Promise<StoreResult<SavedLocalDirectory>> {
  return withDatabase(async (db) => {
    const record: SavedRecordV1 = {
      version: 1,
      fileName: directory.fileName,
      savedAt: now.toISOString(),
      resources: directory.resources,
    };
    await db.put(STORE, record, KEY);
    return succeeded({ fileName: record.fileName, savedAt: record.savedAt, resources: record.resources });
  });
}

/** The local directory saved on this device, or undefined when there is none. Failures are values. */
export function savedLocalDirectory(): Promise<StoreResult<SavedLocalDirectory | undefined>> {
  return withDatabase(async (db) => succeeded(checkedSaved(await db.get(STORE, KEY))));
}

/**
 * The local directory's resources, for the side panel's finder. An empty list when none is saved or it
 * cannot be read: the built-in packs still work without it.
 */
export async function loadLocalDirectory(): Promise<Resource[]> {
  const saved = await savedLocalDirectory();
  return saved.ok ? (saved.value?.resources ?? []) : [];
}

/** Removes the local directory. Removing when none is saved succeeds. */
export function removeLocalDirectory(): Promise<StoreResult<void>> {
  return withDatabase(async (db) => {
    await db.delete(STORE, KEY);
    return succeeded(undefined);
  });
}
