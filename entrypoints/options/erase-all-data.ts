import { removeLocalDirectory } from '../../extension/local-directory.ts';
import { forgetAllSettings } from '../../extension/settings.ts';
import type { LearnerStore } from '../../shared/store/open-learner-store.ts';
import { organisationStore } from '../../shared/store/organisation-store.ts';
import { storeFailure, succeeded, type StoreResult } from '../../shared/store/store-result.ts';

/**
 * Erases everything Signpost keeps on this device: learners with their sessions and progress, the
 * settings, the local directory, and the organisation's own paths and fixes. Each part is tried even when one fails, so as much as possible goes;
 * the first failure comes back as a value to show.
 */
export async function eraseAllData(openLearners: () => Promise<StoreResult<LearnerStore>>): Promise<StoreResult<void>> {
  const learners = async (): Promise<StoreResult<void>> => {
    const store = await openLearners();
    if (!store.ok) return store;
    const erased = await store.value.eraseAll();
    store.value.close();
    return erased;
  };
  const settings = (): Promise<StoreResult<void>> =>
    forgetAllSettings().then(
      () => succeeded(undefined),
      () => storeFailure('failed'),
    );
  const results = await Promise.all([learners(), settings(), removeLocalDirectory(), organisationStore().eraseAll()]);
  return results.find((result) => !result.ok) ?? succeeded(undefined);
}
