import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LearnerDB } from './migrations.ts';
import { failureFrom, type StoreResult } from './store-result.ts';

type WriteTransaction<Names extends StoreNames<LearnerDB>[]> = IDBPTransaction<LearnerDB, Names, 'readwrite'>;

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the browser (a failed request, a full disk): nothing more to undo.
  }
}

/**
 * Runs `write` in one readwrite transaction, so it is saved whole or not at all. When `write` gives a
 * failure, or anything throws (a full disk, a closed connection), the transaction is aborted and the
 * failure comes back as a value. `write` may only await requests on `tx`: awaiting anything else lets
 * IndexedDB commit early (IndexedDB spec, "transaction lifetime").
 */
export async function writeInOneTransaction<Names extends StoreNames<LearnerDB>[], T>(
  db: IDBPDatabase<LearnerDB>,
  storeNames: Names,
  write: (tx: WriteTransaction<Names>) => Promise<StoreResult<T>>,
): Promise<StoreResult<T>> {
  let tx: WriteTransaction<Names>;
  try {
    tx = db.transaction(storeNames, 'readwrite');
  } catch (error) {
    return failureFrom(error);
  }
  // The outcome is read below; this keeps an aborted transaction from raising an unhandled rejection.
  tx.done.catch(() => undefined);
  try {
    const result = await write(tx);
    if (!result.ok) {
      abortQuietly(tx);
      return result;
    }
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    return failureFrom(error);
  }
}
