import type { StepOutcomes } from '../../store/progress.ts';
import type { LearningServices } from '../services.ts';

/** Told after each save that worked: the path, how its steps stood before, and how they stand now. */
export type OnProgressSaved = (pathId: string, before: StepOutcomes, after: StepOutcomes) => void;

/**
 * `services` as they are, also telling `onSaved` about each save, so a session can say what was done today
 * without the player knowing there is a session. "Before" is what this wrapper last loaded or saved for
 * the path (nothing, the first time). A failed load or save passes on as it is and tells nobody.
 */
export function recordingServices(services: LearningServices, onSaved: OnProgressSaved): LearningServices {
  const known = new Map<string, StepOutcomes>();
  return {
    async loadProgress(pathId) {
      const loaded = await services.loadProgress(pathId);
      if (loaded.ok) known.set(pathId, loaded.outcomes);
      return loaded;
    },
    async saveProgress(pathId, outcomes) {
      const saved = await services.saveProgress(pathId, outcomes);
      if (saved.ok) {
        const before = known.get(pathId) ?? {};
        known.set(pathId, outcomes);
        onSaved(pathId, before, outcomes);
      }
      return saved;
    },
  };
}
