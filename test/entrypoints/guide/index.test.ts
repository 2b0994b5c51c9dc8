import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import pageGuideScript from '../../../entrypoints/guide/index.ts';
import type { ContentToPanel, PanelToContent } from '../../../extension/messages/contract.ts';
import { fromExtensionPage } from '../../extension/messages/message-senders.ts';
import { continueRequest, showContinue } from '../../extension/messages/show-continue.ts';
import { clickAsPerson, pressAsPerson } from '../../shared/guide/show-page.ts';

const STEP = continueRequest.stepKey;

let reports: ContentToPanel[];
/** The guide's shadow roots as it made them: closed, so the page (and this test) can't reach them from the host. */
let shadowRoots: ShadowRoot[];

/** Runs the guide's script in the page, as executeScript does each time the panel puts it in. */
function putGuideInPage(): void {
  void pageGuideScript.main();
}

/** A message from the side panel, as the browser delivers it (from the extension's own page). */
async function fromPanel(message: PanelToContent): Promise<void> {
  await fakeBrowser.runtime.onMessage.trigger(message, fromExtensionPage);
  await vi.advanceTimersByTimeAsync(0);
}

function overlay() {
  const host = document.querySelector('signpost-guide');
  const shadow = shadowRoots.find((root) => root.host === host);
  return {
    host,
    ring: shadow?.querySelector<HTMLElement>('.ring'),
    bubble: shadow?.querySelector<HTMLElement>('.bubble'),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  reports = [];
  shadowRoots = [];
  const attachShadow = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
    const root = attachShadow.call(this, init);
    shadowRoots.push(root);
    return root;
  });
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    reports.push(message as ContentToPanel);
  });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(40, 300, 120, 48));
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => undefined);
  vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
  document.elementsFromPoint = () => [];
  const button = Object.assign(document.createElement('button'), {
    textContent: 'Continue',
    className: 'nhsuk-button',
  });
  document.body.replaceChildren(button);
  putGuideInPage();
});
afterEach(() => {
  document.querySelectorAll('signpost-guide').forEach((host) => host.remove());
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the page guide in a tab', () => {
  it('rings the target with the step’s words beside it, and tells the panel', async () => {
    await fromPanel(showContinue);
    const { ring, bubble } = overlay();
    expect(ring?.hidden).toBe(false);
    expect(ring?.style.top).toBe('294px');
    expect(bubble?.textContent).toBe('Click the green Continue button.');
    expect(reports).toEqual([{ type: 'guideReport', kind: 'found', stepKey: STEP }]);
  });

  it('draws outside the page’s body and leaves the page’s own elements as they were', async () => {
    const page = () => new XMLSerializer().serializeToString(document.body);
    const before = page();
    await fromPanel(showContinue);
    expect(page()).toBe(before);
    expect(overlay().host?.parentElement).toBe(document.documentElement);
  });

  it('shows the words as text, never as markup', async () => {
    await fromPanel({ ...showContinue, say: '<img src=x onerror=alert(1)>' });
    expect(overlay().bubble?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(overlay().bubble?.querySelector('img')).toBeNull();
  });

  it('tells the panel when the person clicks the highlighted button', async () => {
    await fromPanel(showContinue);
    clickAsPerson(document.querySelector('button')!);
    expect(reports.at(-1)).toEqual({ type: 'guideReport', kind: 'done', stepKey: STEP, how: 'clicked' });
    expect(overlay().ring?.hidden).toBe(true);
  });

  it('tells the panel the target is missing when the page never shows it', async () => {
    await fromPanel({
      ...showContinue,
      onPage: { ...showContinue.onPage, target: { role: 'button', name: 'Pay now' } },
    });
    await vi.advanceTimersByTimeAsync(8000);
    expect(reports).toEqual([{ type: 'guideReport', kind: 'missing', stepKey: STEP }]);
  });

  it('takes the highlight away on Escape and tells the panel, without taking focus', async () => {
    await fromPanel(showContinue);
    pressAsPerson(document.body, 'Escape');
    expect(overlay().ring?.hidden).toBe(true);
    expect(reports.at(-1)).toEqual({ type: 'guideReport', kind: 'dismissed', stepKey: STEP });
    expect(document.activeElement).toBe(document.body);
  });

  it('takes the highlight away when the panel says so', async () => {
    await fromPanel(showContinue);
    await fromPanel({ type: 'hideTarget' });
    expect(overlay().ring?.hidden).toBe(true);
  });

  it('moves to the next step without keeping the last one’s highlight or reports', async () => {
    document.body.append(Object.assign(document.createElement('h1'), { textContent: 'Sign in' }));
    await fromPanel(showContinue);
    await fromPanel({
      ...showContinue,
      stepKey: 'practice/next',
      say: 'Read the heading.',
      onPage: { site: 'http://localhost', action: 'read', target: { role: 'heading', name: 'Sign in' } },
    });
    clickAsPerson(document.querySelector('button')!);
    expect(document.querySelectorAll('signpost-guide')).toHaveLength(1);
    expect(overlay().bubble?.textContent).toBe('Read the heading.');
    expect(reports.map((report) => [report.type === 'guideReport' && report.kind, report.stepKey])).toEqual([
      ['found', STEP],
      ['found', 'practice/next'],
    ]);
  });

  it('takes over from an older copy put in the page (after the extension is reloaded or updated)', async () => {
    await fromPanel(showContinue);
    putGuideInPage();
    expect(document.querySelectorAll('signpost-guide')).toHaveLength(0);
    await fromPanel(showContinue);
    expect(document.querySelectorAll('signpost-guide')).toHaveLength(1);
    expect(reports.filter((report) => report.type === 'guideReport' && report.kind === 'found')).toHaveLength(2);
  });
});

describe('the page guide on a hostile page', () => {
  it('keeps its shadow root closed, so the page can’t read the words or reach the ring', async () => {
    await fromPanel(showContinue);
    const host = document.querySelector('signpost-guide') as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    expect(overlay().bubble?.textContent).toBe('Click the green Continue button.');
  });

  it('is not moved on by a page script’s click, key press or made-up Escape', async () => {
    await fromPanel(showContinue);
    const button = document.querySelector('button')!;
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(reports).toEqual([{ type: 'guideReport', kind: 'found', stepKey: STEP }]);
    expect(overlay().ring?.hidden).toBe(false);
  });

  it('hears no message from the page itself: window messages, page events and messages from a tab', async () => {
    window.postMessage({ ...showContinue }, '*');
    document.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail: { contentScriptName: 'guide' } }));
    await fakeBrowser.runtime.onMessage.trigger(showContinue, { tab: { id: 3 } as never, frameId: 0 });
    await vi.advanceTimersByTimeAsync(10);
    expect(reports).toEqual([]);
    expect(document.querySelector('signpost-guide')).toBeNull();
    await fromPanel(showContinue);
    document.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail: { contentScriptName: 'guide' } }));
    await fromPanel({ type: 'hideTarget' });
    await fromPanel(showContinue);
    expect(overlay().ring?.hidden).toBe(false);
  });

  it('puts itself back when the page takes it off', async () => {
    await fromPanel(showContinue);
    document.querySelector('signpost-guide')!.remove();
    await vi.advanceTimersByTimeAsync(0);
    expect(document.querySelectorAll('signpost-guide')).toHaveLength(1);
    expect(overlay().ring?.hidden).toBe(false);
  });

  it('draws its bubble as the side panel looks: bigger text and high contrast', async () => {
    await fromPanel({ ...showContinue, look: { largeText: true, highContrast: true } });
    expect(overlay().bubble?.parentElement?.className).toBe('large contrast');
    await fromPanel({ ...showContinue, look: { largeText: false, highContrast: false } });
    expect(overlay().bubble?.parentElement?.className).toBe('');
  });
});
