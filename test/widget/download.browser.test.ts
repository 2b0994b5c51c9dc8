import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, serveFolders, type StaticSite } from '../browser/chromium.ts';
import { NOTHING_STORED } from './widget-host.ts';
import { downloadFileName } from '../../widget/widget-scripts.ts';

/**
 * The download as a practice gets it, on three websites of its own (three loopback ports): the unzipped
 * files on a shared host (as a council would put them, with the header the README asks for), the
 * configurator where staff make their code, and the practice's plain page where they paste it.
 */
let browser: Browser;
let sharedCopy: StaticSite;
let configurator: StaticSite;
let practice: StaticSite;
const practicePages = mkdtempSync(join(tmpdir(), 'signpost-practice-'));
let unzipped: Record<string, Uint8Array>;
/** Where the download was unzipped. */
let filesFolder: string;

beforeAll(async () => {
  const { version } = JSON.parse(readFileSync('dist/site/signpost.json', 'utf8')) as { version: string };
  unzipped = unzipSync(readFileSync(join('dist', downloadFileName(version))));
  filesFolder = mkdtempSync(join(tmpdir(), 'signpost-download-'));
  for (const [path, bytes] of Object.entries(unzipped)) {
    mkdirSync(dirname(join(filesFolder, path)), { recursive: true });
    writeFileSync(join(filesFolder, path), bytes);
  }
  [browser, sharedCopy, configurator, practice] = await Promise.all([
    launchBrowser(),
    serveFolders({ '/': filesFolder }, { 'Access-Control-Allow-Origin': '*' }),
    serveFolders({ '/': 'dist/site' }),
    serveFolders({ '/': practicePages }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([sharedCopy?.close(), configurator?.close(), practice?.close()]);
});

/** The configurator with the shared copy's address typed in, and the way chosen. */
async function codeFor(context: BrowserContext, way: string): Promise<{ page: Page; code: string }> {
  const page = await context.newPage();
  await page.goto(`${configurator.url}/configure.html`);
  await page.getByLabel('A shared copy that our council or integrated care board looks after').check();
  await page.getByLabel('Web address of the files').fill(`${sharedCopy.url}/signpost/`);
  await page.getByLabel(way).check();
  const code = await page.getByLabel('Your code').inputValue();
  return { page, code };
}

/** The practice's page with `code` pasted in, recording every request that goes anywhere but the two sites. */
async function practicePage(context: BrowserContext, code: string): Promise<{ page: Page; elsewhere: string[] }> {
  writeFileSync(
    join(practicePages, 'index.html'),
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Riverside Surgery</title></head>\n<body><main><h1>Find help near you</h1>\n${code}\n</main></body></html>\n`,
  );
  const page = await context.newPage();
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${practice.url}/`) && !url.startsWith(`${sharedCopy.url}/signpost/`)) elsewhere.push(url);
  });
  await page.goto(`${practice.url}/index.html`);
  return { page, elsewhere };
}

async function searchIn(place: Page | Frame, postcode: string): Promise<void> {
  await place.getByLabel('Your postcode').fill(postcode);
  await place.getByRole('button', { name: 'Find help' }).click();
  await place.getByRole('heading', { name: `Places near ${postcode}` }).waitFor();
}

describe('the download', () => {
  it('holds the widget, its later parts, the whole-page finder, its data, an example page and a how-to', () => {
    const names = Object.keys(unzipped);
    for (const file of [
      'signpost.js',
      'signpost-finder-engine.js',
      'signpost-learn.js',
      'signpost-find-help.js',
      'find-help.html',
      'example.html',
      'HOW-TO-PUT-THIS-ON-YOUR-WEBSITE.txt',
      'signpost-data/packs/national.json',
      'signpost-data/outcodes/S.json',
    ])
      expect(names).toContain(`signpost/${file}`);
    expect(names.filter((name) => !name.startsWith('signpost/'))).toEqual([]);
    expect(names).not.toContain('signpost/configure.html');
    const howTo = new TextDecoder().decode(unzipped['signpost/HOW-TO-PUT-THIS-ON-YOUR-WEBSITE.txt']);
    expect(howTo).toContain('Access-Control-Allow-Origin: *');
    expect(howTo).toContain('security check');
    expect(howTo).not.toMatch(/SRI|shard index|script-src|integrity value/);
  });
});

