import type { LearningPath } from '../../../paths/learning-path.ts';
import { displayClass, type DisplayChoices } from './display-choices.ts';
import type { PathStore } from '../path-store.ts';
import { DisplayToggles } from './display-toggles.tsx';
import { FinishSummary } from './finish-summary.tsx';
import { PathStart } from './path-start.tsx';
import { StepView } from './step-view.tsx';

export interface PathPlayerProps {
  store: PathStore;
  /** How the resident likes the player to look; LearningPaths always gives one. */
  display: DisplayChoices;
  /** Every path there is, to name what to learn next. */
  paths: readonly LearningPath[];
  onOpenPath: (pathId: string) => void;
  /** Back to the list of paths. */
  onClose: () => void;
}

/** A learning path, one screen at a time: the start and "what you'll need", each step, then the summary. */
export function PathPlayer({ store, display, paths, onOpenPath, onClose }: PathPlayerProps) {
  const screen = store.screen.value;
  return (
    <div class={`sp-player ${displayClass(display)}`}>
      {/* One row, so the step comes first on a small screen: the display choices fold into a menu. */}
      <div class="sp-player__bar sp-no-print">
        <button type="button" class="sp-link-button" onClick={onClose}>
          Choose another path
        </button>
        <details class="sp-display-menu">
          <summary>Text and colours</summary>
          <DisplayToggles choices={display} />
        </details>
      </div>
      {screen === 'step' && <p class="sp-player__path">{store.path.title}</p>}
      {/* Present before any problem, so the message is announced when it appears. */}
      <div role="status">{store.problem.value && <p class="sp-notice">{store.problem.value}</p>}</div>
      {screen === 'loading' && <p>Opening the path…</p>}
      {screen === 'start' && <PathStart store={store} />}
      {screen === 'step' && <StepView store={store} />}
      {screen === 'finished' && <FinishSummary store={store} paths={paths} onOpenPath={onOpenPath} />}
    </div>
  );
}
