import type { IDBPDatabase } from 'idb';
import { MIGRATIONS, type LearnerDB } from './migrations.ts';
import { openVersionedDatabase } from './open-versioned-database.ts';
import type { StoreResult } from './store-result.ts';

/** Opens (creating or upgrading) the learner database: see openVersionedDatabase for what can go wrong. */
export function openLearnerDatabase(name: string): Promise<StoreResult<IDBPDatabase<LearnerDB>>> {
  return openVersionedDatabase<LearnerDB>(name, MIGRATIONS, {
    newer:
      'This device has learners saved by a newer version of Signpost. Update Signpost to see them. You can carry on, but nothing will be saved.',
    notUpdated:
      'Signpost could not update the learners saved on this device. They are still there. Close Signpost, open it again and try again.',
  });
}
