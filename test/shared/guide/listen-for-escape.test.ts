import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForEscape } from '../../../shared/guide/listen-for-escape.ts';
import { addToPage, pressAsPerson, showPage } from './show-page.ts';

const listening: (() => void)[] = [];

/** Listens on this page, and stops after the test. */
function listen(onEscape: () => void): () => void {
  const stop = listenForEscape(document, onEscape);
  listening.push(stop);
  return stop;
}

const frameDocument = (id = 'frame') => (document.getElementById(id) as HTMLIFrameElement).contentDocument!;
const pressIn = (target: Element, key = 'Escape') => pressAsPerson(target, key);
const frameLoads = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  listening.splice(0).forEach((stop) => stop());
  document.body.replaceChildren();
});

describe('hearing Escape wherever the person is typing', () => {
  it('hears Escape on the page, and no other key', () => {
    showPage('<input id="box">');
    const onEscape = vi.fn();
    listen(onEscape);
    pressIn(document.getElementById('box')!, 'Enter');
    pressIn(document.getElementById('box')!);
    expect(onEscape).toHaveBeenCalledTimes(1);
  });

  it("ignores an Escape a page script makes up: it can't send the highlight away", () => {
    showPage('<input id="box">');
    const onEscape = vi.fn();
    listen(onEscape);
    document.getElementById('box')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onEscape).not.toHaveBeenCalled();
  });

  it('hears Escape in a box inside a same-origin frame, two frames deep', () => {
    showPage('<iframe id="frame" srcdoc="<iframe id=inner srcdoc=\'<input id=nhs>\'></iframe>"></iframe>');
    const onEscape = vi.fn();
    listen(onEscape);
    const inner = (frameDocument().getElementById('inner') as HTMLIFrameElement).contentDocument!;
    pressIn(inner.getElementById('nhs')!);
    expect(onEscape).toHaveBeenCalledTimes(1);
  });

  it('hears Escape in a frame the page adds later, and in a frame that moves to a new page', async () => {
    const onEscape = vi.fn();
    listen(onEscape);
    addToPage('<iframe id="frame" srcdoc="<input id=first>"></iframe>');
    await frameLoads();
    pressIn(frameDocument().getElementById('first')!);
    (document.getElementById('frame') as HTMLIFrameElement).srcdoc = '<input id=second>';
    await frameLoads();
    pressIn(frameDocument().getElementById('second')!);
    expect(onEscape).toHaveBeenCalledTimes(2);
  });

  it('lets the page and the frame still hear Escape', () => {
    showPage('<iframe id="frame" srcdoc="<input id=nhs>"></iframe>');
    const frameHeard = vi.fn();
    frameDocument().addEventListener('keydown', frameHeard);
    listen(() => {});
    pressIn(frameDocument().getElementById('nhs')!);
    expect(frameHeard).toHaveBeenCalledTimes(1);
    expect(frameHeard.mock.calls[0]![0].defaultPrevented).toBe(false);
  });

  it('stops listening on the page and in every frame when told to', () => {
    showPage('<input id="box"><iframe id="frame" srcdoc="<input id=nhs>"></iframe>');
    const onEscape = vi.fn();
    listen(onEscape)();
    pressIn(document.getElementById('box')!);
    pressIn(frameDocument().getElementById('nhs')!);
    expect(onEscape).not.toHaveBeenCalled();
  });
});
