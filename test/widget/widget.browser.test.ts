import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, serveFolders, type StaticSite } from '../browser/chromium.ts';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveFolders({ '/': 'dist/site' })]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the demo practice page and records every request the page makes. */
async function openDemoPage(): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${site.url}/`);
  await page.getByLabel('Your postcode').waitFor();
  return { page, requests };
}

/** Tabs from the top of the page until the postcode box has focus, as a keyboard user would. */
async function tabToPostcodeBox(page: Page): Promise<void> {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('autocomplete'));
    if (focused === 'postal-code') return;
  }
  throw new Error('The postcode box could not be reached with the Tab key.');
}

async function searchByKeyboard(page: Page, postcode: string): Promise<void> {
  await tabToPostcodeBox(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(postcode);
  await page.keyboard.press('Enter');
}

describe('the widget on a practice website', () => {
  it('finds places near a postcode by keyboard alone, nearest first, with phone and online help after', async () => {
    const { page } = await openDemoPage();
    await searchByKeyboard(page, 's12he');
    await expect.poll(() => page.getByRole('heading', { name: 'Places near S1 2HE' }).count()).toBe(1);
    const distances = await page.locator('.sp-card__meta span:first-child').allTextContents();
    const miles = distances.filter((text) => text.endsWith('away')).map((text) => Number.parseFloat(text));
    expect(miles.length).toBeGreaterThan(3);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    await expect.poll(() => page.getByRole('heading', { name: 'Help by phone or online' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Call 116 123' }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('offers a correction for a likely typo and keeps what was typed', async () => {
    const { page } = await openDemoPage();
    await searchByKeyboard(page, 'SI 2HE');
    await expect.poll(() => page.getByText('Did you mean S1 2HE?').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Your postcode').inputValue()).toBe('SI 2HE');
    await page.getByRole('button', { name: 'Search S1 2HE' }).press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Places near S1 2HE' }).count()).toBe(1);
    await page.close();
  });

  it('says plainly it cannot search near a Northern Ireland postcode, and still shows phone and online help', async () => {
    const { page } = await openDemoPage();
    await searchByKeyboard(page, 'BT1 1AA');
    await expect.poll(() => page.getByText("We can't find places near Northern Ireland postcodes yet.", { exact: false }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('heading', { name: 'Help by phone or online' }).count()).toBe(1);
    await page.close();
  });

  it('says plainly when its list of places cannot be loaded, and works on the next try', async () => {
    const { page } = await openDemoPage();
    await page.route('**/signpost-data/packs/**', (route) => route.abort());
    await searchByKeyboard(page, 'S1 2HE');
    await expect.poll(() => page.getByText("We couldn't load the list of places just now.", { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Your postcode').inputValue()).toBe('S1 2HE');
    await page.unroute('**/signpost-data/packs/**');
    await page.getByRole('button', { name: 'Find help' }).press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Places near S1 2HE' }).count()).toBe(1);
    await page.close();
  });

  it('has no accessibility violations before or after a search', async () => {
    const { page } = await openDemoPage();
    expect(await accessibilityViolations(page)).toEqual([]);
    await searchByKeyboard(page, 'S1 2HE');
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('sends a full postcode to an online lookup only when the site owner set one, uses its answer, and copes when it fails', async () => {
    // The stub lookup places S1 2HE 6 miles west of its district's centre, so its answer shows in the distances.
    const lookups: string[] = [];
    // Like postcodes.io, the lookup allows calls from any site (CORS).
    const lookup = await serveFolders({ '/': 'test/fixtures/postcode-lookup' }, { 'Access-Control-Allow-Origin': '*' });
    const page = await browser.newPage();
    page.on('request', (request) => request.url().startsWith(lookup.url) && lookups.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}/`);
    await page.evaluate((base) => {
      const host = document.createElement('div');
      document.querySelector('main')!.append(host);
      (window as unknown as { Signpost: { mount(element: Element, options: object): void } }).Signpost.mount(host, { postcodeLookup: base, title: 'Find help (exact)' });
    }, lookup.url);
    const finder = page.locator('div', { has: page.getByRole('heading', { name: 'Find help (exact)' }) }).last();
    const nearestMiles = async () => Number.parseFloat((await finder.locator('.sp-card__meta span:first-child').first().textContent()) ?? '');
    await finder.getByLabel('Your postcode').fill('S1 2HE');
    await finder.getByRole('button', { name: 'Find help' }).click();
    await expect.poll(() => finder.getByRole('heading', { name: 'Places near S1 2HE' }).count()).toBe(1);
    expect(lookups).toEqual(['/postcodes/S1%202HE']);
    expect(await nearestMiles()).toBeGreaterThan(1);
    // Its lookup knows no other postcode: the widget falls back to the district centre without a word.
    await finder.getByLabel('Your postcode').fill('S1 1AA');
    await finder.getByRole('button', { name: 'Find help' }).click();
    await expect.poll(() => finder.getByRole('heading', { name: 'Places near S1 1AA' }).count()).toBe(1);
    expect(await nearestMiles()).toBeLessThan(0.5);
    await page.close();
    await lookup.close();
  });

  it('asks nothing of any host but its own, and sets no cookies', async () => {
    const { page, requests } = await openDemoPage();
    await searchByKeyboard(page, 'S1 2HE');
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    await page.close();
  });
});

describe('the widget on a hostile page with a strict Content Security Policy', () => {
  it('still shows its finder at its own size, and breaks no rule of the policy', async () => {
    const strict = await serveFolders(
      { '/signpost/': 'dist/site', '/': 'test/fixtures/hostile-host' },
      { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" },
    );
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (message) => message.text().includes('Content Security Policy') && refused.push(message.text()));
    await page.goto(`${strict.url}/`);
    const postcode = page.getByLabel('Your postcode');
    await postcode.waitFor();
    expect(await postcode.isVisible()).toBe(true);
    expect(await postcode.evaluate((input) => getComputedStyle(input).fontSize)).toBe('19px');
    await page.getByRole('button', { name: 'Find help' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Places near S1 2HE' }).count()).toBe(1);
    expect(refused).toEqual([]);
    await page.close();
    await strict.close();
  });
});
