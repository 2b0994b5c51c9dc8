import type { LearningPath } from '../../paths/learning-path.ts';
import { displayClass, type DisplayChoices } from '../display-choices.ts';
import type { PathStore } from '../path-store.ts';
import type { PageGuide } from '../services.ts';
import { DisplayToggles } from './display-toggles.tsx';
import { FinishSummary } from './finish-summary.tsx';
import type { LocalHelp } from './help-categories.ts';
import { PathStart } from './path-start.tsx';
import type { Speaker } from './speaker.ts';
import { StepView } from './step-view.tsx';

export interface PathPlayerProps {
  store: PathStore;
  display: DisplayChoices;
  /** Every path there is, to name what to learn next. */
  paths: readonly LearningPath[];
  onOpenPath: (pathId: string) => void;
  /** Back to the list of paths. */
  onClose: () => void;
  /** Absent where the browser cannot speak. */
  speaker?: Speaker;
  localHelp?: LocalHelp;
  print?: () => void;
  /** Points at each step's target on the real page: the extension's side panel has one, the widget none. */
  guide?: PageGuide;
}

/** A learning path, one screen at a time: the start and "what you'll need", each step, then the summary. */
export function PathPlayer({
  store,
  display,
  paths,
  onOpenPath,
  onClose,
  speaker,
  localHelp,
  print = () => window.print(),
  guide,
}: PathPlayerProps) {
  const screen = store.screen.value;
  return (
    <div class={`sp-player ${displayClass(display)}`}>
      <div class="sp-player__bar sp-no-print">
        <button type="button" class="sp-link-button" onClick={onClose}>
          Choose another path
        </button>
        <DisplayToggles choices={display} />
      </div>
      {screen === 'step' && <p class="sp-player__path">{store.path.title}</p>}
      {/* Present before any problem, so the message is announced when it appears. */}
      <div role="status">{store.problem.value && <p class="sp-notice">{store.problem.value}</p>}</div>
      {screen === 'loading' && <p>Opening the path…</p>}
      {screen === 'start' && <PathStart store={store} localHelp={localHelp} />}
      {screen === 'step' && <StepView store={store} speaker={speaker} localHelp={localHelp} guide={guide} />}
      {screen === 'finished' && (
        <FinishSummary store={store} paths={paths} onOpenPath={onOpenPath} localHelp={localHelp} print={print} />
      )}
    </div>
  );
}
