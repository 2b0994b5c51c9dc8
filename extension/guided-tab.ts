import { browser, type Browser } from 'wxt/browser';

/**
 * The tab Show me points in: the active tab of the side panel's window. When the panel page is itself
 * open in a tab (the browser tests, or a helper who opened it so), it is the tab used last before it.
 * Undefined when there is no other tab.
 */
export async function guidedTab(): Promise<Browser.tabs.Tab | undefined> {
  const panelTab = await browser.tabs.getCurrent();
  if (panelTab === undefined) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active;
  }
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== panelTab.id);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}
