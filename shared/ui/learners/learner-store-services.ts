import type { LearnerStore } from '../../store/open-learner-store.ts';
import type { LearningServices } from '../services.ts';

/** Saves one learner's progress in the learner store on this device. The store's failures pass on as messages. */
export function learnerStoreServices(store: LearnerStore, learnerId: string): LearningServices {
  return {
    async loadProgress(pathId) {
      const result = await store.getProgress(learnerId, pathId);
      return result.ok ? { ok: true, outcomes: result.value?.outcomes ?? {} } : { ok: false, message: result.message };
    },
    async saveProgress(pathId, outcomes) {
      const result = await store.saveProgress(learnerId, pathId, outcomes);
      return result.ok ? { ok: true } : { ok: false, message: result.message };
    },
  };
}
