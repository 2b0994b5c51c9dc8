import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which WXT's Chrome-based types leave out (MDN: sidebarAction.open, Firefox 57+). */
interface WithSidebarAction {
  sidebarAction?: { open?: () => Promise<void> };
}

/**
 * Opens Signpost's side panel in Chrome (in window `windowId`) or its sidebar in Firefox. Call it straight
 * from the click, before any other await: both browsers open it only in answer to the person's action
 * (Chrome: "sidePanel.open() may only be called in response to a user gesture"). Resolves false, never
 * rejects, when this browser has neither or refuses.
 */
export async function openSidePanel(windowId: number): Promise<boolean> {
  const sidebar = (browser as WithSidebarAction).sidebarAction;
  try {
    if (browser.sidePanel?.open) await browser.sidePanel.open({ windowId });
    else if (sidebar?.open) await sidebar.open();
    else return false;
    return true;
  } catch {
    return false;
  }
}
