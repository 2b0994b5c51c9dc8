import type { Page } from 'playwright-core';

/** A box on screen in CSS pixels, from the top left of the page's viewport. */
export interface ScreenBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * Where the page guide's highlight ring is drawn on `page`, or undefined when none is showing. Reads the
 * guide's open shadow root from the page itself, as any script on the page could.
 */
export function guideRing(page: Page): Promise<ScreenBox | undefined> {
  return page.evaluate(() => {
    const ring = document.querySelector('signpost-guide')?.shadowRoot?.querySelector<HTMLElement>('.ring');
    if (!ring || ring.hidden) return undefined;
    const { top, left, width, height } = ring.getBoundingClientRect();
    return { top, left, width, height };
  });
}

/**
 * How far the ring stands off the element's edges, in CSS pixels: the smallest and largest of its four
 * gaps. A negative smallest gap means the ring cuts into the element; undefined when either is not drawn.
 */
export function ringGaps(
  ring: ScreenBox | undefined,
  element: { x: number; y: number; width: number; height: number } | null,
): { least: number; most: number } | undefined {
  if (ring === undefined || element === null) return undefined;
  const gaps = [
    element.y - ring.top,
    element.x - ring.left,
    ring.left + ring.width - (element.x + element.width),
    ring.top + ring.height - (element.y + element.height),
  ];
  return { least: Math.min(...gaps), most: Math.max(...gaps) };
}
