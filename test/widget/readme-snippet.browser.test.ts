import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../browser/chromium.ts';
import { serveWidgetSite, type WidgetSite } from './widget-host.ts';

/**
 * The snippet a site owner copies: the first ```html block in the README's "Putting the widget on a
 * website" section, exactly as written there.
 */
function readmeSnippet(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Putting the widget on a website'));
  const snippet = section?.match(/^```html\n([\s\S]*?)^```$/m)?.[1];
  if (!snippet) throw new Error('No ```html block in the README\'s "Putting the widget on a website" section.');
  return snippet;
}

/** The snippet pasted into the plainest page, with this build's integrity value where the README leaves it to the reader. */
function pastedIntoPlainPage(integrity: string): string {
  const snippet = readmeSnippet();
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Our practice</title></head>
<body>
<h1>Our practice</h1>
${snippet.replace(/integrity="sha384-[^"]*"/, `integrity="${integrity}"`)}
</body>
</html>`;
}

let browser: Browser;
let site: WidgetSite;

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchBrowser(),
    serveWidgetSite({ pages: (integrity) => ({ 'index.html': pastedIntoPlainPage(integrity) }) }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("the README's snippet", () => {
  it('draws a working finder when pasted into a plain page with the integrity value the build printed', async () => {
    // The issue asks for Subresource Integrity in the snippet itself.
    expect(readmeSnippet()).toMatch(/<script [^>]*integrity="sha384-[^"]*" crossorigin="anonymous"/);
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(`${site.url}/`);
    // The snippet's placeholder fills in the practice's district.
    await expect.poll(() => page.getByLabel('Your postcode').count()).toBe(1);
    expect(await page.getByLabel('Your postcode').inputValue()).toBe('S1');
    await page.getByRole('button', { name: 'Find help' }).click();
    await page.getByRole('heading', { name: 'Places near S1' }).waitFor();
    expect(await page.locator('[data-signpost] .sp-card').count()).toBeGreaterThan(3);
    expect(failed).toEqual([]);
    await page.close();
  });
});
