import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelToContent } from '../../../extension/messages/contract.ts';
import { onPanelMessage, sendToContent, sendToPanel } from '../../../extension/messages/transport.ts';
import {
  actAsFirefox,
  arrive,
  chromeSenders,
  firefoxSenders,
  fromExtensionPage,
  fromFirefoxTab,
  fromTab,
} from './message-senders.ts';
import { showContinue } from './show-continue.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('panel to content script', () => {
  it('hands the content script a showTarget from the panel', async () => {
    const heard: PanelToContent[] = [];
    onPanelMessage((message) => heard.push(message));
    await arrive(showContinue, fromExtensionPage);
    await arrive({ type: 'hideTarget' }, fromExtensionPage);
    expect(heard).toEqual([showContinue, { type: 'hideTarget' }]);
  });

  it('ignores a showTarget sent from another tab: only the panel may steer the highlight', async () => {
    const heard: PanelToContent[] = [];
    onPanelMessage((message) => heard.push(message));
    await arrive(showContinue, fromTab(3));
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
    await arrive(showContinue, fromExtensionPage);
    expect(heard).toEqual([]);
  });

  it('says the message was not delivered when no content script is listening in the tab', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await sendToContent(4, showContinue)).toEqual({
      ok: false,
      message: 'Could not establish connection. Receiving end does not exist.',
    });
  });

  it('sends to the top frame of the tab it is given', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await sendToContent(4, showContinue)).toEqual({ ok: true, answered: false });
    expect(send).toHaveBeenCalledWith(4, showContinue, { frameId: 0 });
  });

  it('says whether the script that handles the message answered it', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(true as never);
    expect(await sendToContent(4, showContinue)).toEqual({ ok: true, answered: true });
  });
});

/** What the page guide hears of a showTarget sent from `sender`: the message, or nothing. */
async function guideHears(sender: object): Promise<PanelToContent[]> {
  const heard: PanelToContent[] = [];
  const stop = onPanelMessage((message) => heard.push(message));
  await arrive(showContinue, sender);
  stop();
  return heard;
}

describe('who may steer the page guide: our own pages, as each browser describes them', () => {
  it.each(Object.entries(chromeSenders))('in Chrome, hears %s', async (_, sender) => {
    expect(await guideHears(sender)).toEqual([showContinue]);
  });

  it.each(Object.entries(firefoxSenders))('in Firefox, hears %s', async (_, sender) => {
    actAsFirefox();
    expect(await guideHears(sender)).toEqual([showContinue]);
  });

  it('in either browser, ignores a content script in a web page', async () => {
    expect(await guideHears(fromTab(3))).toEqual([]);
    actAsFirefox();
    expect(await guideHears(fromFirefoxTab(3))).toEqual([]);
  });

  it.each([
    // Chrome gives no tab to a content script in a web page framed inside an extension page.
    ['a content script with no tab', { ...fromTab(3), tab: undefined }],
    ['a web page whose address names ours', { ...fromTab(3), url: `https://evil.example/${fromExtensionPage.url}` }],
    [
      'a web page whose address asks for ours',
      { ...fromTab(3), url: `https://evil.example/?${fromExtensionPage.url}` },
    ],
    [
      'a host that only begins like ours',
      { ...fromExtensionPage, url: 'chrome-extension://test-extension-id.evil.example/' },
    ],
    ['a page of another extension', { id: 'other', url: 'chrome-extension://other/sidepanel.html' }],
    ['our address with another id', { ...fromExtensionPage, id: 'other' }],
    ['Firefox’s address for our pages, in Chrome', firefoxSenders['the sidebar']],
    ['a blob made from our address', { ...fromExtensionPage, url: `blob:${fromExtensionPage.origin}/1f2e` }],
    ['no address', { id: fromExtensionPage.id }],
    ['an address that is not one', { ...fromExtensionPage, url: 'sidepanel.html' }],
    ['no sender details at all', {}],
  ])('ignores %s', async (_, sender) => {
    expect(await guideHears(sender)).toEqual([]);
  });

  it('in Firefox, ignores Chrome’s address for our pages and a page on another add-on’s UUID', async () => {
    actAsFirefox();
    const sidebar = firefoxSenders['the sidebar'];
    expect(await guideHears({ ...sidebar, url: fromExtensionPage.url })).toEqual([]);
    expect(
      await guideHears({ ...sidebar, url: 'moz-extension://00000000-0000-4000-8000-000000000000/x.html' }),
    ).toEqual([]);
  });
});

describe('content script to panel', () => {
  it('does not fail when no panel is open to hear a report', async () => {
    await expect(
      sendToPanel({ type: 'guideReport', kind: 'found', stepKey: 'practice-signing-in/press-continue' }),
    ).resolves.toBeUndefined();
  });
});
