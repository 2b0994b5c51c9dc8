import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, serveFolders, type StaticSite } from '../browser/chromium.ts';

let browser: Browser;
let site: StaticSite;
/** Where a test writes a plain page of its own, served from the same site as the widget, as a practice would. */
const plainPages = mkdtempSync(join(tmpdir(), 'signpost-plain-'));

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveFolders({ '/plain/': plainPages, '/': 'dist/site' })]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openConfigurator(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}/configure.html`);
  await page.locator('.cf-preview').getByLabel('Your postcode').waitFor();
  return page;
}

const snippetOf = (page: Page) => page.getByLabel('Your code').inputValue();

describe('the configurator', () => {
  it('redraws the live widget and rewrites the code when an option changes', async () => {
    const context = await browser.newContext();
    const page = await openConfigurator(context);
    const preview = page.locator('.cf-preview');
    expect(await preview.getByRole('button', { name: 'Learn at home' }).count()).toBe(1);

    await page.getByLabel('Heading (optional)').fill('Help near Riverside');
    await preview.getByRole('heading', { name: 'Help near Riverside' }).waitFor();
    expect(await snippetOf(page)).toContain('data-title="Help near Riverside"');

    await page.getByLabel('Show “Learn at home”').uncheck();
    await expect.poll(() => preview.getByRole('button', { name: 'Learn at home' }).count()).toBe(0);
    expect(await snippetOf(page)).toContain('data-paths="no"');

    await page.getByLabel('Food', { exact: true }).check();
    await page.getByLabel('Housing', { exact: true }).check();
    await expect
      .poll(() => preview.getByLabel('What do you need help with?').locator('option').allTextContents())
      .toEqual(['Anything', 'Food', 'Housing']);
    expect(await snippetOf(page)).toContain('data-categories="food,housing"');
    await context.close();
  });

  it('copies code that works when pasted into a plain HTML page, integrity and all', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await openConfigurator(context);
    await page.getByLabel('Heading (optional)').fill('Dr "Sam" <Riverside> & partners');
    await page.getByLabel('Postcode or area to start with (optional)').fill('s1');
    // This test site serves the files at its root, not in a signpost folder.
    await page.getByLabel('Web address of the files').fill(`${site.url}/`);
    await page.getByRole('button', { name: 'Copy the code' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await snippetOf(page));
    expect(copied).toMatch(/integrity="sha384-[A-Za-z0-9+/=]+"/);

    writeFileSync(
      join(plainPages, 'index.html'),
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Plain page</title></head>\n<body><h1>Our practice</h1>\n${copied}\n</body></html>\n`,
    );
    const plain = await context.newPage();
    const refused: string[] = [];
    plain.on('requestfailed', (request) => refused.push(request.url()));
    await plain.goto(`${site.url}/plain/index.html`);
    await plain.getByRole('heading', { name: 'Dr "Sam" <Riverside> & partners' }).waitFor();
    expect(await plain.getByLabel('Your postcode').inputValue()).toBe('S1');
    await plain.getByLabel('Your postcode').fill('S1 2HE');
    await plain.getByRole('button', { name: 'Find help' }).click();
    await plain.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    expect(refused).toEqual([]);
    await context.close();
  });

  it('says what is wrong with a box, and has no accessibility problems axe can find', async () => {
    const context = await browser.newContext();
    const page = await openConfigurator(context);
    await page.getByLabel('Postcode or area to start with (optional)').fill('hello');
    await page.getByLabel('Postcode or area to start with (optional)').blur();
    await page.getByText("That doesn't look like a postcode.", { exact: false }).first().waitFor();
    expect(await page.getByLabel('Your code').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
