import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveFolders, type StaticSite } from '../browser/chromium.ts';

let browser: Browser;
let site: StaticSite;

/** A host page as a site owner would write it, with the README's snippet (integrity included) and both embedding forms. */
function hostPage(): string {
  const { integrity } = JSON.parse(readFileSync('dist/site/signpost.json', 'utf8')) as { integrity: string };
  return `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8" /><title>A community website</title></head>
  <body>
    <main>
      <h1>Help near you</h1>
      <div id="surgery" data-signpost data-title="Surgery finder" data-postcode="S1 2HE" data-theme="dark"
        data-offer="Ask at reception for help with the NHS App, Tuesdays 2-4pm"></div>
      <signpost-finder id="community" data-title="Community finder" data-paths="no" data-categories="food, housing"></signpost-finder>
    </main>
    <script src="/signpost/signpost.js" integrity="${integrity}" crossorigin="anonymous" async></script>
  </body>
</html>`;
}

beforeAll(async () => {
  const pages = mkdtempSync(join(tmpdir(), 'signpost-host-'));
  writeFileSync(join(pages, 'index.html'), hostPage());
  [browser, site] = await Promise.all([launchBrowser(), serveFolders({ '/signpost/': 'dist/site', '/': pages })]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the host page, recording the path of every request it makes. */
async function openHostPage(): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${site.url}/`);
  await page.locator('#community').getByLabel('Your postcode').waitFor();
  return { page, requests };
}

async function search(page: Page, widget: string, postcode: string): Promise<void> {
  await page.locator(widget).getByLabel('Your postcode').fill(postcode);
  await page.locator(widget).getByRole('button', { name: 'Find help' }).click();
}

const ENGINE = '/signpost/signpost-finder-engine.js';
const LEARN = '/signpost/signpost-learn.js';

describe('embedding the widget', () => {
  it('draws a finder for a data-signpost placeholder and for <signpost-finder>, each with its own settings', async () => {
    const { page } = await openHostPage();
    const surgery = page.locator('#surgery');
    const community = page.locator('#community');
    expect(await surgery.getByRole('heading', { name: 'Surgery finder' }).count()).toBe(1);
    expect(await community.getByRole('heading', { name: 'Community finder' }).count()).toBe(1);
    expect(await surgery.getByText('Ask at reception for help with the NHS App, Tuesdays 2-4pm').count()).toBe(1);
    expect(await surgery.getByLabel('Your postcode').inputValue()).toBe('S1 2HE');
    expect(await surgery.locator('.sp-root').getAttribute('class')).toBe('sp-root sp-theme-dark');
    expect(await surgery.locator('.sp-root').getAttribute('lang')).toBe('en-GB');
    expect(await surgery.getByRole('button', { name: 'Learn at home' }).count()).toBe(1);
    expect(await community.getByRole('button', { name: 'Learn at home' }).count()).toBe(0);
    const offered = await community.getByLabel('What do you need help with?').locator('option').allTextContents();
    expect(offered).toEqual(['Anything', 'Food', 'Housing']);
    await page.close();
  });

  it('draws a finder from JavaScript with Signpost.mount, checking its settings the same way', async () => {
    const { page } = await openHostPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.evaluate(() => {
      const host = Object.assign(document.createElement('div'), { id: 'later' });
      document.querySelector('main')!.append(host);
      const { Signpost } = window as unknown as { Signpost: { mount(element: Element, settings: object): void } };
      Signpost.mount(host, { title: 'Added later', postcode: 'S2', radius: 'far' });
    });
    const later = page.locator('#later');
    expect(await later.getByRole('heading', { name: 'Added later' }).count()).toBe(1);
    expect(await later.getByLabel('Your postcode').inputValue()).toBe('S2');
    expect(warnings).toEqual(['Signpost: ignoring data-radius="far": expected a number from 0.5 to 50.']);
    await page.close();
  });

  it('keeps two widgets on one page apart: a search in one leaves the other as it was', async () => {
    const { page } = await openHostPage();
    await search(page, '#surgery', 'S1 2HE');
    await page.locator('#surgery').getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    expect(
      await page
        .locator('#community')
        .getByRole('heading', { name: /Places near/ })
        .count(),
    ).toBe(0);
    expect(await page.locator('#community').getByLabel('Your postcode').inputValue()).toBe('');
    await page.close();
  });
});

describe('loading on first use', () => {
  it('fetches the search engine only when a resident enters a form, and only once for every widget', async () => {
    const { page, requests } = await openHostPage();
    expect(requests).toContain('/signpost/signpost.js');
    expect(requests.filter((path) => path === ENGINE || path === LEARN || path.includes('signpost-data'))).toEqual([]);
    await page.locator('#community').getByLabel('Your postcode').focus();
    await expect.poll(() => requests.filter((path) => path === ENGINE).length).toBe(1);
    await search(page, '#surgery', 'S1 2HE');
    await search(page, '#community', 'S1 2HE');
    await page.locator('#community').getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    expect(requests.filter((path) => path === ENGINE)).toHaveLength(1);
    expect(requests).not.toContain(LEARN);
    await page.close();
  });

  it('fetches Learn at home only when the resident asks for it', async () => {
    const { page, requests } = await openHostPage();
    const surgery = page.locator('#surgery');
    await surgery.getByRole('button', { name: 'Learn at home' }).click();
    await expect
      .poll(() => surgery.getByRole('button', { name: 'Learn at home' }).getAttribute('aria-expanded'))
      .toBe('true');
    expect(requests.filter((path) => path === LEARN)).toHaveLength(1);
    expect(await surgery.locator('.sp-learn-at-home').count()).toBe(1);
    await page.close();
  });

  it('refuses a search engine file that does not match its integrity hash, says so plainly, and loads it again on the next try', async () => {
    const { page } = await openHostPage();
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    // A changed copy, as if the file had been tampered with on its way.
    await page.route(`**${ENGINE}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\nconsole.log('changed');` });
    });
    await search(page, '#surgery', 'S1 2HE');
    const surgery = page.locator('#surgery');
    await expect
      .poll(() =>
        surgery.getByText("We couldn't load the search just now. Check you are online, then try again.").count(),
      )
      .toBeGreaterThan(0);
    expect(await surgery.getByLabel('Your postcode').inputValue()).toBe('S1 2HE');
    expect(warnings.some((text) => text.includes('signpost-finder-engine.js could not be loaded'))).toBe(true);
    // Focus and the search each start a load: let any tampered one still on its way finish first.
    await page.unrouteAll({ behavior: 'wait' });
    await surgery.getByRole('button', { name: 'Find help' }).click();
    await expect.poll(() => surgery.getByRole('heading', { name: 'Places near S1 2HE' }).count()).toBe(1);
    await page.close();
  });
});

describe('events for the host page', () => {
  it('tells the page about each search and each choice, with no postcode in either', async () => {
    const { page } = await openHostPage();
    await page.evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      for (const type of ['signpost:search', 'signpost:select']) {
        document.addEventListener(type, (event) =>
          heard.push(`${type} ${(event.target as Element).id} ${JSON.stringify((event as CustomEvent).detail)}`),
        );
      }
      // Stays on the page when a link is followed, so the test can read what was heard.
      document.addEventListener(
        'click',
        (event) => (event.composedPath()[0] as Element).closest('a') && event.preventDefault(),
        true,
      );
    });
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    await search(page, '#surgery', 'S1 2HE');
    await page.locator('#surgery').getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    await page
      .locator('#surgery')
      .getByRole('link', { name: /^Call / })
      .first()
      .click();
    await expect.poll(async () => (await heard()).length).toBe(2);
    const [searched, selected] = await heard();
    expect(searched).toMatch(/^signpost:search surgery \{.*"ok":true/);
    expect(JSON.parse(searched!.split(' ').slice(2).join(' ')).nearbyCount).toBeGreaterThan(0);
    expect(selected).toMatch(/^signpost:select surgery \{"resourceId":"[^"]+","action":"call"\}$/);
    for (const event of await heard()) expect(event).not.toMatch(/S1|2HE|postcode|latitude/i);
    await page.close();
  });

  it('opens a shared link with its search done: the postcode district and the kind of help, never a full postcode', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/#signpost=S1/food`);
    const community = page.locator('#community');
    await community.getByRole('heading', { name: 'Places near S1' }).waitFor();
    expect(await community.getByLabel('Your postcode').inputValue()).toBe('S1');
    expect(await community.getByRole('combobox').inputValue()).toBe('food');
    await page.close();
  });
});
