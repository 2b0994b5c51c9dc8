import { framesAround, highlightBox, type Box } from './highlight-box.ts';

/** Room kept between the target and a header or the bottom edge, in CSS pixels, so the ring isn't cut off. */
const MARGIN_PX = 24;

/*
 * Sites keep a header (or a cookie bar) fixed or sticky at the top of the window. Scrolling a target to the
 * top edge would slide it underneath, so we look at what is drawn along the top edge and keep below it.
 */

function isPinned(element: Element): boolean {
  const position = element.ownerDocument.defaultView!.getComputedStyle(element).position;
  return position === 'fixed' || position === 'sticky';
}

/**
 * How far down from the top of the viewport fixed or sticky bars cover the page, in CSS pixels (0 when
 * none). Looks along the top edge, then just below each bar found, for stacked bars. A pinned layer taller
 * than half the window is a backdrop, not a header, and is left out. Our overlay takes no pointer events,
 * so elementsFromPoint never sees it.
 */
export function coveredTop(window: Window): number {
  const { innerWidth: width, innerHeight: height, document } = window;
  let covered = 0;
  for (let bars = 0; bars < 3; bars += 1) {
    const y = covered + 1;
    const pinned = [0.25, 0.5, 0.75]
      .flatMap((across) => document.elementsFromPoint(width * across, y))
      .filter(isPinned)
      .map((element) => element.getBoundingClientRect())
      .filter((rect) => rect.height < height / 2);
    const below = Math.max(covered, ...pinned.map((rect) => rect.bottom));
    if (below <= covered) break;
    covered = below;
  }
  return covered;
}

/**
 * How far to scroll the window, in CSS pixels (positive is down), so that `box` sits in the free part of a
 * viewport `viewportHeight` pixels tall whose top `coveredPx` pixels are covered by headers: 0 when it is
 * already fully there; otherwise centred in the free part, or with its top just under the headers when it
 * is too tall to fit.
 */
export function scrollDistance(box: Pick<Box, 'top' | 'height'>, coveredPx: number, viewportHeight: number): number {
  const freeTop = coveredPx + MARGIN_PX;
  const freeBottom = viewportHeight - MARGIN_PX;
  if (box.top >= freeTop && box.top + box.height <= freeBottom) return 0;
  const freeHeight = freeBottom - freeTop;
  if (box.height > freeHeight) return box.top - freeTop;
  return box.top - (freeTop + (freeHeight - box.height) / 2);
}

/**
 * Scrolls so `element` is on screen and below any fixed or sticky header of the outermost same-origin page.
 * First the browser brings it out of any scrolling box or frame, then the page scrolls it clear of headers,
 * smoothly unless `smooth` is false (the person prefers reduced motion).
 */
export function scrollBelowHeaders(element: Element, smooth: boolean): void {
  element.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const outermost = framesAround(element).at(-1)?.ownerDocument ?? element.ownerDocument;
  const window = outermost.defaultView!;
  const distance = scrollDistance(highlightBox(element), coveredTop(window), window.innerHeight);
  if (distance !== 0) window.scrollBy({ top: distance, behavior: smooth ? 'smooth' : 'instant' });
}
