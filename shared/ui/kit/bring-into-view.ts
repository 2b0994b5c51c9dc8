/**
 * Gives `element` (a heading or summary with tabindex="-1") the keyboard focus and scrolls its top into
 * view, so a screen reader reads it and a phone shows it: focus() alone may leave it at the bottom edge,
 * with what follows it off screen.
 */
export function bringIntoView(element: HTMLElement | null | undefined): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'start' });
}
