import type { LearningPath } from '../../shared/paths/learning-path.ts';
import { LearningPaths } from '../../shared/ui/learning/learning-paths.tsx';
import { PathPicker } from '../../shared/ui/learning/path-picker.tsx';
import type { ProgressConsent } from './progress-consent.ts';
import { RememberProgress } from './remember-progress.tsx';

interface LearnAtHomeProps {
  consent: ProgressConsent;
  paths: readonly LearningPath[];
  idPrefix: string;
  takeFocus?: boolean;
}

/**
 * The resident's say over their progress, then the same path picker and player as the side panel. The
 * question sits above the list of paths; during a path it sits above the step only until it is answered,
 * and then waits below the step, where "Forget my progress" can still be reached.
 */
export function LearnAtHome({ consent, paths, idPrefix, takeFocus }: LearnAtHomeProps) {
  const progress = <RememberProgress consent={consent} idPrefix={idPrefix} />;
  const answered = consent.answered.value;
  return (
    <div class="sp-learn-at-home">
      {/* A new key after each forget closes any open path, so nothing forgotten stays on screen. */}
      <LearningPaths
        key={consent.forgotten.value}
        paths={paths}
        services={consent.services}
        takeFocus={takeFocus}
        picker={(onPick, cameBack) => (
          <>
            {progress}
            <PathPicker paths={paths} onPick={onPick} takeFocus={cameBack} />
          </>
        )}
        beforePlayer={answered ? undefined : progress}
        afterPlayer={answered ? <div class="sp-learn-at-home__after">{progress}</div> : undefined}
      />
    </div>
  );
}
