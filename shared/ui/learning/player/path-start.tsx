import { useRef } from 'preact/hooks';
import { completionText } from '../../../paths/skills.ts';
import type { PathStore } from '../path-store.ts';
import { useRunTime } from '../../run-time.tsx';
import { useFocusOnChange } from '../../kit/use-focus-on-change.ts';
import { NeedsCheck } from './needs-check.tsx';
import { WordsToKnow } from './words-to-know.tsx';

/** Before step 1: the goal, how long it takes, the words to know and the "what you'll need" check. */
export function PathStart({ store }: { store: PathStore }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { alone } = useRunTime();
  const { path } = store;
  useFocusOnChange(heading, path.id);
  return (
    <div class="sp-start">
      <h2 class="sp-title" tabIndex={-1} ref={heading}>
        {path.title}
      </h2>
      <p class="sp-start__goal">"{path.goal}"</p>
      <p class="sp-hint">
        {path.steps.length} steps. About {path.minutes} minutes.
      </p>
      {/* For the champion, who counts what was learned: someone alone has no use for it. */}
      {!alone && <p class="sp-hint sp-start__completion">{completionText(path)}</p>}
      <WordsToKnow entries={path.glossary} />
      {path.needs.length > 0 && <NeedsCheck store={store} />}
      {store.missingNeeds.value.length > 0 && (
        <p>
          {alone
            ? 'You can still start. Local help can show you another way.'
            : 'You can still start. Your helper can help you find another way.'}
        </p>
      )}
      <button type="button" class="sp-button sp-no-print" onClick={store.beginSteps}>
        Start step 1
      </button>
    </div>
  );
}
