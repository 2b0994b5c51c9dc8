import { browser } from 'wxt/browser';
import { pagePattern, type PagePattern } from '../shared/guide/page-pattern.ts';
import type { Target } from '../shared/paths/learning-path.ts';
import type { ContentToPanel } from './messages/contract.ts';
import { onContentMessage } from './messages/panel-inbox.ts';
import { sendToContent } from './messages/transport.ts';
import { sitePermission } from './site-permission.ts';

/*
 * Teaching from the options page, where a curator builds a path: open the step's page in a new tab, point
 * at the thing there (entrypoints/teach/), and come back to the options page with what was learnt.
 */

/** How long a page may take to load before pointing starts anyway, in ms. */
const LOAD_WAIT_MS = 20_000;

export type PointedAt = { ok: true; target: Target; page: PagePattern } | { ok: false; message: string };

/** Resolves when the tab has finished loading (or after LOAD_WAIT_MS: a page that never says so can still be pointed at). */
function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(giveUp);
      resolve();
    };
    const listener = (updatedId: number, change: { status?: string }) => {
      if (updatedId === tabId && change.status === 'complete') done();
    };
    const giveUp = setTimeout(done, LOAD_WAIT_MS);
    browser.tabs.onUpdated.addListener(listener);
    void browser.tabs
      .get(tabId)
      .then((tab) => tab.status === 'complete' && tab.url !== 'about:blank' && done())
      .catch(done);
  });
}

/** What the teaching script in `tabId` says when the helper has pointed, or stopped. */
function teachReport(tabId: number, stepKey: string): Promise<{ report: ContentToPanel; url: string | undefined }> {
  return new Promise((resolve) => {
    const stop = onContentMessage((report, fromTab, url) => {
      if (fromTab !== tabId || report.type !== 'teachReport' || report.stepKey !== stepKey) return;
      stop();
      resolve({ report, url });
    });
  });
}

/**
 * Opens `address` in a new tab, lets the helper point at the thing there (the banner says `say`), then
 * brings the options page back. Call straight from the helper's click: the browser asks to let Signpost
 * use the site first, and only asks during a click. Never rejects: a refusal or a page Signpost can't use
 * comes back as a plain message.
 */
export async function pointInNewTab(address: string, say: string): Promise<PointedAt> {
  const wanted = pagePattern(address);
  if (wanted === undefined)
    return { ok: false, message: 'Type the whole web address of the page, starting with https://.' };
  const allowed = await browser.permissions.request({ origins: [sitePermission(wanted.site)] }).catch(() => false);
  if (!allowed)
    return {
      ok: false,
      message: `Signpost may not use ${wanted.site.replace(/^https?:\/\//, '')}. To teach it there, try again and choose Allow.`,
    };
  const here = await browser.tabs.getCurrent();
  const tab = await browser.tabs.create({ url: address, active: true });
  if (tab.id === undefined) return { ok: false, message: 'The page did not open. Try again.' };
  await loaded(tab.id);
  const stepKey = `options/${tab.id}`;
  const answer = teachReport(tab.id, stepKey);
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/teach.js'] });
  } catch {
    return { ok: false, message: "Signpost can't point at things on that page. Check the address." };
  }
  if (!(await sendToContent(tab.id, { type: 'pointToTeach', stepKey, say })).ok)
    return { ok: false, message: "Signpost can't point at things on that page. Check the address." };
  const { report, url } = await answer;
  if (here?.id !== undefined) await browser.tabs.update(here.id, { active: true }).catch(() => undefined);
  if (report.type !== 'teachReport' || report.kind === 'stopped')
    return { ok: false, message: 'You stopped pointing. Nothing was kept.' };
  const page = (url === undefined ? undefined : pagePattern(url)) ?? wanted;
  return { ok: true, target: report.target, page };
}
