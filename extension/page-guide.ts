import { browser, type Browser } from 'wxt/browser';
import { pagePattern } from '../shared/guide/page-pattern.ts';
import { isOnPage } from '../shared/paths/is-on-page.ts';
import type { OnPage } from '../shared/paths/learning-path.ts';
import type { GuideEvent, GuideRequest, GuideShown, PageGuide } from '../shared/ui/services.ts';
import { guidedTab } from './guided-tab.ts';
import type { ContentToPanel, PanelToContent } from './messages/contract.ts';
import { sendToContent } from './messages/transport.ts';
import { onBackgroundMessage, onContentMessage } from './messages/panel-inbox.ts';
import { pageAddress } from './page-address.ts';
import { sitePermission } from './site-permission.ts';

/** Where WXT builds entrypoints/guide/ and entrypoints/teach/: scripts put into a tab when needed, none in the manifest. */
const GUIDE_SCRIPT = '/guide.js';
const TEACH_SCRIPT = '/teach.js';
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
function mismatch(
  onPage: Pick<OnPage, 'site' | 'page'>,
  url: string | undefined,
): 'wrong-site' | 'wrong-page' | undefined {
  if (url === undefined || !isOnPage({ site: onPage.site }, url)) return 'wrong-site';
  return isOnPage(onPage, url) ? undefined : 'wrong-page';
}

async function putIn(tabId: number, script: typeof GUIDE_SCRIPT | typeof TEACH_SCRIPT): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [script] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends to the guide in the tab, first putting it there when it does not answer (nothing is in the page, or
 * only the teaching script, which hears the message but does not answer it).
 */
async function deliver(tabId: number, message: PanelToContent): Promise<boolean> {
  const first = await sendToContent(tabId, message);
  if (first.ok && first.answered) return true;
  if (!(await putIn(tabId, GUIDE_SCRIPT))) return false;
  return (await sendToContent(tabId, message)).ok;
}

/**
 * Sends to the teaching script, put in afresh each time: the page guide may already answer messages in the
 * tab, so a delivered message doesn't prove the teaching script heard it. A new copy replaces an old one.
 */
async function deliverToTeach(tabId: number, message: PanelToContent): Promise<boolean> {
  return (await putIn(tabId, TEACH_SCRIPT)) && (await sendToContent(tabId, message)).ok;
}

async function tabById(tabId: number): Promise<Browser.tabs.Tab | undefined> {
  return browser.tabs.get(tabId).catch(() => undefined);
}

/** A report from the page as the panel hears it; a taught target comes with its page's address as a pattern. */
function guideEventFrom(report: ContentToPanel, pageUrl: string | undefined): GuideEvent {
  const page = pageUrl === undefined ? undefined : pagePattern(pageUrl);
  switch (report.type) {
    case 'guideReport':
      return { kind: report.kind, stepKey: report.stepKey, ...(report.how && { how: report.how }) };
    case 'guessReport':
      return {
        kind: 'guessed',
        stepKey: report.stepKey,
        ...(report.target && { target: report.target, ...(page && { page }) }),
      };
    case 'teachReport':
      if (report.kind === 'stopped') return { kind: 'stopped-pointing', stepKey: report.stepKey };
      return { kind: 'taught', stepKey: report.stepKey, target: report.target, ...(page && { page }) };
  }
}

/** The browser extension's PageGuide, for the side panel and the options page. */
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

  /**
   * Finds the tab to guide, checks Signpost may use it and that it is on the step's site (and page, unless
   * `anyPage`), then hands the message over with `send`. The answer says why not when it can't.
   */
  async function reach(
    onPage: Pick<OnPage, 'site' | 'page'>,
    { fromClick, anywhere = false, anyPage = false }: { fromClick: boolean; anywhere?: boolean; anyPage?: boolean },
    send: (tabId: number) => Promise<boolean>,
  ): Promise<GuideShown> {
    // The permission is asked first, while the press still counts as the helper's action (browsers prompt only
    // then); the tab is looked up at the same time rather than after, as every round trip delays the ring.
    const asking = siteAllowed(onPage.site, fromClick);
    // A press looks again for the tab in front; a page reload keeps to the tab being guided.
    const finding = fromClick || guidedTabId === undefined ? guidedTab() : tabById(guidedTabId);
    const [allowed, found] = await Promise.all([asking, finding]);
    // Read before the helper said yes, the address was hidden (Firefox): read the tab again, now allowed.
    const tab = allowed && found?.id !== undefined && found.url === undefined ? await tabById(found.id) : found;
    if (tab?.id === undefined) return { kind: 'unreachable' };
    if (guidedTabId !== tab.id) hide();
    guidedTabId = tab.id;
    remember(tab.url);
    // Without the site's permission the address cannot be read, so the answer is the refusal, not a warning.
    if (!allowed && tab.url === undefined) return { kind: 'refused' };
    const wrong = anywhere ? undefined : mismatch(anyPage ? { site: onPage.site } : onPage, tab.url);
    // A readable address means Signpost may use that page (a site it was given, or the tab's toolbar click).
    if (wrong !== undefined) return { kind: wrong, canGoOn: tab.url !== undefined };
    if (await send(tab.id)) return { kind: 'shown' };
    return allowed ? { kind: 'unreachable' } : { kind: 'refused' };
  }

  function show(request: GuideRequest, options: { fromClick: boolean; anywhere?: boolean }): Promise<GuideShown> {
    return reach(request.onPage, options, (tabId) => deliver(tabId, { type: 'showTarget', ...request }));
  }

  // Teaching works anywhere on the step's site: a site that moved its pages is what a fix mends.
  const guess: PageGuide['guess'] = ({ stepKey, onPage, title, say }, { fromClick }) =>
    reach(onPage, { fromClick, anyPage: true }, (tabId) =>
      deliverToTeach(tabId, { type: 'guessTarget', stepKey, title, say, action: onPage.action }),
    );
  const point: PageGuide['point'] = ({ stepKey, onPage, say }, { fromClick }) =>
    reach(onPage, { fromClick, anyPage: true }, (tabId) =>
      deliverToTeach(tabId, { type: 'pointToTeach', stepKey, say }),
    );

  async function open(address: string): Promise<void> {
    if (!/^https?:\/\//.test(address)) return;
    const tabId = guidedTabId ?? (await guidedTab())?.id;
    if (tabId === undefined) await browser.tabs.create({ url: address });
    else await browser.tabs.update(tabId, { url: address, active: true }).catch(() => undefined);
  }

  function listen(listener: (event: GuideEvent) => void): () => void {
    const stopReports = onContentMessage((report, tabId, pageUrl) => {
      if (tabId !== guidedTabId) return;
      listener(guideEventFrom(report, pageUrl));
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

  return { show, hide, open, listen, guess, point, addressFor: (onPage) => pageAddress(onPage, seen) };
}
