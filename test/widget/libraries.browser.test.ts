import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser } from '../browser/chromium.ts';
import { hostPage, serveWidgetSite, type WidgetSite } from './widget-host.ts';

/*
 * The default widget, pasted on a plain page with no directory of its own, finds a real place wherever a
 * resident is in England and Wales: the built-in libraries pack, fetched one postcode area at a time.
 */

let browser: Browser;
let site: WidgetSite;

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchBrowser(),
    serveWidgetSite({
      pages: (integrity) => ({
        'plain.html': hostPage('<div data-signpost data-radius="5" data-paths="no"></div>', integrity),
      }),
    }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the default widget on a plain page', () => {
  it.each([
    ['Leeds', 'LS1 1UR', 'LS'],
    ['Cardiff', 'CF10 1EP', 'CF'],
    ['Truro', 'TR1 2SN', 'TR'],
    ['central London', 'WC2N 5DN', 'WC'],
  ])('lists a public library within 5 miles in %s, fetching only that area', async (_town, postcode, area) => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}/plain.html`);
    await page.getByLabel('Your postcode').fill(postcode);
    await page.getByRole('button', { name: 'Find help' }).click();
    await page.getByRole('heading', { name: `Places near ${postcode}` }).waitFor();
    expect(await page.getByRole('heading', { name: /Library/ }).count()).toBeGreaterThan(0);
    const libraryAreas = fetched.filter((path) => /\/packs\/libraries\/[A-Z]{1,2}\.json$/.test(path));
    expect(libraryAreas.length).toBeGreaterThan(0);
    expect(libraryAreas).toContain(`/signpost/signpost-data/packs/libraries/${area}.json`);
    expect(libraryAreas.length).toBeLessThan(15);
    expect(fetched.some((path) => path.endsWith('/packs/sheffield-example.json'))).toBe(false);
    if (area === 'TR') expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
