import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background.ts';
import type { BackgroundToPanel } from '../../extension/messages/contract.ts';
import { onBackgroundMessage } from '../../extension/messages/panel-inbox.ts';
import { chromeSenders, sendAs } from '../extension/messages/message-senders.ts';

beforeEach(() => {
  fakeBrowser.reset();
  sendAs(chromeSenders['the background']);
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Starts the background and a panel that writes down what the background tells it. */
function startWithPanel(): BackgroundToPanel[] {
  void background.main();
  const heard: BackgroundToPanel[] = [];
  onBackgroundMessage((message) => heard.push(message));
  return heard;
}

describe('the background', () => {
  it('tells the panel when a tab has finished loading a page, with its address', async () => {
    const heard = startWithPanel();
    const tab = await fakeBrowser.tabs.create({ url: 'http://localhost:5173/login.html' });
    await fakeBrowser.tabs.update(tab.id!, {
      url: 'http://localhost:5173/login-error.html',
      status: 'complete',
    } as object);
    expect(heard).toEqual([{ type: 'pageChanged', tabId: tab.id, url: 'http://localhost:5173/login-error.html' }]);
  });

  it('waits for the page to finish loading before telling the panel', async () => {
    const heard = startWithPanel();
    const tab = await fakeBrowser.tabs.create({ url: 'http://localhost:5173/login.html' });
    await fakeBrowser.tabs.update(tab.id!, { status: 'loading' } as object);
    expect(heard).toEqual([]);
  });

  it('leaves the address out when Signpost may not read it', async () => {
    const heard = startWithPanel();
    const tab = await fakeBrowser.tabs.create({});
    await fakeBrowser.tabs.update(tab.id!, { status: 'complete' } as object);
    expect(heard).toEqual([{ type: 'pageChanged', tabId: tab.id }]);
  });
});
