import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/*
 * Message senders shaped as each browser really gives them (seen in Chromium 156 and Firefox 153 ESR, tab
 * details trimmed), for the extension WXT's fake browser plays: id "test-extension-id", its pages at
 * chrome-extension://test-extension-id/. `actAsFirefox()` makes it play the Firefox add-on instead.
 */

const CHROME = `chrome-extension://${fakeBrowser.runtime.id}`;
const FIREFOX_ID = 'signpost-for-champions@signpost';
/** Firefox addresses an add-on's pages by a UUID of its own, not by its id. */
const FIREFOX = 'moz-extension://3a1f6c1e-5b7d-4c2a-9e0f-51c9a0d4e7b2';
const PAGE = 'http://localhost:8080/login.html';

const tab = (id: number, url: string) => ({ id, index: 1, windowId: 1, active: true, url }) as never;

/** Chrome: the side panel sends to a tab (tabs.sendMessage): no tab of its own. */
export const fromExtensionPage = { id: fakeBrowser.runtime.id, url: `${CHROME}/sidepanel.html`, origin: CHROME };

/** Chrome: a content script in a web page in tab `id`. */
export const fromTab = (id: number) => ({
  id: fakeBrowser.runtime.id,
  url: PAGE,
  origin: 'http://localhost:8080',
  frameId: 0,
  documentId: '5E8C1D2F4A6B3C7D9E0F1A2B3C4D5E6F',
  documentLifecycle: 'active',
  tab: tab(id, PAGE),
});

export const chromeSenders = {
  'the side panel': fromExtensionPage,
  'the side panel opened in a tab, sending to the runtime': {
    ...fromExtensionPage,
    frameId: 0,
    documentId: '012CB3C24CD57CC6EAFC7B6BDD6E7615',
    documentLifecycle: 'active',
    tab: tab(5, `${CHROME}/sidepanel.html`),
  },
  'the background': { id: fakeBrowser.runtime.id, url: `${CHROME}/background.js`, origin: CHROME },
};

/** Firefox gives our own pages a tab when they are open in one, whichever way they send. */
export const firefoxSenders = {
  'the sidebar': {
    contextId: 412316860635,
    id: FIREFOX_ID,
    envType: 'addon_child',
    url: `${FIREFOX}/sidepanel.html`,
    documentId: '082a894b-41a4-332a-8157-8958d7e4fed7',
    origin: FIREFOX,
  },
  'the side panel opened in a tab': {
    contextId: 412316860636,
    id: FIREFOX_ID,
    envType: 'addon_child',
    url: `${FIREFOX}/sidepanel.html`,
    tab: tab(3, `${FIREFOX}/sidepanel.html`),
    frameId: 0,
    documentId: '81855a5c-a109-198c-cfc9-fde6bf103e53',
    origin: FIREFOX,
  },
  'the background': {
    contextId: 412316860630,
    id: FIREFOX_ID,
    envType: 'addon_child',
    url: `${FIREFOX}/_generated_background_page.html`,
    origin: FIREFOX,
  },
};

/** Firefox: a content script in a web page in tab `id`. */
export const fromFirefoxTab = (id: number) => ({
  contextId: 412316860700,
  id: FIREFOX_ID,
  envType: 'content_child',
  url: PAGE,
  tab: tab(id, PAGE),
  frameId: 0,
  documentId: 'c2f1a3b4-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  origin: 'http://localhost:8080',
});

/** Makes WXT's fake browser play the add-on as Firefox runs it: its gecko id, its pages under a UUID. */
export function actAsFirefox(): void {
  fakeBrowser.runtime.id = FIREFOX_ID;
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `${FIREFOX}/${path.replace(/^\//, '')}`);
}

/** Makes runtime.sendMessage arrive as the browser delivers it from `sender` (the fake browser sends no sender). */
export function sendAs(sender: object): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    await arrive(message, sender);
  });
}

/** Delivers `message` as the browser would, from `sender`. */
export async function arrive(message: unknown, sender: object): Promise<void> {
  await fakeBrowser.runtime.onMessage.trigger(message, sender);
}
