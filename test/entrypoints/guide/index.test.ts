import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import guideContentScript from '../../../entrypoints/guide.content/index.ts';
import type { ContentToPanel, PanelToContent } from '../../../extension/messages/contract.ts';

const STEP = 'practice-signing-in/press-continue';
const showContinue: PanelToContent = {
  type: 'showTarget',
  stepKey: STEP,
  onPage: {
    site: 'http://localhost',
    page: '*/login.html',
    action: 'click',
    target: { role: 'button', name: 'Continue' },
  },
  say: 'Click the green Continue button.',
};

let ctx: ContentScriptContext;
let reports: ContentToPanel[];

/** A message from the side panel, as the browser delivers it (an extension page has no tab). */
async function fromPanel(message: PanelToContent): Promise<void> {
  await fakeBrowser.runtime.onMessage.trigger(message, {});
  await vi.advanceTimersByTimeAsync(0);
}

function overlay() {
  const host = document.querySelector('signpost-guide');
  const shadow = host?.shadowRoot;
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
  ctx = new ContentScriptContext('guide');
  void guideContentScript.main(ctx);
});
afterEach(() => {
  ctx.abort();
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
    document.querySelector('button')!.click();
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
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
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
    document.querySelector('button')!.click();
    expect(document.querySelectorAll('signpost-guide')).toHaveLength(1);
    expect(overlay().bubble?.textContent).toBe('Read the heading.');
    expect(reports.map((report) => [report.kind, report.stepKey])).toEqual([
      ['found', STEP],
      ['found', 'practice/next'],
    ]);
  });

  it('removes its overlay when the extension is reloaded or updated', async () => {
    await fromPanel(showContinue);
    ctx.abort();
    expect(document.querySelector('signpost-guide')).toBeNull();
  });
});
