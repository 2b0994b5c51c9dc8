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

/** Everything a page could have left on the device: IndexedDB databases, cookies, localStorage, sessionStorage. */
async function storedOnDevice(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((database) => database.name),
    cookies: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
  }));
}

const NOTHING_STORED = { databases: [], cookies: '', localStorage: 0, sessionStorage: 0 };

/** The demo practice page with Learn at home open. */
async function openLearnAtHome(page: Page): Promise<void> {
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Learn at home' }).click();
  await page.getByRole('heading', { name: 'Learning paths' }).waitFor();
}

async function doFirstStepOfTouchScreen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Use a touch screen' }).click();
  await page.getByRole('button', { name: 'Start step 1' }).click();
  await page.getByRole('button', { name: 'I did it' }).click();
  await page.getByRole('heading', { name: /^Step 2 of 7/ }).waitFor();
}

describe('Learn at home on a practice website', () => {
  it('stores nothing while the resident learns, remembers after they agree, carries on after a reload, and forgets when asked', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openLearnAtHome(page);
    await doFirstStepOfTouchScreen(page);
    expect(await storedOnDevice(page)).toEqual(NOTHING_STORED);
    expect(await context.cookies()).toEqual([]);

    await page.getByRole('button', { name: 'Remember my progress on this device' }).click();
    await page.getByText('We are remembering your progress on this device.', { exact: false }).waitFor();
    expect((await storedOnDevice(page)).databases).toEqual(['signpost-learn-at-home']);

    await page.reload();
    await page.getByRole('button', { name: 'Learn at home' }).click();
    await page.getByRole('button', { name: 'Carry on where I left off' }).click();
    await page.getByRole('button', { name: 'Use a touch screen' }).click();
    await page.getByRole('heading', { name: /^Step 2 of 7/ }).waitFor();

    await page.getByRole('button', { name: 'Forget my progress' }).click();
    await page.getByRole('button', { name: 'Yes, erase' }).click();
    await page.getByText('We have forgotten your progress.', { exact: false }).waitFor();
    expect(await storedOnDevice(page)).toEqual(NOTHING_STORED);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('has no accessibility problems axe can find, on the list of paths, in a step, and when asked to forget', async () => {
    const page = await browser.newPage();
    await openLearnAtHome(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await doFirstStepOfTouchScreen(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Remember my progress on this device' }).click();
    await page.getByRole('button', { name: 'Forget my progress' }).click();
    await page.getByRole('heading', { name: 'Forget your progress on this device?' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
