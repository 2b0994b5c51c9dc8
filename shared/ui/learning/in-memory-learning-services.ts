import type { StepOutcomes } from '../../store/progress.ts';
import type { LearningServices } from '../services.ts';

/**
 * Keeps progress only while the page is open, so nothing is written to the device: for "practise
 * without saving" in the side panel, where the learner gave no name to save it under.
 */
export function inMemoryLearningServices(): LearningServices {
  const saved = new Map<string, StepOutcomes>();
  return {
    loadProgress: async (pathId) => ({ ok: true, outcomes: saved.get(pathId) ?? {} }),
    saveProgress: async (pathId, outcomes) => {
      saved.set(pathId, { ...outcomes });
      return { ok: true };
    },
  };
}
