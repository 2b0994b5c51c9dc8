import { useRef } from 'preact/hooks';
import type { PathStore } from '../path-store.ts';
import { useFocusOnChange } from '../../kit/use-focus-on-change.ts';
import { useRunTime } from '../../run-time.tsx';
import { HelperTip } from './helper-tip.tsx';
import { ReadAloudButton } from './read-aloud-button.tsx';
import { ShowMe } from '../show-me/show-me.tsx';
import { StepActions } from './step-actions.tsx';
import { StuckHelp } from './stuck-help.tsx';
import { WasThisClear } from './was-this-clear.tsx';
import { WhoDoesIt, whoDoesItText } from './who-does-it.tsx';
import { WordsToKnow } from './words-to-know.tsx';

/**
 * One step, large: where we are, what to do, who does it, Show me (in the extension), help if stuck,
 * then the buttons, so all of them fit a small screen (a side panel 700px tall) without scrolling; then
 * Read aloud, the words to know and the helper's tip. The stuck help comes before the buttons so that,
 * after "I need help", the next Tab press leads on to "I did it with help".
 */
export function StepView({ store }: { store: PathStore }) {
  const { speaker, guide, alone } = useRunTime();
  const heading = useRef<HTMLHeadingElement>(null);
  const step = store.step.value;
  const counter = store.counter.value;
  useFocusOnChange(heading, store.progress.value.current);
  return (
    <div class="sp-step">
      <progress class="sp-progress" max={counter.total} value={counter.number} aria-label={counter.label} />
      <h2 class="sp-step__title" tabIndex={-1} ref={heading}>
        <span class="sp-step__counter">
          {counter.label}
          <span class="sp-visually-hidden">:</span>
        </span>{' '}
        {step.title}
      </h2>
      <p class="sp-step__say">{step.say}</p>
      <WhoDoesIt step={step} />
      {guide && <ShowMe guide={guide} store={store} />}
      <StuckHelp store={store} />
      <StepActions store={store} />
      <WasThisClear store={store} />
      <ReadAloudButton
        key={step.id}
        speaker={speaker}
        text={`${step.title}. ${step.say} ${whoDoesItText(step, alone)}`}
      />
      <WordsToKnow entries={step.glossary} />
      <HelperTip tip={step.helperTip} />
    </div>
  );
}
