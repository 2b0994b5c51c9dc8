import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser } from '../browser/chromium.ts';
import { focusedElement, hostPage, serveWidgetSite, type WidgetSite } from './widget-host.ts';

let browser: Browser;
let site: WidgetSite;
let phone: BrowserContext;

// A practice page as residents meet it: a tall header and some words before the finder. Its directory is the
// Sheffield example pack, whole, so what it finds (and which towns it knows) is the same whatever the default.
const SHEFFIELD = '/signpost/signpost-data/packs/sheffield-example.json';
const practiceHeader = `<header style="height: 300px; background: #005eb8; color: #fff"><p>Riverside Surgery</p></header>
<p>Find help with computers, food, money and more near you.</p>`;

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchBrowser(),
    serveWidgetSite({
      pages: (integrity) => ({
        'index.html': hostPage(
          `${practiceHeader}<div id="finder" data-signpost data-paths="no" data-directory="${SHEFFIELD}"></div>`,
          integrity,
        ),
        'eleven.html': hostPage(
          `${practiceHeader}<div id="finder" data-signpost data-paths="no" data-results="11" data-directory="${SHEFFIELD}"></div>`,
          integrity,
        ),
      }),
    }),
  ]);
  // An iPhone 14's screen, in CSS pixels.
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true });
});

afterAll(async () => {
  await phone?.close();
  await browser?.close();
  await site?.close();
});

async function openFinder(file = 'index.html'): Promise<Page> {
  const page = await phone.newPage();
  await page.goto(`${site.url}/${file}`);
  await page.getByLabel('Your postcode').waitFor();
  return page;
}

async function search(page: Page, postcode: string): Promise<void> {
  await page.getByLabel('Your postcode').fill(postcode);
  await page.getByRole('button', { name: 'Find help' }).click();
}

/** Whether the element's top edge is on screen (the rest may run below it). */
function topInView(page: Page, selector: string): Promise<true | string> {
  return page.locator(selector).evaluate((element) => {
    const { top } = element.getBoundingClientRect();
    return top > -1 && top < innerHeight ? true : `top ${top}, scrolled ${scrollY}, height ${innerHeight}`;
  });
}

describe('the widget on a phone, 390 by 844', () => {
  it('after Find help, moves the focus to the heading that counts the places, and shows it on screen', async () => {
    const page = await openFinder();
    await search(page, 'S1 2HE');
    const heading = page.getByRole('heading', { name: /^\d+ places near S1 2HE$/ });
    await heading.waitFor();
    await expect.poll(() => focusedElement(page)).toBe('h2#sp-nearby-heading');
    expect(await topInView(page, '#finder >> #sp-nearby-heading')).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('puts a problem at the top in an error summary, focused and on screen, keeping what was typed', async () => {
    const page = await openFinder();
    await search(page, 'SW1A OAA');
    await expect.poll(() => focusedElement(page)).toMatch(/^div "There is a problem/);
    expect(await topInView(page, '#finder >> .sp-error-summary')).toBe(true);
    expect(await page.getByLabel('Your postcode').inputValue()).toBe('SW1A OAA');
    expect(await accessibilityViolations(page)).toEqual([]);
    // The correction is a button right under the message, and it searches.
    await page.getByRole('button', { name: 'Search SW1A 0AA' }).click();
    await page.getByRole('heading', { name: /places? near SW1A 0AA$/ }).waitFor();
    await page.close();
  });

  it('shows each place in a compact card: the first is under about 250px tall, with Call, Website and Directions in view', async () => {
    const page = await openFinder();
    await search(page, 'S1 2HE');
    await page.getByRole('heading', { name: /^\d+ places near S1 2HE$/ }).waitFor();
    const first = page.locator('#finder .sp-card').first();
    const height = await first.evaluate((card) => card.getBoundingClientRect().height);
    expect(height).toBeLessThan(250);
    expect(await first.getByRole('link', { name: /^Directions/ }).isVisible()).toBe(true);
    expect(await first.getByText('Opening times').isVisible()).toBe(false);
    await first.getByText('More about this place').click();
    // The details are drawn when first opened (the toggle event), a moment after the click.
    await expect.poll(() => first.getByText('Opening times').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("offers a town's postcode areas to choose from, with no request to anyone", async () => {
    const page = await openFinder();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await search(page, 'sheffield');
    await page.getByRole('heading', { name: 'Choose your area' }).waitFor();
    expect(await page.getByRole('button', { name: /^Search S\d+$/ }).count()).toBeGreaterThan(2);
    expect(requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Search S10' }).click();
    await page.getByRole('heading', { name: /places? near S10$/ }).waitFor();
    await page.close();
  });

  it('with nothing near, says what it searched and looks further when asked', async () => {
    const page = await openFinder();
    await search(page, 'SK14 1AL');
    await page.getByRole('heading', { name: 'No places near SK14 1AL' }).waitFor();
    expect(await page.getByText('We found no places within 10 miles of SK14 1AL.').count()).toBe(1);
    expect(await page.getByText('Try "Anything"').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Look up to 25 miles away' }).click();
    await page.getByRole('heading', { name: /^\d+ places? near SK14 1AL$/ }).waitFor();
    await page.close();
  });

  it('prints 11 places alone, with their opening hours, on at most two sides of A4', async () => {
    const page = await openFinder('eleven.html');
    await search(page, 'S1 2HE');
    await page.getByRole('heading', { name: '11 places near S1 2HE' }).waitFor();
    // The browser's print dialog is not what is tested: the page as it prints is.
    await page.evaluate(() => (window.print = () => {}));
    await page.getByRole('button', { name: 'Print this list' }).click();
    const printed = page.locator('[data-signpost-print]');
    expect(await printed.locator('li').count()).toBeGreaterThanOrEqual(11);
    const text = await printed.evaluate((host) => host.shadowRoot!.textContent);
    expect(text).toMatch(/Opening times: (Monday|Tuesday|Wednesday|Thursday|Friday)/);
    await page.emulateMedia({ media: 'print' });
    expect(await printed.isVisible()).toBe(true);
    expect(await page.getByText('Riverside Surgery').isVisible()).toBe(false);
    expect(await page.locator('#finder').isVisible()).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(2);
    await page.close();
  });
});
