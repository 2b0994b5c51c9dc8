import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveFolders, type StaticSite } from '../browser/chromium.ts';
import { hostPage, NOTHING_STORED, serveWidgetSite, storedOnDevice, type WidgetSite } from './widget-host.ts';

let browser: Browser;
let site: WidgetSite;
// A stand-in for postcodes.io, which knows only S1 2HE and places it 6 miles west of its district's centre.
let lookup: StaticSite;

beforeAll(async () => {
  [browser, lookup] = await Promise.all([
    launchBrowser(),
    // Like postcodes.io, the lookup allows calls from any site (CORS).
    serveFolders({ '/': 'test/fixtures/postcode-lookup' }, { 'Access-Control-Allow-Origin': '*' }),
  ]);
  site = await serveWidgetSite({
    pages: (integrity) => ({
      'index.html': hostPage('<div id="finder" data-signpost></div>', integrity),
      // The Sheffield example pack's exact points show the lookup's answer; the built-in libraries are only "about".
      'lookup.html': hostPage(
        `<div id="finder" data-signpost data-postcode-lookup="${lookup.url}" data-directory="/signpost/signpost-data/packs/sheffield-example.json"></div>`,
        integrity,
      ),
    }),
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await lookup?.close();
});

interface Visit {
  context: BrowserContext;
  page: Page;
  /** Every request the page made, in order, as full addresses. */
  requests: string[];
}

/** A fresh browser profile on one of the site's pages, recording every request, from the page itself on. */
async function visit(file: string): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) =>
    requests.push(request.url() + (request.postData() ? ` with ${request.postData()}` : '')),
  );
  await page.goto(`${site.url}/${file}`);
  await page.getByLabel('Your postcode').waitFor();
  return { context, page, requests };
}

async function search(page: Page, postcode: string): Promise<void> {
  await page.getByLabel('Your postcode').fill(postcode);
  await page.getByRole('button', { name: 'Find help' }).click();
  await page.getByRole('heading', { name: `Places near ${postcode}` }).waitFor();
}

/** The requests that went anywhere but the widget's own folder, beside the page. */
function beyondTheWidget(requests: string[], page: string): string[] {
  return requests.filter((url) => url !== `${site.url}/${page}` && !url.startsWith(`${site.url}/signpost/`));
}

async function expectNothingKept({ context, page }: Visit): Promise<void> {
  expect(await context.cookies()).toEqual([]);
  expect(await storedOnDevice(page)).toEqual(NOTHING_STORED);
}

describe("the widget and a resident's privacy", () => {
  it('asks for nothing but its own script until the resident uses it', async () => {
    const opened = await visit('index.html');
    await opened.page.waitForLoadState('networkidle');
    expect(opened.requests).toEqual([`${site.url}/index.html`, `${site.url}/signpost/signpost.js`]);
    await expectNothingKept(opened);
    await opened.context.close();
  });

  it('searches with its built-in list asking only its own folder, never sending the postcode, and keeps nothing', async () => {
    const searched = await visit('index.html');
    await search(searched.page, 'S1 2HE');
    expect(searched.requests.length).toBeGreaterThan(3);
    expect(beyondTheWidget(searched.requests, 'index.html')).toEqual([]);
    // The postcode area's table (S.json) is the only trace of where the resident is.
    expect(searched.requests.filter((url) => /2HE|S1|postcode=/i.test(url))).toEqual([]);
    await expectNothingKept(searched);
    await searched.context.close();
  });

  it('keeps nothing on the device while the resident learns at home without asking it to remember', async () => {
    const learning = await visit('index.html');
    await learning.page.getByRole('button', { name: 'Learn at home' }).click();
    await learning.page.getByRole('button', { name: 'Use a touch screen' }).click();
    await learning.page.getByRole('button', { name: 'Start step 1' }).click();
    await learning.page.getByRole('button', { name: 'I did it' }).click();
    await learning.page.getByRole('heading', { name: /^Step 2 of / }).waitFor();
    expect(beyondTheWidget(learning.requests, 'index.html')).toEqual([]);
    await expectNothingKept(learning);
    await learning.context.close();
  });

  it("sends a full postcode to the site's online lookup only when the resident searches, and nowhere else", async () => {
    const searched = await visit('lookup.html');
    await searched.page.getByLabel('Your postcode').fill('S1 2HE');
    // Entering the form loads the search engine: still nothing for the lookup.
    await searched.page.waitForLoadState('networkidle');
    expect(beyondTheWidget(searched.requests, 'lookup.html')).toEqual([]);
    await searched.page.getByRole('button', { name: 'Find help' }).click();
    await searched.page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    expect(beyondTheWidget(searched.requests, 'lookup.html')).toEqual([`${lookup.url}/postcodes/S1%202HE`]);
    await expectNothingKept(searched);
    await searched.context.close();
  });

  it("uses the online lookup's answer, and quietly falls back to the district's centre when it knows no such postcode", async () => {
    const { context, page } = await visit('lookup.html');
    const nearestMiles = async () =>
      Number.parseFloat((await page.locator('#finder .sp-card__meta span:first-child').first().textContent()) ?? '');
    await search(page, 'S1 2HE');
    expect(await nearestMiles()).toBeGreaterThan(1);
    await search(page, 'S1 1AA');
    expect(await nearestMiles()).toBeLessThan(0.5);
    await context.close();
  });
});
