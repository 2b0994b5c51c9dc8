import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelToContent } from '../../../extension/messages/contract.ts';
import { onPanelMessage, sendToContent, sendToPanel } from '../../../extension/messages/transport.ts';
import { arrive, fromExtensionPage, fromTab } from './message-senders.ts';

const showTarget: PanelToContent = {
  type: 'showTarget',
  stepKey: 'practice-signing-in/press-continue',
  onPage: {
    site: 'http://localhost',
    page: '*/login.html',
    action: 'click',
    target: { role: 'button', name: 'Continue' },
  },
  say: 'Click the green Continue button.',
};

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
    await arrive({ type: 'hideTarget' }, fromTab(3));
    expect(heard).toEqual([]);
  });

  it('ignores messages that are not for the page guide, such as the panel’s own news', async () => {
    const heard: PanelToContent[] = [];
    onPanelMessage((message) => heard.push(message));
    await arrive({ type: 'pageChanged', tabId: 7 }, fromExtensionPage);
    await arrive({ type: 'toString' }, fromExtensionPage);
    await arrive({ kind: 'showTarget' }, fromExtensionPage);
    await arrive('showTarget', fromExtensionPage);
    await arrive(null, fromExtensionPage);
    expect(heard).toEqual([]);
  });

  it('stops listening when asked', async () => {
    const heard: PanelToContent[] = [];
    const stop = onPanelMessage((message) => heard.push(message));
    stop();
    await arrive(showTarget, fromExtensionPage);
    expect(heard).toEqual([]);
  });

  it('says the message was not delivered when no content script is listening in the tab', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await sendToContent(4, showTarget)).toEqual({
      ok: false,
      message: 'Could not establish connection. Receiving end does not exist.',
    });
  });

  it('sends to the top frame of the tab it is given', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await sendToContent(4, showTarget)).toEqual({ ok: true, answered: false });
    expect(send).toHaveBeenCalledWith(4, showTarget, { frameId: 0 });
  });

  it('says whether the script that handles the message answered it', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(true as never);
    expect(await sendToContent(4, showTarget)).toEqual({ ok: true, answered: true });
  });
});

describe('content script to panel', () => {
  it('does not fail when no panel is open to hear a report', async () => {
    await expect(
      sendToPanel({ type: 'guideReport', kind: 'found', stepKey: 'practice-signing-in/press-continue' }),
    ).resolves.toBeUndefined();
  });
});
