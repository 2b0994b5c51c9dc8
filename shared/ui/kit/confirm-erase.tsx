import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useFocusOnChange } from './use-focus-on-change.ts';

interface ConfirmEraseProps {
  /** The question, "Erase Sam from this computer?": it takes focus, so a screen reader reads it first. */
  question: string;
  /** What will be deleted, in plain words. */
  children: ComponentChildren;
  /** "Keep Sam" for one learner, "Keep them" for everyone. */
  keepLabel: string;
  /** Why the last try failed; the question stays so they can try again. */
  problem?: string;
  onErase: () => void;
  onKeep: () => void;
}

/**
 * Asks before erasing, in the page rather than a browser pop-up, so it reads and looks like the rest of
 * Signpost and works the same by keyboard: the question, what goes, then "Yes, erase" or keep.
 */
export function ConfirmErase({ question, children, keepLabel, problem, onErase, onKeep }: ConfirmEraseProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, question);
  return (
    <div class="sp-notice sp-confirm-erase" role="group" aria-label={question}>
      <h3 class="sp-subheading" tabIndex={-1} ref={heading}>
        {question}
      </h3>
      {children}
      {problem && (
        <p class="sp-error-message" role="alert">
          {problem}
        </p>
      )}
      <button type="button" class="sp-button sp-button--warning" onClick={onErase}>
        Yes, erase
      </button>{' '}
      <button type="button" class="sp-secondary-button" onClick={onKeep}>
        {keepLabel}
      </button>
    </div>
  );
}

/**
 * Puts focus back on `button` (the one that asked) when the question closes with nothing erased, so a
 * keyboard user is where they were. After an erase, the panel moves focus to what was erased instead.
 */
export function useFocusBackOnKeep(
  button: RefObject<HTMLButtonElement | null>,
  asking: boolean,
  erased: boolean,
): void {
  const wasAsking = useRef(asking);
  useLayoutEffect(() => {
    if (wasAsking.current && !asking && !erased) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
}
