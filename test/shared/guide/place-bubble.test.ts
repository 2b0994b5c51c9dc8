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

const overlaps = (a: { top: number; left: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('keeping clear of what the person must read', () => {
  it('never covers the box’s label: it goes to the other side', () => {
    // A box near the bottom, with its label above it: below has no room, above would cover the label.
    const box = { top: 660, left: 40, width: 400, height: 48 };
    const label = { top: 610, left: 40, width: 200, height: 30 };
    const place = placeBubble(box, BUBBLE, WINDOW, [label]);
    const bubble = { top: place.top, left: place.left, ...BUBBLE };
    expect(overlaps(bubble, label)).toBe(false);
    expect(overlaps(bubble, box)).toBe(false);
    expect(place.side).toBe('right');
  });

  it('goes below a whole error summary when it rings the summary’s heading', () => {
    const summary = { top: 100, left: 20, width: 700, height: 220 };
    const heading = { top: 124, left: 44, width: 300, height: 40 };
    const place = placeBubble(heading, BUBBLE, WINDOW, [summary]);
    expect(overlaps({ top: place.top, left: place.left, ...BUBBLE }, summary)).toBe(false);
    expect(place).toEqual({ top: 332, left: 20, side: 'below' });
  });

  it('takes the side with room on a narrow window, rather than covering an error summary below', () => {
    const narrow = { width: 400, height: 700 };
    const button = { top: 300, left: 20, width: 120, height: 48 };
    const summary = { top: 360, left: 0, width: 400, height: 200 };
    const place = placeBubble(button, { width: 360, height: 100 }, narrow, [summary]);
    expect(place.side).toBe('above');
    expect(overlaps({ top: place.top, left: place.left, width: 360, height: 100 }, summary)).toBe(false);
  });

  it('never covers the target, even when everything else is covered: it covers the least it can', () => {
    const small = { width: 500, height: 400 };
    const target = { top: 180, left: 200, width: 100, height: 40 };
    const everywhere = [
      { top: 0, left: 0, width: 500, height: 170 },
      { top: 230, left: 0, width: 500, height: 170 },
    ];
    const place = placeBubble(target, { width: 180, height: 100 }, small, everywhere);
    expect(overlaps({ top: place.top, left: place.left, width: 180, height: 100 }, target)).toBe(false);
  });
});
