/**
 * Host pages for the built widget's browser tests, served from localhost the way a site owner would
 * serve them: the widget's files under /signpost/, the site's own pages at /.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveFolders, type StaticSite } from '../browser/chromium.ts';

export interface WidgetSite extends StaticSite {
  /** signpost.js's SRI hash, as the build printed it. */
  integrity: string;
}

export interface WidgetSiteOptions {
  /** Response headers for every file, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** More folders to serve, e.g. { '/data/': 'test/fixtures/hostile-directory' }. */
  folders?: Record<string, string>;
  /** The site's own pages, served from a folder of their own: file name → HTML, given signpost.js's SRI hash. */
  pages?: (integrity: string) => Record<string, string>;
  /** Or a folder of pages already written, such as test/fixtures/hostile-host. */
  pagesFolder?: string;
}

/**
 * Serves a copy of dist/site, taken now, so another `npm run build` running at the same time cannot
 * change the widget's files (and their hashes) under a test.
 */
export async function serveWidgetSite({
  headers = {},
  folders = {},
  pages = () => ({}),
  pagesFolder,
}: WidgetSiteOptions = {}): Promise<WidgetSite> {
  const widget = mkdtempSync(join(tmpdir(), 'signpost-widget-'));
  cpSync('dist/site', widget, { recursive: true });
  const { integrity } = JSON.parse(readFileSync(join(widget, 'signpost.json'), 'utf8')) as { integrity: string };
  const pagesDir = pagesFolder ?? mkdtempSync(join(tmpdir(), 'signpost-pages-'));
  for (const [file, html] of Object.entries(pages(integrity))) writeFileSync(join(pagesDir, file), html);
  const site = await serveFolders({ '/signpost/': widget, ...folders, '/': pagesDir }, headers);
  return { ...site, integrity };
}

/** A plain page holding `body`, with the widget's script tag as the README gives it. */
export function hostPage(body: string, integrity: string): string {
  return `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>A community website</title></head>
  <body>
    <main>
      <h1>Help near you</h1>
      ${body}
    </main>
    <script src="/signpost/signpost.js" integrity="${integrity}" crossorigin="anonymous" async></script>
  </body>
</html>`;
}

/**
 * What has keyboard focus, looking inside shadow roots: "body" when focus is lost, otherwise the
 * element's tag, with its id or text to tell it apart.
 */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'body';
    const name = active.id ? `#${active.id}` : ` "${(active.textContent ?? '').trim().slice(0, 40)}"`;
    return `${active.localName}${name}`;
  });
}

/** The text the widget's live region holds: what a screen reader was told after the last search. */
export function announced(page: Page): Promise<string> {
  return page
    .locator('[role="status"], [role="alert"]')
    .allTextContents()
    .then((texts) => texts.join(' ').trim());
}

/** Everything a page could have left on the device, besides cookies (read those from the context). */
export function storedOnDevice(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((database) => database.name),
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

export const NOTHING_STORED = { databases: [], localStorage: [], sessionStorage: [], caches: [], serviceWorkers: 0 };
