import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../browser/chromium.ts';
import { hostPage, serveWidgetSite, type WidgetSite } from './widget-host.ts';

/**
 * What old libraries and careless scripts do to a page: extra properties on Object.prototype and
 * Array.prototype, enumerable and not, functions and values, some named like the widget's own settings
 * and data. The host page runs this before the widget loads.
 */
const POLLUTION = `
Object.prototype.extend = function () { return this; };
Object.prototype.colour = 'red';
Array.prototype.last = function () { return this[this.length - 1]; };
Array.prototype.sum = 0;
const hidden = {
  each: function () {},
  postcodeLookup: 'https://lookup.elsewhere.example',
  directory: 'https://data.elsewhere.example/pack.json',
  website: 'https://elsewhere.example/',
  phone: '0900 000 000',
  email: 'someone@elsewhere.example',
  place: { latitude: 51.5, longitude: -0.1 },
  languages: ['Elsewhere'],
};
for (const [name, value] of Object.entries(hidden))
  Object.defineProperty(Object.prototype, name, { value, writable: true, configurable: true });
Object.defineProperty(Array.prototype, 'unique', { value: function () { return this; }, writable: true, configurable: true });
`;

let browser: Browser;
let site: WidgetSite;

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchBrowser(),
    serveWidgetSite({
      pages: (integrity) => ({
        'polluted.js': POLLUTION,
        'index.html': hostPage(
          '<script src="/polluted.js"></script><div id="finder" data-signpost data-postcode="S1 2HE"></div>',
          integrity,
        ),
        'no-room.html': hostPage(
          `<script src="/polluted.js"></script>
           <div id="closed" data-signpost></div>
           <script src="/closed-root.js"></script>
           <ul id="list" data-signpost><li>Our list</li></ul>`,
          integrity,
        ),
        'closed-root.js': "document.getElementById('closed').attachShadow({ mode: 'closed' });",
      }),
    }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Watched {
  page: Page;
  /** Every request that left the widget's own site. */
  elsewhere: string[];
  errors: string[];
  console: string[];
}

async function open(file: string): Promise<Watched> {
  const page = await browser.newPage();
  const watched: Watched = { page, elsewhere: [], errors: [], console: [] };
  page.on('request', (request) => request.url().startsWith(site.url) || watched.elsewhere.push(request.url()));
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('console', (message) => watched.console.push(`${message.type()}: ${message.text()}`));
  await page.goto(`${site.url}/${file}`);
  return watched;
}

describe('the widget on a page that added properties to Object.prototype and Array.prototype', () => {
  it('draws, searches and shows only what its own data says, asking no one else', async () => {
    const { page, elsewhere, errors } = await open('index.html');
    await page.getByRole('button', { name: 'Find help' }).click();
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    expect(await page.locator('#finder .sp-card').count()).toBeGreaterThan(3);
    const shown = await page.locator('#finder').evaluate((host) => ({
      text: host.shadowRoot!.textContent!,
      links: [...host.shadowRoot!.querySelectorAll('a')].map((link) => link.href),
    }));
    expect(shown.text).not.toMatch(/elsewhere|0900 000 000/);
    expect(shown.links.filter((link) => /elsewhere|0900000000/.test(link))).toEqual([]);
    expect(errors).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.close();
  });

  it('opens Learn at home and plays a step', async () => {
    const { page, errors } = await open('index.html');
    await page.getByRole('button', { name: 'Learn at home' }).click();
    await page.getByRole('heading', { name: 'Learning paths' }).waitFor();
    await page.getByRole('button', { name: 'Use a touch screen' }).click();
    await page.getByRole('button', { name: 'Start step 1' }).click();
    await page.getByRole('heading', { name: /^Step 1 of / }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a box the widget cannot go into', () => {
  it('tells the resident kindly where the widget should be, and the site owner what is actually wrong', async () => {
    const { page, console: said, errors } = await open('no-room.html');
    const sorry = page.getByText("Sorry, the search for local help can't be shown here.");
    await expect.poll(() => sorry.count()).toBe(2);
    // The console line goes on with the element itself, for the site owner to click.
    expect(said).toContainEqual(
      expect.stringMatching(
        /^error: Signpost: this <div> cannot hold the widget \(NotSupportedError: .*already hosts a shadow tree.*\): use an empty <div>\./,
      ),
    );
    expect(said).toContainEqual(
      expect.stringMatching(
        /^error: Signpost: this <ul> cannot hold the widget \(NotSupportedError: .*does not support attachShadow.*\): use an empty <div>\./,
      ),
    );
    expect(await page.getByText('Our list').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
