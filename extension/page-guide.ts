import { browser, type Browser } from 'wxt/browser';
import { isOnPage } from '../shared/paths/is-on-page.ts';
import type { OnPage } from '../shared/paths/learning-path.ts';
import type { GuideEvent, GuideRequest, GuideShown, PageGuide } from '../shared/ui/services.ts';
import { guidedTab } from './guided-tab.ts';
import type { PanelToContent } from './messages/contract.ts';
import { sendToContent } from './messages/transport.ts';
import { onBackgroundMessage, onContentMessage } from './messages/panel-inbox.ts';
import { pageAddress } from './page-address.ts';
import { sitePermission } from './site-permission.ts';

/** Where WXT builds entrypoints/guide.content/ (a content script registered at run time, so none is in the manifest). */
const GUIDE_SCRIPT = '/content-scripts/guide.js';
/** Enough addresses to reopen any page of a path seen on this visit. */
const SEEN_LIMIT = 20;

/*
 * Show me in the extension: make sure the tab is on the step's site, ask for that site the first time,
 * put the page guide into the tab when it is not there yet (first use, or after a reload), and pass on
 * what the page reports about the tab it guides.
 */

/**
 * May Signpost use the step's site? From a click, ask: Chrome and Firefox only show the prompt during the
 * helper's own action, so this is the first thing Show me awaits, and it answers at once when already allowed.
 */
async function siteAllowed(site: string, fromClick: boolean): Promise<boolean> {
  const wanted = { origins: [sitePermission(site)] };
  try {
    return fromClick ? await browser.permissions.request(wanted) : await browser.permissions.contains(wanted);
  } catch {
    return false;
  }
}

/** Why the tab is not where the step happens, or undefined when it is (an unreadable address means another site). */
function mismatch(onPage: OnPage, url: string | undefined): 'wrong-site' | 'wrong-page' | undefined {
  if (url === undefined || !isOnPage({ site: onPage.site }, url)) return 'wrong-site';
  return isOnPage(onPage, url) ? undefined : 'wrong-page';
}

/** Sends to the guide in the tab, first putting it there when nothing answers. */
async function deliver(tabId: number, message: PanelToContent): Promise<boolean> {
  if ((await sendToContent(tabId, message)).ok) return true;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [GUIDE_SCRIPT] });
  } catch {
    return false;
  }
  return (await sendToContent(tabId, message)).ok;
}

async function tabById(tabId: number): Promise<Browser.tabs.Tab | undefined> {
  return browser.tabs.get(tabId).catch(() => undefined);
}

/** The browser extension's PageGuide, for the side panel. */
export function createPageGuide(): PageGuide {
  let guidedTabId: number | undefined;
  const seen: string[] = [];

  function remember(url: string | undefined): void {
    if (url === undefined || seen[0] === url) return;
    seen.unshift(url);
    seen.length = Math.min(seen.length, SEEN_LIMIT);
  }

  function hide(): void {
    if (guidedTabId !== undefined) void sendToContent(guidedTabId, { type: 'hideTarget' });
  }

  async function show(
    request: GuideRequest,
    { fromClick, anywhere = false }: { fromClick: boolean; anywhere?: boolean },
  ): Promise<GuideShown> {
    const allowed = await siteAllowed(request.onPage.site, fromClick);
    // A press looks again for the tab in front; a page reload keeps to the tab being guided.
    const tab = fromClick || guidedTabId === undefined ? await guidedTab() : await tabById(guidedTabId);
    if (tab?.id === undefined) return { kind: 'unreachable' };
    if (guidedTabId !== tab.id) hide();
    guidedTabId = tab.id;
    remember(tab.url);
    // Without the site's permission the address cannot be read, so the answer is the refusal, not a warning.
    if (!allowed && tab.url === undefined) return { kind: 'refused' };
    const wrong = anywhere ? undefined : mismatch(request.onPage, tab.url);
    // A readable address means Signpost may use that page (a site it was given, or the tab's toolbar click).
    if (wrong !== undefined) return { kind: wrong, canGoOn: tab.url !== undefined };
    const delivered = await deliver(tab.id, { type: 'showTarget', ...request });
    if (delivered) return { kind: 'shown' };
    return allowed ? { kind: 'unreachable' } : { kind: 'refused' };
  }

  async function open(address: string): Promise<void> {
    if (!/^https?:\/\//.test(address)) return;
    const tabId = guidedTabId ?? (await guidedTab())?.id;
    if (tabId === undefined) await browser.tabs.create({ url: address });
    else await browser.tabs.update(tabId, { url: address, active: true }).catch(() => undefined);
  }

  function listen(listener: (event: GuideEvent) => void): () => void {
    const stopReports = onContentMessage((report, tabId) => {
      if (tabId !== guidedTabId) return;
      listener({ kind: report.kind, stepKey: report.stepKey, ...(report.how && { how: report.how }) });
    });
    const stopPages = onBackgroundMessage((change) => {
      if (change.tabId !== guidedTabId) return;
      remember(change.url);
      listener({ kind: 'page-changed', ...(change.url !== undefined && { url: change.url }) });
    });
    return () => {
      stopReports();
      stopPages();
    };
  }

  return { show, hide, open, listen, addressFor: (onPage) => pageAddress(onPage, seen) };
}
