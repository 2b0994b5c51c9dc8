import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelToContent } from '../../extension/messages/contract.ts';
import { createPageGuide } from '../../extension/page-guide.ts';
import { isOnPage } from '../../shared/paths/is-on-page.ts';
import type { GuideEvent } from '../../shared/ui/services.ts';
import { chromeSenders } from './messages/message-senders.ts';
import { continueRequest, showContinue } from './messages/show-continue.ts';

/*
 * The browser around the side panel: WXT's fake browser keeps the tabs and delivers runtime messages. What
 * it lacks (permissions, scripting, tabs.sendMessage) is played here by a small model of Chrome: a site is
 * allowed once the helper says yes to the prompt, a script can only go into an allowed page, and a page
 * answers messages only while the guide is in it (a reload empties it).
 */
let helperSays: 'allow' | 'deny';
let allowed: string[];
let prompts: number;
let guideIn: Map<number, PanelToContent[]>;
/** Tabs with the teaching script in them: it hears messages but answers none. */
let teachIn: Set<number>;

function siteOf(pattern: string): string {
  return pattern.replace('/*', '');
}

function mayUse(url: string | undefined): boolean {
  return url !== undefined && allowed.some((pattern) => isOnPage({ site: siteOf(pattern) }, url));
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  helperSays = 'allow';
  allowed = [];
  prompts = 0;
  guideIn = new Map();
  teachIn = new Set();
  // The panel page open in a tab, as in the browser tests: the fake browser's first tab.
  vi.spyOn(browser.tabs, 'getCurrent').mockImplementation(() => fakeBrowser.tabs.get(0));
  vi.spyOn(browser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => allowed.includes(origin)),
  );
  vi.spyOn(browser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
    if (origins.every((origin) => allowed.includes(origin))) return true;
    prompts += 1;
    if (helperSays === 'allow') allowed.push(...origins);
    return helperSays === 'allow';
  });
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async ({ target, files }) => {
    const tab = await fakeBrowser.tabs.get(target.tabId);
    if (!mayUse(tab.url)) throw new Error('Cannot access contents of the page.');
    if (files?.[0] === '/teach.js') teachIn.add(target.tabId);
    else guideIn.set(target.tabId, []);
    return [];
  });
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
    const heard = guideIn.get(tabId);
    if (heard === undefined && teachIn.has(tabId)) return undefined;
    if (heard === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
    heard.push(message as PanelToContent);
    // The page guide answers the messages it handles (entrypoints/guide/index.ts).
    return true;
  });
});

let clock = 0;

/** A tab the person used last, at `url`; undefined plays an address Signpost may not read. */
async function tabInFront(url: string | undefined): Promise<number> {
  const opened = await fakeBrowser.tabs.create(url === undefined ? {} : { url });
  clock += 1;
  // The fake browser keeps no lastAccessed of its own; update merges what it is given into the tab.
  await fakeBrowser.tabs.update(opened.id!, { lastAccessed: clock } as object);
  return opened.id!;
}

/** The background's news reaches the panel with the background's own address. */
const fromBackground = chromeSenders['the background'];

/** A message's sender as the browser gives it for a content script in the tab. */
function fromTab(id: number) {
  return { tab: { id } as Browser.tabs.Tab, frameId: 0 };
}

function reload(tabId: number): void {
  guideIn.delete(tabId);
  teachIn.delete(tabId);
}

