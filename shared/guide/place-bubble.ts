import type { Box } from './highlight-box.ts';

/** Gap between the highlighted element and its speech bubble, and the bubble and the window's edge, in CSS px. */
const GAP_PX = 12;

export type BubbleSide = 'below' | 'above' | 'right' | 'left';

/** Where the speech bubble goes, in CSS px from the viewport's top-left, and on which side of the target. */
export interface BubblePlace {
  top: number;
  left: number;
  side: BubbleSide;
}

type Size = { width: number; height: number };

/** We read down the page, then across: below first, then above, then beside. */
const SIDES: readonly BubbleSide[] = ['below', 'above', 'right', 'left'];

function overlap(a: Box, b: Box): number {
  const across = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const down = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return across > 0 && down > 0 ? across * down : 0;
}

/** The smallest box holding both. */
function around(a: Box, b: Box): Box {
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  const bottom = Math.max(a.top + a.height, b.top + b.height);
  const right = Math.max(a.left + a.width, b.left + b.width);
  return { top, left, width: right - left, height: bottom - top };
}

/** The bubble on `side` of `near`, kept inside the window, and whether that side had room without moving it. */
function spot(side: BubbleSide, near: Box, bubble: Size, viewport: Size): { box: Box; roomy: boolean } {
  const wanted = {
    below: { top: near.top + near.height + GAP_PX, left: near.left },
    above: { top: near.top - GAP_PX - bubble.height, left: near.left },
    right: { top: near.top, left: near.left + near.width + GAP_PX },
    left: { top: near.top, left: near.left - GAP_PX - bubble.width },
  }[side];
  const top = Math.max(Math.min(Math.max(wanted.top, GAP_PX), viewport.height - bubble.height - GAP_PX), 0);
  const left = Math.max(Math.min(Math.max(wanted.left, GAP_PX), viewport.width - bubble.width - GAP_PX), 0);
  const vertical = side === 'below' || side === 'above';
  const roomy = vertical ? top === wanted.top : left === wanted.left;
  return { box: { top, left, ...bubble }, roomy };
}

/**
 * Puts a speech bubble of `bubble` size beside the highlighted `target` in a viewport of `viewport` size,
 * where it covers neither the target nor any box in `avoid` (the target's label, an error summary): below
 * it when there is room (we read down the page), else above, right or left. When one of `avoid` overlaps
 * the target (an error summary round its heading), the bubble goes beside both. Lined up with the target's
 * edge and kept inside the window. When every side would cover something, it takes the side that covers
 * the least of `avoid` without covering the target, else the side with most room.
 */
export function placeBubble(target: Box, bubble: Size, viewport: Size, avoid: readonly Box[] = []): BubblePlace {
  const group = avoid.filter((box) => overlap(box, target) > 0).reduce(around, target);
  const candidates = [group, target].flatMap((near) =>
    SIDES.map((side) => ({ side, ...spot(side, near, bubble, viewport) })),
  );
  const covers = (box: Box) => avoid.reduce((sum, other) => sum + overlap(box, other), 0);
  const clearOfTarget = candidates.filter((candidate) => overlap(candidate.box, target) === 0);
  const best =
    clearOfTarget.find((candidate) => candidate.roomy && covers(candidate.box) === 0) ??
    clearOfTarget.find((candidate) => covers(candidate.box) === 0) ??
    clearOfTarget.sort((a, b) => covers(a.box) - covers(b.box))[0];
  if (best) return { top: best.box.top, left: best.box.left, side: best.side };
  // Nowhere clear of the target (it fills the window): below or above, wherever there is more room.
  const roomBelow = viewport.height - (target.top + target.height);
  const side = roomBelow >= target.top ? 'below' : 'above';
  const { box } = spot(side, target, bubble, viewport);
  return { top: box.top, left: box.left, side };
}
