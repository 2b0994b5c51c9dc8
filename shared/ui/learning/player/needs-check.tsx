import type { Need } from '../../../paths/learning-path.ts';
import type { PathStore } from '../path-store.ts';
import { ToggleButton } from '../../kit/toggle-button.tsx';
import { useRunTime } from '../../run-time.tsx';
import type { LocalHelp } from './help-categories.ts';

interface NeedsCheckProps {
  store: PathStore;
}

/**
 * "What you'll need": a yes or no for each thing. A "no" shows another way forward from the path and
 * says local support can help; nothing stops the resident starting anyway.
 */
export function NeedsCheck({ store }: NeedsCheckProps) {
  const { localHelp } = useRunTime();
  return (
    <div class="sp-needs">
      <h3 class="sp-subheading">What you'll need</h3>
      <p class="sp-hint">Do you have these things? You can start either way.</p>
      <ul class="sp-needs__list">
        {store.path.needs.map((need) => (
          <li key={need.id}>
            <NeedQuestion
              need={need}
              has={store.needAnswers.value[need.id]}
              onAnswer={(has) => store.answerNeed(need.id, has)}
              localHelp={localHelp}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

interface NeedQuestionProps {
  need: Need;
  /** Undefined until answered. */
  has?: boolean;
  onAnswer: (has: boolean) => void;
  localHelp?: LocalHelp;
}

/*
 * Two toggle buttons rather than radios: a radio group is left with one Tab press, so "No" would need
 * the arrow keys, which many new keyboard users do not know.
 */
function NeedQuestion({ need, has, onAnswer, localHelp }: NeedQuestionProps) {
  const questionId = `sp-need-${need.id}`;
  return (
    <div class={has === false ? 'sp-need sp-need--missing' : 'sp-need'}>
      <p class="sp-need__say" id={questionId}>
        {need.say}
      </p>
      <div class="sp-need__answers" role="group" aria-labelledby={questionId}>
        <ToggleButton pressed={has === true} onPress={() => onAnswer(true)}>
          Yes, I have this
        </ToggleButton>
        <ToggleButton pressed={has === false} onPress={() => onAnswer(false)}>
          No
        </ToggleButton>
      </div>
      {has === false && (
        <div class="sp-need__route">
          <p>{need.ifMissing.say}</p>
          <p>Local support can help with this too.</p>
          {localHelp?.(need.ifMissing.categories ?? [])}
        </div>
      )}
    </div>
  );
}
