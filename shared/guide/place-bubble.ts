import type { Box } from './highlight-box.ts';

/** Gap between the highlighted element and its speech bubble, and the bubble and the window's edge, in CSS px. */
const GAP_PX = 12;

/** Where the speech bubble goes, in CSS px from the viewport's top-left, and on which side of the target. */
export interface BubblePlace {
  top: number;
  left: number;
  side: 'below' | 'above';
}

/**
 * Puts a speech bubble of `bubble` size next to the highlighted `target`: below it when there is room in a
 * viewport of `viewport` size (we read down the page), else above it when there is room there, else
 * wherever there is most room; lined up with the target's left edge and kept inside the window.
 */
export function placeBubble(
  target: Box,
  bubble: { width: number; height: number },
  viewport: { width: number; height: number },
): BubblePlace {
  const roomBelow = viewport.height - (target.top + target.height) - GAP_PX;
  const roomAbove = target.top - GAP_PX;
  const fitsBelow = roomBelow >= bubble.height + GAP_PX;
  const side = fitsBelow || (roomAbove < bubble.height + GAP_PX && roomBelow >= roomAbove) ? 'below' : 'above';
  const wanted = side === 'below' ? target.top + target.height + GAP_PX : target.top - GAP_PX - bubble.height;
  const top = Math.min(Math.max(wanted, GAP_PX), viewport.height - bubble.height - GAP_PX);
  const left = Math.min(Math.max(target.left, GAP_PX), viewport.width - bubble.width - GAP_PX);
  return { top: Math.max(top, 0), left: Math.max(left, 0), side };
}
