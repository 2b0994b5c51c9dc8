import type { LearningPath } from '../../shared/paths/learning-path.ts';
import { LearningPaths } from '../../shared/ui/learning/learning-paths.tsx';
import type { ProgressConsent } from './progress-consent.ts';
import { RememberProgress } from './remember-progress.tsx';

interface LearnAtHomeProps {
  consent: ProgressConsent;
  paths: readonly LearningPath[];
  idPrefix: string;
  takeFocus?: boolean;
}

/** The resident's say over their progress, then the same path picker and player as the side panel. */
export function LearnAtHome({ consent, paths, idPrefix, takeFocus }: LearnAtHomeProps) {
  return (
    <div class="sp-learn-at-home">
      <RememberProgress consent={consent} idPrefix={idPrefix} />
      {/* A new key after each forget closes any open path, so nothing forgotten stays on screen. */}
      <LearningPaths key={consent.forgotten.value} paths={paths} services={consent.services} takeFocus={takeFocus} />
    </div>
  );
}