describe('Show me in the extension', () => {
  it("asks for the step's site on the first press, then points at the target", async () => {
    const tabId = await tabInFront('http://localhost:5173/login.html');
    const shown = await createPageGuide().show(continueRequest, { fromClick: true });
    expect(shown).toEqual({ kind: 'shown' });
    expect(prompts).toBe(1);
    expect(allowed).toEqual(['http://localhost/*']);
    expect(guideIn.get(tabId)).toEqual([showContinue]);
  });

  it('does not ask again once the site is allowed, and puts the guide in only once', async () => {
    const tabId = await tabInFront('http://localhost:5173/login.html');
    const guide = createPageGuide();
    await guide.show(continueRequest, { fromClick: true });
    await guide.show(continueRequest, { fromClick: true });
    expect(prompts).toBe(1);
    expect(browser.scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(guideIn.get(tabId)).toHaveLength(2);
  });

  it('puts the guide in a page where only the teaching script listens (it hears, but answers nothing)', async () => {
    const tabId = await tabInFront('http://localhost:5173/login.html');
    const guide = createPageGuide();
    await guide.guess(
      {
        stepKey: continueRequest.stepKey,
        onPage: continueRequest.onPage,
        title: 'Press Continue',
        say: 'Click Continue.',
      },
      { fromClick: true },
    );
    expect(teachIn.has(tabId)).toBe(true);
    expect(await guide.show(continueRequest, { fromClick: false })).toEqual({ kind: 'shown' });
    expect(guideIn.get(tabId)).toEqual([showContinue]);
  });

  it('reads the tab again once the helper allows the site, as Firefox hides its address until then', async () => {
    const tabId = await tabInFront('http://localhost:5173/login.html');
    const hidden = (tab: Browser.tabs.Tab): Browser.tabs.Tab => (mayUse(tab.url) ? tab : { ...tab, url: undefined });
    const query = browser.tabs.query.bind(browser.tabs);
    const get = browser.tabs.get.bind(browser.tabs);
    vi.spyOn(browser.tabs, 'query').mockImplementation(async (info) => (await query(info)).map(hidden));
    vi.spyOn(browser.tabs, 'get').mockImplementation(async (id) => hidden(await get(id)));
    // The prompt answers after the tab was looked up, as a person takes a moment to press Allow.
    vi.spyOn(browser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      allowed.push(...origins);
      return true;
    });
    expect(await createPageGuide().show(continueRequest, { fromClick: true })).toEqual({ kind: 'shown' });
    expect(guideIn.get(tabId)).toEqual([showContinue]);
  });

  it('says the helper refused, and puts nothing into the page', async () => {
    helperSays = 'deny';
    const tabId = await tabInFront(undefined);
    expect(await createPageGuide().show(continueRequest, { fromClick: true })).toEqual({ kind: 'refused' });
    expect(guideIn.has(tabId)).toBe(false);
  });

  it('warns about a lookalike address before pointing, and offers to go on only where Signpost may look', async () => {
    allowed = ['http://localhost/*'];
    const tabId = await tabInFront(undefined);
    expect(await createPageGuide().show(continueRequest, { fromClick: true })).toEqual({
      kind: 'wrong-site',
      canGoOn: false,
    });
    expect(guideIn.has(tabId)).toBe(false);
  });

  it('says when the tab is on the right site but another page, and points there when the helper goes on', async () => {
    allowed = ['http://localhost/*'];
    const tabId = await tabInFront('http://localhost:5173/search.html');
    const guide = createPageGuide();
    expect(await guide.show(continueRequest, { fromClick: true })).toEqual({ kind: 'wrong-page', canGoOn: true });
    expect(guideIn.has(tabId)).toBe(false);
    expect(await guide.show(continueRequest, { fromClick: true, anywhere: true })).toEqual({ kind: 'shown' });
  });

  it('never asks after a reload, and puts the guide back into the reloaded page', async () => {
    const tabId = await tabInFront('http://localhost:5173/login.html');
    const guide = createPageGuide();
    await guide.show(continueRequest, { fromClick: true });
    reload(tabId);
    expect(await guide.show(continueRequest, { fromClick: false })).toEqual({ kind: 'shown' });
    expect(prompts).toBe(1);
    expect(browser.permissions.request).toHaveBeenCalledTimes(1);
    expect(guideIn.get(tabId)).toEqual([showContinue]);
  });

  it('says it cannot point on a page no extension may touch', async () => {
    allowed = ['http://localhost/*'];
    vi.mocked(browser.scripting.executeScript).mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    await tabInFront('http://localhost:5173/login.html');
    expect(await createPageGuide().show(continueRequest, { fromClick: true })).toEqual({ kind: 'unreachable' });
  });

  it('takes the highlight away when asked', async () => {
    const tabId = await tabInFront('http://localhost:5173/login.html');
    const guide = createPageGuide();
    await guide.show(continueRequest, { fromClick: true });
    guide.hide();
    expect(guideIn.get(tabId)?.at(-1)).toEqual({ type: 'hideTarget' });
  });

  it('passes on what the guided page reports and where it goes, and nothing from other tabs', async () => {
    const otherTab = await tabInFront('http://localhost:5173/login.html');
    const tabId = await tabInFront('http://localhost:5173/login.html');
    const guide = createPageGuide();
    const heard: GuideEvent[] = [];
    guide.listen((event) => heard.push(event));
    await guide.show(continueRequest, { fromClick: true });
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guideReport', kind: 'missing', stepKey: continueRequest.stepKey },
      fromTab(otherTab),
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guideReport', kind: 'done', how: 'clicked', stepKey: continueRequest.stepKey },
      fromTab(tabId),
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'pageChanged', tabId: otherTab, url: 'http://localhost:5173/search.html' },
      fromBackground,
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'pageChanged', tabId, url: 'http://localhost:5173/login-error.html' },
      fromBackground,
    );
    expect(heard).toEqual([
      { kind: 'done', how: 'clicked', stepKey: continueRequest.stepKey },
      { kind: 'page-changed', url: 'http://localhost:5173/login-error.html' },
    ]);
  });

  it('reopens a page it has seen, in the guided tab, and opens nothing but web addresses', async () => {
    const tabId = await tabInFront('http://localhost:5173/login.html');
    const guide = createPageGuide();
    guide.listen(() => undefined);
    await guide.show(continueRequest, { fromClick: true });
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'pageChanged', tabId, url: 'http://localhost:5173/login-error.html' },
      fromBackground,
    );
    const address = guide.addressFor(continueRequest.onPage);
    expect(address).toBe('http://localhost:5173/login.html');
    await guide.open(address!);
    expect((await fakeBrowser.tabs.get(tabId)).url).toBe('http://localhost:5173/login.html');
    await guide.open('javascript:alert(1)');
    expect((await fakeBrowser.tabs.get(tabId)).url).toBe('http://localhost:5173/login.html');
  });
});
