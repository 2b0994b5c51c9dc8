import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendFromBackground } from '../../../extension/messages/transport.ts';
import type { BackgroundToPanel, ContentToPanel } from '../../../extension/messages/contract.ts';
import { onBackgroundMessage, onContentMessage } from '../../../extension/messages/panel-inbox.ts';
import {
  actAsFirefox,
  arrive,
  chromeSenders,
  firefoxSenders,
  fromExtensionPage,
  fromFirefoxTab,
  fromTab,
  sendAs,
} from './message-senders.ts';

const found: ContentToPanel = { type: 'guideReport', kind: 'found', stepKey: 'practice-signing-in/press-continue' };
const pageChanged: BackgroundToPanel = { type: 'pageChanged', tabId: 7, url: 'http://localhost:8080/login-error.html' };

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
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

  it('ignores a report a hostile page has bent out of shape', async () => {
    const heard: ContentToPanel[] = [];
    onContentMessage((report) => heard.push(report));
    await arrive({ ...found, stepKey: 'x'.repeat(201) }, fromTab(9));
    await arrive({ ...found, kind: 'done', how: 'hacked' }, fromTab(9));
    await arrive({ ...found, extra: 'surprise' }, fromTab(9));
    expect(heard).toEqual([]);
  });
});

describe('background to panel', () => {
  it('tells the panel a tab reached a new page', async () => {
    sendAs(chromeSenders['the background']);
    const heard: BackgroundToPanel[] = [];
    onBackgroundMessage((message) => heard.push(message));
    await sendFromBackground(pageChanged);
    expect(heard).toEqual([pageChanged]);
  });

  it('in Firefox too, where the background is a page of its own', async () => {
    actAsFirefox();
    sendAs(firefoxSenders['the background']);
    const heard: BackgroundToPanel[] = [];
    onBackgroundMessage((message) => heard.push(message));
    await sendFromBackground(pageChanged);
    await arrive(pageChanged, fromFirefoxTab(7));
    expect(heard).toEqual([pageChanged]);
  });

  it('does not let a content script pose as the background', async () => {
    const heard: BackgroundToPanel[] = [];
    onBackgroundMessage((message) => heard.push(message));
    await arrive(pageChanged, fromTab(7));
    expect(heard).toEqual([]);
  });

  it('stops listening when asked', async () => {
    sendAs(chromeSenders['the background']);
    const heard: BackgroundToPanel[] = [];
    const stop = onBackgroundMessage((message) => heard.push(message));
    stop();
    await sendFromBackground(pageChanged);
    expect(heard).toEqual([]);
  });
});
