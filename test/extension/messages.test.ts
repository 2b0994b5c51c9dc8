import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  onBackgroundMessage,
  onContentMessage,
  onPanelMessage,
  sendFromBackground,
  sendToContent,
  sendToPanel,
  type BackgroundToPanel,
  type ContentToPanel,
  type PanelToContent,
} from '../../extension/messages.ts';

const showTarget: PanelToContent = {
  type: 'showTarget',
  stepKey: 'practice-signing-in/press-continue',
  onPage: { site: 'http://localhost', page: '*/login.html', action: 'click', target: { role: 'button', name: 'Continue' } },
  say: 'Click the green Continue button.',
};
const found: ContentToPanel = { type: 'guideReport', kind: 'found', stepKey: 'practice-signing-in/press-continue' };
const pageChanged: BackgroundToPanel = { type: 'pageChanged', tabId: 7, url: 'http://localhost:8080/login-error.html' };

/** What an extension page (the panel, the background) looks like to the receiver: no tab. */
const fromExtensionPage = {};
const fromTab = (id: number) => ({ tab: { id } as never, frameId: 0 });

/** Delivers `message` as the browser would, from `sender`. */
async function arrive(message: unknown, sender: object): Promise<void> {
  await fakeBrowser.runtime.onMessage.trigger(message, sender);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('panel to content script', () => {
  it('hands the content script a showTarget from the panel', async () => {
    const heard: PanelToContent[] = [];
    onPanelMessage((message) => heard.push(message));
    await arrive(showTarget, fromExtensionPage);
    await arrive({ type: 'hideTarget' }, fromExtensionPage);
    expect(heard).toEqual([showTarget, { type: 'hideTarget' }]);
  });

  it('ignores a showTarget sent from another tab: only the panel may steer the highlight', async () => {
    const heard: PanelToContent[] = [];
    onPanelMessage((message) => heard.push(message));
    await arrive(showTarget, fromTab(3));
    expect(heard).toEqual([]);
  });

  it('ignores a showTarget whose step points at a site that is not a web address', async () => {
    const heard: PanelToContent[] = [];
    onPanelMessage((message) => heard.push(message));
    await arrive({ ...showTarget, onPage: { ...showTarget.onPage, site: 'javascript:alert(1)' } }, fromExtensionPage);
    await arrive({ type: 'showTarget', stepKey: 'x' }, fromExtensionPage);
    await arrive({ ...showTarget, extra: 'surprise' }, fromExtensionPage);
    expect(heard).toEqual([]);
  });

  it('says the message was not delivered when no content script is listening in the tab', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await sendToContent(4, showTarget)).toEqual({ ok: false, message: 'Could not establish connection. Receiving end does not exist.' });
  });

  it('sends to the top frame of the tab it is given', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await sendToContent(4, showTarget)).toEqual({ ok: true });
    expect(send).toHaveBeenCalledWith(4, showTarget, { frameId: 0 });
  });
});

describe('content script to panel', () => {
  it('passes a report on with the tab it came from', async () => {
    const heard: [ContentToPanel, number][] = [];
    onContentMessage((report, tabId) => heard.push([report, tabId]));
    await arrive({ ...found, kind: 'done', how: 'clicked' }, fromTab(9));
    expect(heard).toEqual([[{ ...found, kind: 'done', how: 'clicked' }, 9]]);
  });

  it('ignores reports of a kind it does not know, and reports that come from no tab', async () => {
    const heard: ContentToPanel[] = [];
    onContentMessage((report) => heard.push(report));
    await arrive({ ...found, kind: 'hacked' }, fromTab(9));
    await arrive(found, fromExtensionPage);
    expect(heard).toEqual([]);
  });

  it('does not fail when no panel is open to hear a report', async () => {
    await expect(sendToPanel(found)).resolves.toBeUndefined();
  });
});

describe('background to panel', () => {
  it('tells the panel a tab reached a new page', async () => {
    const heard: BackgroundToPanel[] = [];
    onBackgroundMessage((message) => heard.push(message));
    await sendFromBackground(pageChanged);
    expect(heard).toEqual([pageChanged]);
  });

  it('does not let a content script pose as the background', async () => {
    const heard: BackgroundToPanel[] = [];
    onBackgroundMessage((message) => heard.push(message));
    await arrive(pageChanged, fromTab(7));
    expect(heard).toEqual([]);
  });

  it('stops listening when asked', async () => {
    const heard: BackgroundToPanel[] = [];
    const stop = onBackgroundMessage((message) => heard.push(message));
    stop();
    await sendFromBackground(pageChanged);
    expect(heard).toEqual([]);
  });
});
