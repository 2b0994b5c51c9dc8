import type { LearningPath } from '../../shared/paths/learning-path.ts';
import type { DisplayChoices } from '../../shared/ui/display-choices.ts';
import { LearningPaths } from '../../shared/ui/learning-paths.tsx';
import type { LocalHelp } from '../../shared/ui/path-player/help-categories.ts';
import type { Speaker } from '../../shared/ui/path-player/speaker.ts';
import type { ProgressConsent } from './progress-consent.ts';
import { RememberProgress } from './remember-progress.tsx';

interface LearnAtHomeProps {
  consent: ProgressConsent;
  paths: readonly LearningPath[];
  idPrefix: string;
  display: DisplayChoices;
  speaker?: Speaker;
  localHelp?: LocalHelp;
  takeFocus?: boolean;
}

/** The resident's say over their progress, then the same path picker and player as the side panel. */
export function LearnAtHome({ consent, paths, idPrefix, display, speaker, localHelp, takeFocus }: LearnAtHomeProps) {
  return (
    <div class="sp-learn-at-home">
      <RememberProgress consent={consent} idPrefix={idPrefix} />
      {/* A new key after each forget closes any open path, so nothing forgotten stays on screen. */}
      <LearningPaths
        key={consent.forgotten.value}
        paths={paths}
        services={consent.services}
        display={display}
        speaker={speaker}
        localHelp={localHelp}
        takeFocus={takeFocus}
      />
    </div>
  );
}