describe("the configurator's code for a shared copy on another website", () => {
  it('works pasted into a plain page: the resident searches and sees places, and nothing goes anywhere else', async () => {
    const context = await browser.newContext();
    const { page: staff, code } = await codeFor(context, 'Code on your page (best)');
    expect(code).toContain(`<script src="${sharedCopy.url}/signpost/signpost.js" integrity="sha384-`);
    expect(await staff.getByRole('link', { name: 'Download the files' }).getAttribute('href')).toMatch(
      /^signpost-widget-[\d.]+\.zip$/,
    );
    expect(await accessibilityViolations(staff)).toEqual([]);

    const { page, elsewhere } = await practicePage(context, code);
    await searchIn(page, 'S1 2HE');
    expect(await page.locator('[data-signpost] .sp-card').count()).toBeGreaterThan(3);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('works as a box on the page, keyboard only, keeping every privacy promise', async () => {
    const context = await browser.newContext();
    const { page: staff, code } = await codeFor(context, 'A box on your page (an iframe)');
    await staff.getByLabel('Postcode or area to start with (optional)').fill('s1');
    const boxCode = await staff.getByLabel('Your code').inputValue();
    expect(code).toContain(`<iframe src="${sharedCopy.url}/signpost/find-help.html"`);
    expect(boxCode).toContain('find-help.html?postcode=S1"');
    expect(await accessibilityViolations(staff)).toEqual([]);

    const { page, elsewhere } = await practicePage(context, boxCode);
    const frame = page.frameLocator('iframe[title="Find local help"]');
    await frame.getByLabel('Your postcode').waitFor();
    expect(await frame.getByLabel('Your postcode').inputValue()).toBe('S1');
    // Keyboard only: from the page into the box, to the postcode, then Enter.
    await page.keyboard.press('Tab');
    for (let presses = 0; presses < 5; presses += 1) {
      const focused = await page.evaluate(() => document.activeElement?.localName);
      const inBox = await frame
        .getByLabel('Your postcode')
        .evaluate((box) => (box.getRootNode() as ShadowRoot).activeElement === box);
      if (focused === 'iframe' && inBox) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.type('S1 2HE');
    await page.keyboard.press('Enter');
    await frame.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    expect(await frame.locator('.sp-card').count()).toBeGreaterThan(3);

    const finder = page.frames().find((each) => each.url().includes('/find-help.html'))!;
    expect(await accessibilityViolations(finder)).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(
      await finder.evaluate(async () => ({
        databases: (await indexedDB.databases()).map((database) => database.name),
        localStorage: Object.keys(localStorage),
        sessionStorage: Object.keys(sessionStorage),
        caches: await caches.keys(),
        serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
      })),
    ).toEqual(NOTHING_STORED);
    await context.close();
  });
});

describe('a shared copy whose host leaves the header off its later parts', () => {
  it('tells the resident kindly and the site owner why, and keeps what was typed', async () => {
    const context = await browser.newContext();
    const { code } = await codeFor(context, 'Code on your page (best)');
    // As a host set up in part would send them: signpost.js with Access-Control-Allow-Origin, the rest without.
    const partly = await serveFolders({ '/': filesFolder }, (path): Record<string, string> =>
      path === '/signpost/signpost.js' ? { 'Access-Control-Allow-Origin': '*' } : {},
    );
    const { page } = await practicePage(context, code.replace(sharedCopy.url, partly.url));
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.getByLabel('Your postcode').fill('S1 2HE');
    await page.getByRole('button', { name: 'Find help' }).click();
    await page
      .getByText("We couldn't load the search just now. Check you are online, then try again.")
      .first()
      .waitFor();
    expect(await page.getByLabel('Your postcode').inputValue()).toBe('S1 2HE');
    await expect
      .poll(() => warnings.join('\n'))
      .toContain(
        `Signpost: ${partly.url}/signpost/signpost-finder-engine.js could not be loaded: offline, or its server does not send Access-Control-Allow-Origin.`,
      );
    await context.close();
    await partly.close();
  });
});
