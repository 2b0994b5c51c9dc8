import { browser, type Browser } from 'wxt/browser';
import { sendFromBackground } from './messages/transport.ts';

/*
 * The background tells the panel each time a tab finishes loading a page, so Show me can notice a step
 * done by reaching the next page, and point again after a reload. It relays every tab and the panel keeps
 * to the one it guides: a service worker may be stopped at any time, so the background keeps no state.
 * The address is only there for sites Signpost may use (no "tabs" permission, on purpose).
 */
function relay(tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab): void {
  if (change.status !== 'complete') return;
  void sendFromBackground({ type: 'pageChanged', tabId, ...(tab.url !== undefined && { url: tab.url }) });
}

/** Starts relaying finished page loads to the panel; returns a function that stops. */
export function relayPageChanges(): () => void {
  browser.tabs.onUpdated.addListener(relay);
  return () => browser.tabs.onUpdated.removeListener(relay);
}
