import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guideStep } from '../../../shared/guide/guide-step.ts';
import type { GuideReport } from '../../../shared/guide/report.ts';
import type { Box } from '../../../shared/guide/highlight-box.ts';
import type { OnPage } from '../../../shared/paths/learning-path.ts';
import { addToPage, clickAsPerson, pressAsPerson, showPage } from './show-page.ts';

const guides: (() => void)[] = [];
const pressContinue: OnPage = {
  site: 'http://localhost',
  action: 'click',
  target: { role: 'button', name: 'Continue' },
};

/** A guide on this page, with what it drew and reported. */
function guide(onPage: OnPage = pressContinue) {
  const drawn: (Box | undefined)[] = [];
  const reports: GuideReport[] = [];
  const stop = guideStep(document, onPage, {
    point: (box) => drawn.push(box),
    report: (report) => reports.push(report),
    timeoutMs: 3000,
    smoothScroll: false,
  });
  guides.push(stop);
  return { drawn, reports, stop };
}

const escape = () => pressAsPerson(document.body, 'Escape');
const button = () => document.querySelector('button')!;
const frameBox = () => (document.getElementById('frame') as HTMLIFrameElement).contentDocument!.getElementById('nhs')!;

beforeEach(() => {
  vi.useFakeTimers();
  // happy-dom has no layout: every element is drawn at one place, and the page has no fixed header.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(40, 300, 120, 48));
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => undefined);
  vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
  document.elementsFromPoint = () => [];
});
afterEach(() => {
  guides.splice(0).forEach((stop) => stop());
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('guiding one step on the page', () => {
  it('highlights the target and says it found it', async () => {
    showPage('<button>Continue</button>');
    const { drawn, reports } = guide();
    await vi.advanceTimersByTimeAsync(0);
    expect(drawn).toEqual([{ left: 40, top: 300, width: 120, height: 48 }]);
    expect(reports).toEqual([{ kind: 'found' }]);
  });

  it('waits for a target the page shows late', async () => {
    const { reports } = guide();
    await vi.advanceTimersByTimeAsync(1500);
    addToPage('<button>Continue</button>');
    await vi.advanceTimersByTimeAsync(100);
    expect(reports).toEqual([{ kind: 'found' }]);
  });

  it('says the target is missing when it never shows, and draws nothing', async () => {
    showPage('<button>Cancel</button>');
    const { drawn, reports } = guide();
    await vi.advanceTimersByTimeAsync(3000);
    expect(reports).toEqual([{ kind: 'missing' }]);
    expect(drawn.filter(Boolean)).toEqual([]);
  });

  it('says the step is done when the person clicks the highlighted button, and takes the highlight away', async () => {
    showPage('<button>Continue</button>');
    const { drawn, reports } = guide();
    await vi.advanceTimersByTimeAsync(0);
    clickAsPerson(button());
    expect(reports).toEqual([{ kind: 'found' }, { kind: 'done', how: 'clicked' }]);
    expect(drawn.at(-1)).toBeUndefined();
  });

  it('takes the highlight away on Escape and tells the panel, leaving focus where it was', async () => {
    showPage('<button>Continue</button><input id="box">');
    (document.getElementById('box') as HTMLInputElement).focus();
    const { drawn, reports } = guide();
    await vi.advanceTimersByTimeAsync(0);
    escape();
    expect(reports).toEqual([{ kind: 'found' }, { kind: 'dismissed' }]);
    expect(drawn.at(-1)).toBeUndefined();
    expect(document.activeElement?.id).toBe('box');
  });

  it('lets Escape through to the page, which may have its own use for it', async () => {
    showPage('<button>Continue</button>');
    const pageHeard = vi.fn();
    document.addEventListener('keydown', pageHeard);
    guide();
    await vi.advanceTimersByTimeAsync(0);
    escape();
    expect(pageHeard).toHaveBeenCalledTimes(1);
  });

  it('takes the highlight away on Escape pressed in a box inside a same-origin frame', async () => {
    showPage('<iframe id="frame" srcdoc="<label for=nhs>NHS number</label><input id=nhs>"></iframe>');
    frameBox().ownerDocument.elementsFromPoint = () => [];
    const { drawn, reports } = guide({ site: 'http://localhost', action: 'type', target: { label: 'NHS number' } });
    await vi.advanceTimersByTimeAsync(0);
    pressAsPerson(frameBox(), 'Escape');
    expect(reports).toEqual([{ kind: 'found' }, { kind: 'dismissed' }]);
    expect(drawn.at(-1)).toBeUndefined();
  });

  it('finds the new button when a single-page app swaps the old one out', async () => {
    showPage('<button>Continue</button>');
    const { reports } = guide();
    await vi.advanceTimersByTimeAsync(0);
    button().replaceWith(Object.assign(document.createElement('button'), { textContent: 'Continue' }));
    await vi.advanceTimersByTimeAsync(200);
    clickAsPerson(button());
    expect(reports).toEqual([{ kind: 'found' }, { kind: 'found' }, { kind: 'done', how: 'clicked' }]);
  });

  it('goes quiet when stopped: no highlight, no reports, Escape left alone on the page and in its frames', async () => {
    showPage('<button>Continue</button><iframe id="frame" srcdoc="<input id=nhs>"></iframe>');
    const { drawn, reports, stop } = guide();
    await vi.advanceTimersByTimeAsync(0);
    stop();
    clickAsPerson(button());
    escape();
    pressAsPerson(frameBox(), 'Escape');
    await vi.advanceTimersByTimeAsync(5000);
    expect(reports).toEqual([{ kind: 'found' }]);
    expect(drawn.at(-1)).toBeUndefined();
  });

  it('stays quiet for a step with nothing to point at', async () => {
    showPage('<button>Continue</button>');
    const { drawn, reports } = guide({ site: 'http://localhost', action: 'read' });
    escape();
    await vi.advanceTimersByTimeAsync(5000);
    expect([...drawn, ...reports]).toEqual([]);
  });
});
