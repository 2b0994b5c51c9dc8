import { browser, type Browser } from 'wxt/browser';

/**
 * The tab Show me points in: the active tab of the side panel's window. When the panel page is itself
 * open in a tab (the browser tests, or a helper who opened it so), it is the tab used last before it.
 * Undefined when there is no other tab.
 */
export async function guidedTab(): Promise<Browser.tabs.Tab | undefined> {
  // Asked together: each is a round trip to the browser, and Show me waits on this.
  const [panelTab, tabs, [active]] = await Promise.all([
    browser.tabs.getCurrent(),
    browser.tabs.query({}),
    browser.tabs.query({ active: true, currentWindow: true }),
  ]);
  if (panelTab === undefined) return active;
  const others = tabs.filter((tab) => tab.id !== panelTab.id);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}
