import type { Signal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { LearningPath } from '../../paths/learning-path.ts';
import { suggestPaths, WHAT_MATTERS } from '../../paths/suggest-paths.ts';
import { PathChoiceList } from '../learning/path-choice-list.tsx';
import { PathPicker } from '../learning/path-picker.tsx';
import { ToggleButton } from '../kit/toggle-button.tsx';
import { useFocusOnChange } from '../kit/use-focus-on-change.ts';

interface WhatMattersProps {
  paths: readonly LearningPath[];
  /** The id of the answer chosen (WHAT_MATTERS), kept for the whole session. */
  chosen: Signal<string | undefined>;
  onPick: (pathId: string) => void;
  /** True when just arrived here (after choosing who is learning, or back from a path), so the heading is read out. */
  takeFocus?: boolean;
}

/**
 * The start of a session: the resident says what matters to them, and the paths that fit it are offered,
 * best first. Every path stays one step away, folded below.
 */
export function WhatMatters({ paths, chosen, onPick, takeFocus = false }: WhatMattersProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, 'what-matters', takeFocus);
  const matters = WHAT_MATTERS.find((answer) => answer.id === chosen.value);
  const suggested = matters ? suggestPaths(matters, paths) : [];
  return (
    <div class="sp-what-matters">
      <h2 class="sp-title" tabIndex={-1} ref={heading}>
        What matters to you?
      </h2>
      <p>Choose one. We will suggest things to learn for it.</p>
      <ul class="sp-what-matters__answers" aria-label="What matters to you">
        {WHAT_MATTERS.map((answer) => (
          <li key={answer.id}>
            <ToggleButton pressed={answer.id === chosen.value} onPress={() => (chosen.value = answer.id)}>
              {answer.label}
            </ToggleButton>
          </li>
        ))}
      </ul>
      {/* A live region, so a screen reader hears that suggestions arrived below the buttons. */}
      <div role="status">
        {matters && (
          <p>
            {suggested.length > 0
              ? `Suggested for "${matters.label}", best first:`
              : `No paths fit "${matters.label}" yet. Look at every path below.`}
          </p>
        )}
      </div>
      {suggested.length > 0 && <PathChoiceList paths={suggested} onPick={onPick} />}
      <details class="sp-all-paths">
        <summary>See every learning path</summary>
        <PathPicker paths={paths} onPick={onPick} />
      </details>
    </div>
  );
}
