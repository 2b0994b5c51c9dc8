import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchWithExtension } from '../browser/chromium.ts';

/*
 * The options page and popup in real Chromium with the built extension (`npx wxt build` first), opened as
 * tabs. The options page is walked by keyboard alone: Tab to move, Enter to press, typing for text.
 */

const PRACTICE_CSV = resolve(import.meta.dirname, '../fixtures/practice-directory.csv');

let context: BrowserContext;
let extensionUrl: string;

beforeAll(async () => {
  const launched = await launchWithExtension();
  context = launched.context;
  extensionUrl = `chrome-extension://${launched.extensionId}`;
});

afterAll(async () => {
  await context?.close();
});

async function openOptions(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${extensionUrl}/options.html`);
  await page.getByLabel("Your organisation's name").waitFor();
  return page;
}

/** Presses Tab until the focused element has the accessible name `name`, as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (element instanceof HTMLInputElement) return element.labels?.[0]?.textContent?.trim() ?? '';
      return element?.textContent?.trim() ?? '';
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe('the options page in Chrome', () => {
  it('saves the organisation by keyboard alone', async () => {
    const page = await openOptions();
    await tabTo(page, "Your organisation's name");
    await page.keyboard.type('Central Library');
    await tabTo(page, 'Your postcode area');
    await page.keyboard.type('s1 1xz');
    await page.keyboard.press('Enter');
    await page.getByText('Saved.', { exact: true }).waitFor();
    await page.reload();
    await page.getByLabel("Your organisation's name").waitFor();
    expect(await page.getByLabel("Your organisation's name").inputValue()).toBe('Central Library');
    expect(await page.getByLabel('Your postcode area').inputValue()).toBe('S1');
    await page.close();
  });

  it('imports a spreadsheet by keyboard: the report first, then Save this list', async () => {
    const page = await openOptions();
    // Listening starts well before the key press: Playwright turns on catching the file chooser in the
    // background, and a press that comes first opens the real (invisible) chooser instead.
    const chooser = page.waitForEvent('filechooser');
    await tabTo(page, 'Choose a file');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(PRACTICE_CSV);
    const report = page.getByRole('heading', { name: 'Check practice-directory.csv before you save it' });
    await report.waitFor();
    // The report's heading takes the focus once drawn (a moment after), and Tab goes on from there.
    await expect.poll(() => report.evaluate((heading) => heading === document.activeElement)).toBe(true);
    // A row is never left out for its category now (issue 10): the "Knitting" row is kept and named.
    await expect(page.locator('main').textContent()).resolves.toContain('7 places are ready to use. 1 was left out.');
    expect(await accessibilityViolations(page)).toEqual([]);

    await tabTo(page, 'Save this list');
    await page.keyboard.press('Enter');
    await page.getByText(/^Saved now: practice-directory\.csv, 7 places/).waitFor();
    await page.close();
  });

  it('has no accessibility violations', async () => {
    const page = await openOptions();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the popup in Chrome', () => {
  it('offers to open Signpost, with no accessibility violations', async () => {
    const page = await context.newPage();
    await page.goto(`${extensionUrl}/popup.html`);
    await page.getByRole('button', { name: 'Open Signpost' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('opens the side panel from the click, which Chrome allows only in answer to a person, then closes', async () => {
    const page = await context.newPage();
    await page.goto(`${extensionUrl}/popup.html`);
    await page.getByRole('button', { name: 'Open Signpost' }).focus();
    // The popup closes itself once the panel opens, so the key press ends with the page gone.
    await Promise.all([page.waitForEvent('close'), page.keyboard.press('Enter').catch(() => undefined)]);
    expect(page.isClosed()).toBe(true);
  });
});
