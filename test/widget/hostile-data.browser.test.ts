import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../browser/chromium.ts';
import { announced, hostPage, serveWidgetSite, type WidgetSite } from './widget-host.ts';

let browser: Browser;
let site: WidgetSite;

/** A page whose widget uses the site's own directory at `directory`. */
const withDirectory = (directory: string, integrity: string) =>
  hostPage(`<div id="finder" data-signpost data-directory="${directory}"></div>`, integrity);

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchBrowser(),
    serveWidgetSite({
      // pack.json: markup and script in every text field, script links, and records broken in every way a file can be.
      folders: { '/data/': 'test/fixtures/hostile-directory' },
      pages: (integrity) => ({
        'index.html': hostPage('<div id="finder" data-signpost></div>', integrity),
        'hostile.html': withDirectory('/data/pack.json', integrity),
        'missing.html': withDirectory('/data/missing.json', integrity),
        'broken.html': withDirectory('/data/broken.json', integrity),
      }),
    }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Searched {
  page: Page;
  /** What the site owner reads in the browser's console. */
  warnings: string[];
  requests: string[];
}

async function searchOn(file: string, postcode = 'S1 2HE'): Promise<Searched> {
  const page = await browser.newPage();
  const warnings: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${site.url}/${file}`);
  await page.getByLabel('Your postcode').fill(postcode);
  await page.getByRole('button', { name: 'Find help' }).click();
  return { page, warnings, requests };
}

const placeNames = (page: Page) => page.locator('#finder .sp-card__title').allTextContents();

describe("the widget with a site's directory full of hostile and broken records", () => {
  it('shows markup in names and descriptions as plain text, runs none of it and draws none of it', async () => {
    const { page, requests } = await searchOn('hostile.html');
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    expect(await placeNames(page)).toContain(`<img src=x onerror="window.__pwned='name'">Computer club`);
    // Every card's details opened, as a resident would, so all it holds is drawn.
    for (const more of await page.locator('#finder .sp-card__more summary').all()) await more.click();
    // The details are drawn when first opened (the toggle event), a moment after the click.
    await expect
      .poll(() => page.getByText("<script>window.__pwned='description'</script>Help <b>with</b> laptops.").count())
      .toBe(1);
    const drawn = await page.locator('#finder').evaluate((host) => ({
      elements: [...host.shadowRoot!.querySelectorAll('img, script, iframe, svg, style, marquee, b')].map(
        (element) => element.localName,
      ),
      handlers: [...host.shadowRoot!.querySelectorAll('*')].flatMap((element) =>
        element.getAttributeNames().filter((name) => name.startsWith('on')),
      ),
    }));
    expect(drawn).toEqual({ elements: [], handlers: [] });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    // An <img src=x> would have asked for /x.
    expect(requests.filter((path) => path.endsWith('/x'))).toEqual([]);
    await page.close();
  });

  it('leaves out broken records and any with a link that is not web, phone or email, shows the rest, and tells the site owner which', async () => {
    const { page, warnings } = await searchOn('hostile.html');
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    await page.getByRole('heading', { name: 'Help by phone or online' }).waitFor();
    const names = await placeNames(page);
    expect(names).toEqual(expect.arrayContaining(['Plain drop-in', 'Plain helpline']));
    expect(names).toHaveLength(3);
    const hrefs = await page
      .locator('#finder')
      .evaluate((host) => [...host.shadowRoot!.querySelectorAll('[href]')].map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(4);
    expect(hrefs.filter((href) => !/^(https?:\/\/|tel:|mailto:)/.test(href))).toEqual([]);
    const told = warnings.join('\n');
    for (const id of [
      'javascript-website',
      'data-website',
      'spaced-javascript-website',
      'phone-that-is-script',
      'email-that-is-script',
      'latitude-as-text',
      'unknown-category',
    ]) {
      expect(told).toContain(id);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await page.close();
  });
});

// The resident is told plainly, and still gets the built-in list; the reason goes to the site owner.
const GENERAL_LIST_NOTICE =
  "We couldn't load this practice's own list of local help, so we are showing our general list.";

describe("the widget when the site's directory can't be used", () => {
  it.each([
    ['is not found', 'missing.html', '/data/missing.json'],
    ['is not valid JSON', 'broken.html', '/data/broken.json'],
  ])('says so when the directory %s, and shows places from its built-in list', async (_problem, file, directory) => {
    const { page, warnings } = await searchOn(file);
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    expect(await page.locator('p:not([role=status])', { hasText: GENERAL_LIST_NOTICE }).isVisible()).toBe(true);
    expect(await announced(page)).toMatch(new RegExp(`^${GENERAL_LIST_NOTICE} Found \\d+ places near S1 2HE`));
    expect((await placeNames(page)).length).toBeGreaterThan(3);
    expect(warnings.some((warning) => warning.includes(directory))).toBe(true);
    await page.close();
  });

  it('says plainly when even its built-in list cannot be loaded, keeps the postcode, and works on the next try', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    await page.route('**/signpost-data/packs/**', (route) => route.abort());
    await page.getByLabel('Your postcode').fill('S1 2HE');
    await page.getByRole('button', { name: 'Find help' }).click();
    await expect.poll(() => announced(page)).toContain("We couldn't load the list of places just now.");
    expect(await page.getByLabel('Your postcode').inputValue()).toBe('S1 2HE');
    await page.unroute('**/signpost-data/packs/**');
    await page.getByRole('button', { name: 'Find help' }).click();
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    await page.close();
  });
});
