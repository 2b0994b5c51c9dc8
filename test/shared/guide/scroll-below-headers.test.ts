import { afterEach, describe, expect, it, vi } from 'vitest';
import { coveredTop, scrollBelowHeaders, scrollDistance } from '../../../shared/guide/scroll-below-headers.ts';

const VIEWPORT = 800;

function drawAt(element: Element, top: number, height: number): void {
  element.getBoundingClientRect = () => new DOMRect(0, top, 1000, height);
}

/** A page whose elementsFromPoint answers as a browser would for these bars (happy-dom has none). */
function pageWithBars(bars: { position: string; top: number; height: number }[]): void {
  const drawn = bars.map(({ position, top, height }) => {
    const bar = document.createElement('div');
    bar.style.position = position;
    drawAt(bar, top, height);
    document.body.append(bar);
    return { bar, top, height };
  });
  document.elementsFromPoint = (_x: number, y: number) => [
    ...drawn.filter(({ top, height }) => y >= top && y < top + height).map(({ bar }) => bar),
    document.body,
    document.documentElement,
  ];
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('how far to scroll', () => {
  it('does not move a target that is already in view below the header', () => {
    expect(scrollDistance({ top: 300, height: 50 }, 80, VIEWPORT)).toBe(0);
  });

  it('brings a target from further down to the middle of the free space', () => {
    // Free space runs from 80 + 24 to 800 - 24: its middle is 440, so a 50px target's top goes to 415.
    expect(scrollDistance({ top: 2000, height: 50 }, 80, VIEWPORT)).toBe(2000 - 415);
  });

  it('brings a target hidden under the sticky header down into view', () => {
    expect(scrollDistance({ top: 40, height: 50 }, 80, VIEWPORT)).toBe(40 - 415);
  });

  it('puts the top of a target taller than the free space just under the header', () => {
    expect(scrollDistance({ top: 1500, height: 900 }, 80, VIEWPORT)).toBe(1500 - 104);
  });
});

describe('finding what covers the top of the page', () => {
  it('adds up a fixed header and a sticky bar stacked under it', () => {
    pageWithBars([
      { position: 'fixed', top: 0, height: 64 },
      { position: 'sticky', top: 64, height: 40 },
    ]);
    expect(coveredTop(window)).toBe(104);
  });

  it('counts nothing when the top of the page scrolls away with the page', () => {
    pageWithBars([{ position: 'static', top: 0, height: 64 }]);
    expect(coveredTop(window)).toBe(0);
  });

  it('does not take a full-window fixed backdrop for a header', () => {
    pageWithBars([{ position: 'fixed', top: 0, height: 2000 }]);
    expect(coveredTop(window)).toBe(0);
  });
});

describe('scrolling the target into view', () => {
  it('scrolls the page so the target is clear of a fixed header, without animation when asked', () => {
    pageWithBars([{ position: 'fixed', top: 0, height: 64 }]);
    const button = document.createElement('button');
    document.body.append(button);
    drawAt(button, 20, 48);
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(VIEWPORT);
    scrollBelowHeaders(button, false);
    expect(scrollBy).toHaveBeenCalledWith({ top: 20 - scrollTopFor(64, 48), behavior: 'instant' });
  });
});

/** Where a target's top lands when centred in the space below a header. */
function scrollTopFor(headerPx: number, targetPx: number): number {
  const freeTop = headerPx + 24;
  return freeTop + (VIEWPORT - 24 - freeTop - targetPx) / 2;
}
