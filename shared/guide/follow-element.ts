import { framesAround, highlightBox, type Box } from './highlight-box.ts';
import { isVisible } from './is-visible.ts';
import { watchPageChanges } from './watch-page-changes.ts';

function sameBox(a: Box | undefined, b: Box | undefined): boolean {
  return (
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.top === b.top &&
      a.left === b.left &&
      a.width === b.width &&
      a.height === b.height)
  );
}

/**
 * Calls `onMove` with where `element` is drawn (see highlightBox) now and whenever that changes: the page or
 * a box inside it scrolls, the window or the element resizes, or the page changes around it. Gives
 * undefined while the element is hidden or gone (a single-page app may swap it for a new one). Measures at
 * most once per frame. Returns the function that stops following.
 */
export function followElement(element: Element, onMove: (box: Box | undefined) => void): () => void {
  const windows = [element.ownerDocument, ...framesAround(element).map((frame) => frame.ownerDocument)].map(
    (document) => document.defaultView!,
  );
  const outermost = windows.at(-1)!;
  let drawn: Box | undefined;
  let reported = false;
  let pending: number | undefined;

  const measure = () => {
    pending = undefined;
    const box = element.isConnected && isVisible(element) ? highlightBox(element) : undefined;
    if (reported && sameBox(box, drawn)) return;
    reported = true;
    drawn = box;
    onMove(box);
  };
  const schedule = () => {
    pending ??= outermost.requestAnimationFrame(measure);
  };

  // Capture: scrolling inside a box on the page doesn't bubble, but passes the window on its way down.
  const listening = { capture: true, passive: true } as const;
  for (const window of windows) {
    window.addEventListener('scroll', schedule, listening);
    window.addEventListener('resize', schedule, listening);
  }
  const resizes = new ResizeObserver(schedule);
  resizes.observe(element);
  for (const window of windows) resizes.observe(window.document.documentElement);
  const stopWatching = watchPageChanges(outermost.document, schedule);

  measure();
  return () => {
    for (const window of windows) {
      window.removeEventListener('scroll', schedule, listening);
      window.removeEventListener('resize', schedule, listening);
    }
    resizes.disconnect();
    stopWatching();
    if (pending !== undefined) outermost.cancelAnimationFrame(pending);
  };
}
