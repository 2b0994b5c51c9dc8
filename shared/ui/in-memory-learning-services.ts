import type { LearningServices } from './services.ts';

/**
 * Keeps progress only while the page is open, so nothing is written to the device: for "practise
 * without saving", and for the widget until the resident agrees to storage.
 */
export function inMemoryLearningServices(): LearningServices {
  const saved = new Map<string, readonly string[]>();
  return {
    loadProgress: async (pathId) => ({ ok: true, stepsDone: saved.get(pathId) ?? [] }),
    saveProgress: async (pathId, stepsDone) => {
      saved.set(pathId, [...stepsDone]);
      return { ok: true };
    },
  };
}
