import { describe, expect, it } from 'vitest';
import { placeBubble } from '../../../shared/guide/place-bubble.ts';

const WINDOW = { width: 1200, height: 800 };
const BUBBLE = { width: 360, height: 100 };

describe('placing the speech bubble', () => {
  it('puts it just below the target, lined up with its left edge', () => {
    expect(placeBubble({ top: 200, left: 300, width: 120, height: 48 }, BUBBLE, WINDOW)).toEqual({
      top: 260,
      left: 300,
      side: 'below',
    });
  });

  it('puts it above a target near the bottom of the window', () => {
    expect(placeBubble({ top: 700, left: 300, width: 120, height: 48 }, BUBBLE, WINDOW)).toEqual({
      top: 588,
      left: 300,
      side: 'above',
    });
  });

  it('keeps it inside the window when the target is at the right-hand edge', () => {
    expect(placeBubble({ top: 200, left: 1100, width: 90, height: 48 }, BUBBLE, WINDOW).left).toBe(1200 - 360 - 12);
  });

  it('keeps it on screen beside a target taller than the window', () => {
    const place = placeBubble({ top: -100, left: 20, width: 600, height: 1200 }, BUBBLE, WINDOW);
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.top + BUBBLE.height).toBeLessThanOrEqual(WINDOW.height);
  });
});
