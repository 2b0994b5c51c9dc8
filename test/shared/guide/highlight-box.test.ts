import { afterEach, describe, expect, it } from 'vitest';
import { highlightBox } from '../../../shared/guide/highlight-box.ts';
import { showPage } from './show-page.ts';

/** Places an element on screen as a browser would (happy-dom lays nothing out). */
function drawAt(element: Element, left: number, top: number, width: number, height: number): void {
  element.getBoundingClientRect = () => new DOMRect(left, top, width, height);
}

afterEach(() => document.body.replaceChildren());

describe('where to draw the highlight', () => {
  it('is where the element is drawn on the page', () => {
    const button = document.createElement('button');
    document.body.append(button);
    drawAt(button, 40, 300, 120, 48);
    expect(highlightBox(button)).toEqual({ left: 40, top: 300, width: 120, height: 48 });
  });

  it('moves an element inside an iframe by where the frame’s content starts on the page', () => {
    showPage('<iframe id="frame" style="padding: 6px" srcdoc="<button>Pay</button>"></iframe>');
    const frame = document.getElementById('frame') as HTMLIFrameElement;
    const inner = frame.contentDocument!.querySelector('button')!;
    // happy-dom leaves frameElement empty; a browser links a same-origin frame's window to its iframe.
    Object.defineProperty(frame.contentWindow, 'frameElement', { value: frame });
    Object.defineProperty(frame, 'clientTop', { value: 2 });
    Object.defineProperty(frame, 'clientLeft', { value: 2 });
    drawAt(frame, 100, 500, 400, 300);
    drawAt(inner, 10, 20, 80, 40);
    expect(highlightBox(inner)).toEqual({ left: 100 + 2 + 6 + 10, top: 500 + 2 + 6 + 20, width: 80, height: 40 });
  });
});
