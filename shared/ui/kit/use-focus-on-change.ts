import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Moves focus to `ref` (a heading with tabIndex -1) when it first shows and whenever `key` changes, so a
 * screen reader reads the new heading itself: quieter than a live region announcing the whole step.
 * Pass `enabled: false` where taking focus on first show would surprise, like a page that just loaded.
 * A layout effect, so the focus moves as the screen is drawn: a key pressed at once goes to the new screen,
 * never to whatever had the focus on the old one.
 */
export function useFocusOnChange(ref: RefObject<HTMLElement | null>, key: unknown, enabled = true): void {
  useLayoutEffect(() => {
    if (enabled) ref.current?.focus();
    // Only a change of key (or first show) moves focus; a change of `enabled` alone must not.
  }, [key]);
}
