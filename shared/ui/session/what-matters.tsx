import type { Signal } from '@preact/signals';
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { CategoryId } from '../../directory/categories.ts';
import type { LearningPath } from '../../paths/learning-path.ts';
import {
  answerInTheirWords,
  suggestPaths,
  WHAT_MATTERS,
  type WhatMatters as Answer,
} from '../../paths/suggest-paths.ts';
import { helpCategories } from '../learning/player/help-categories.ts';
import { PathChoiceList } from '../learning/path-choice-list.tsx';
import { PathPicker } from '../learning/path-picker.tsx';
import { TextField } from '../kit/text-field.tsx';
import { ToggleButton } from '../kit/toggle-button.tsx';
import { useFocusOnChange } from '../kit/use-focus-on-change.ts';
import { useRunTime } from '../run-time.tsx';
import type { CarePlanStore } from './care-plan-store.ts';

interface WhatMattersProps {
  paths: readonly LearningPath[];
  /** The id of the answer chosen (WHAT_MATTERS), kept for the whole session. */
  chosen: Signal<string | undefined>;
  onPick: (pathId: string) => void;
  /** True when just arrived here (after choosing who is learning, or back from a path), so the heading is read out. */
  takeFocus?: boolean;
  /** The learner's plan: their answer and own words are kept in it. Without it, only the six choices are offered. */
  plan?: CarePlanStore;
}

/** At most this many paths suggested from one answer: a short list to choose from. */
const MOST_SUGGESTED = 5;

/** The paths that fit the choice and the resident's own words, best first, each once. */
function suggestedFor(choice: Answer | undefined, words: string, paths: readonly LearningPath[]): LearningPath[] {
  const fromWords = words.trim() === '' ? [] : suggestPaths(answerInTheirWords(words), paths);
  const fromChoice = choice ? suggestPaths(choice, paths) : [];
  // Their own words first: they say most exactly what matters.
  return [...new Set([...fromWords.slice(0, 3), ...fromChoice, ...fromWords])].slice(0, MOST_SUGGESTED);
}

/** The kinds of local help for the answer: the choice's own, then those the suggested paths point to. */
function categoriesFor(choice: Answer | undefined, suggested: readonly LearningPath[]): CategoryId[] {
  return [...new Set([...(choice?.categories ?? []), ...suggested.slice(0, 3).flatMap(helpCategories)])];
}

/**
 * The start of a session: the resident says what matters to them, with a choice or in their own words,
 * and the paths and local help that fit it are offered, best first. Every path stays one step away, folded
 * below. With a plan, the answer is kept with the learner and is there again next time.
 */
export function WhatMatters({ paths, chosen, onPick, takeFocus = false, plan }: WhatMattersProps) {
  const { localHelp } = useRunTime();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, 'what-matters', takeFocus);
  /** Their words as last asked about: suggestions follow what was sent, not every key press. */
  const asked = useSignal(plan?.inTheirWords.peek() ?? '');
  const matters = WHAT_MATTERS.find((answer) => answer.id === chosen.value);
  const words = plan ? asked.value : '';
  const suggested = suggestedFor(matters, words, paths);
  const said = [matters?.label, words.trim()]
    .filter(Boolean)
    .map((part) => `"${part}"`)
    .join(' and ');
  const categories = categoriesFor(matters, suggested);
  const choose = (answerId: string) => (plan ? plan.choose(answerId) : (chosen.value = answerId));
  const onWords = (event: Event) => {
    event.preventDefault();
    if (plan === undefined) return;
    asked.value = plan.inTheirWords.value;
    void plan.saveWhatMatters();
  };
  return (
    <div class="sp-what-matters">
      <h2 class="sp-title" tabIndex={-1} ref={heading}>
        What matters to you?
      </h2>
      <p>Choose one, or say it in your own words. We will suggest things to learn for it.</p>
      <ul class="sp-what-matters__answers" aria-label="What matters to you">
        {WHAT_MATTERS.map((answer) => (
          <li key={answer.id}>
            <ToggleButton pressed={answer.id === chosen.value} onPress={() => choose(answer.id)}>
              {answer.label}
            </ToggleButton>
          </li>
        ))}
      </ul>
      {plan && (
        <form class="sp-form sp-what-matters__words" onSubmit={onWords} noValidate>
          <TextField
            id="sp-what-matters-words"
            label="In your own words (optional)"
            hint="For example: I want to see photos of my grandchildren. No names, phone numbers or email addresses."
            error={plan.wordsProblem.value}
            value={plan.inTheirWords}
            name="what-matters"
          />
          <button type="submit" class="sp-secondary-button">
            Find paths for this
          </button>
        </form>
      )}
      {/* A live region, so a screen reader hears that suggestions arrived below the buttons. */}
      <div role="status">
        {said && (
          <p>
            {suggested.length > 0
              ? `Suggested for ${said}, best first:`
              : `No paths fit ${said} yet. Look at every path below.`}
          </p>
        )}
      </div>
      {suggested.length > 0 && <PathChoiceList paths={suggested} onPick={onPick} />}
      {said && localHelp && (
        <div class="sp-what-matters__help">
          <h3 class="sp-subheading">Help near you for this</h3>
          {localHelp(categories)}
        </div>
      )}
      <details class="sp-all-paths">
        <summary>See every learning path</summary>
        <PathPicker paths={paths} onPick={onPick} />
      </details>
    </div>
  );
}
