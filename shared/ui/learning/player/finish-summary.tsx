import { useRef } from 'preact/hooks';
import type { LearningPath } from '../../../paths/learning-path.ts';
import { completedSteps, stepsToPractise } from '../../../paths/progress.ts';
import { isPathCompleted, keyStepsLeft } from '../../../paths/skills.ts';
import type { PathStore } from '../path-store.ts';
import { useFocusOnChange } from '../../kit/use-focus-on-change.ts';
import { useRunTime } from '../../run-time.tsx';
import { helpCategories } from './help-categories.ts';
import { ResumeCodeCard } from './resume-code-card.tsx';

interface FinishSummaryProps {
  store: PathStore;
  /** Every path there is, to name the ones to learn next. */
  paths: readonly LearningPath[];
  onOpenPath: (pathId: string) => void;
}

/** The end of a path, made to print and take home: what was done, what to practise, what next, where to get help. */
export function FinishSummary({ store, paths, onOpenPath }: FinishSummaryProps) {
  const { localHelp, print, alone } = useRunTime();
  const heading = useRef<HTMLHeadingElement>(null);
  const { path } = store;
  const progress = store.progress.value;
  const completed = completedSteps(path, progress);
  const done = path.steps.filter((_, index) => completed[index]);
  const practise = stepsToPractise(path, progress);
  const nextPaths = path.next.flatMap((id) => paths.filter((candidate) => candidate.id === id));
  useFocusOnChange(heading, path.id);
  return (
    <div class="sp-finish">
      <h2 class="sp-title" tabIndex={-1} ref={heading}>
        Well done! You finished: {path.title}
      </h2>
      {/* For the champion, who counts skills gained: someone alone has no use for it. */}
      {!alone && (
        <p class="sp-hint sp-finish__completion">
          {isPathCompleted(path, progress.outcomes)
            ? 'This path counts as completed: its key steps are done.'
            : `Not completed yet. Key ${keyStepsLeft(path, progress.outcomes).length === 1 ? 'step' : 'steps'} still to do: ${keyStepsLeft(
                path,
                progress.outcomes,
              )
                .map((step) => step.title)
                .join(', ')}.`}
        </p>
      )}
      <h3 class="sp-subheading">What you did</h3>
      {done.length > 0 ? (
        <ul class="sp-finish__list">
          {done.map((step) => (
            <li key={step.id}>
              {step.title}
              {progress.outcomes[step.id] === 'needed-help' && ' (with help)'}
            </li>
          ))}
        </ul>
      ) : (
        <p>You skipped every step this time. That is fine. Try again when you are ready.</p>
      )}
      {practise.length > 0 && (
        <>
          <h3 class="sp-subheading">Things to practise</h3>
          <p>These steps were hard, or you skipped them. Try them again next time.</p>
          <ul class="sp-finish__list sp-finish__practise">
            {practise.map((step) => (
              <li key={step.id}>{step.title}</li>
            ))}
          </ul>
        </>
      )}
      {nextPaths.length > 0 && (
        <>
          <h3 class="sp-subheading">What to learn next</h3>
          <ul class="sp-finish__list">
            {nextPaths.map((next) => (
              <li key={next.id}>
                {next.title}{' '}
                <button type="button" class="sp-link-button sp-no-print" onClick={() => onOpenPath(next.id)}>
                  Start<span class="sp-visually-hidden"> {next.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 class="sp-subheading">Where to get help nearby</h3>
      {localHelp ? (
        localHelp(helpCategories(path))
      ) : (
        <p>Ask at your library or GP practice about help with computers and phones.</p>
      )}
      <ResumeCodeCard path={path} progress={progress} />
      <div class="sp-finish__actions sp-no-print">
        <button type="button" class="sp-button" onClick={print}>
          Print this page
        </button>
        <button type="button" class="sp-secondary-button" onClick={() => void store.startAgain()}>
          Start this path again
        </button>
      </div>
    </div>
  );
}
