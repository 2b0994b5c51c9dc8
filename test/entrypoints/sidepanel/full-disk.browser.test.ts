import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../../browser/chromium.ts';

/*
 * A full disk and a failed write, in real Chromium with the built extension. Chromium's DevTools quota
 * override (Storage.overrideQuotaForOrigin) proved unreliable here: it stopped writes to a database only
 * until the origin's first successful write, and an extension writes at install. So each write IndexedDB
 * takes is made to fail the way the browser reports it (a QuotaExceededError, or another error) by
 * wrapping IDBObjectStore's add and put in the page; everything else is the real side panel on real IndexedDB.
 * The wrapper goes with a reload, and what was saved before must be there, unchanged.
 */

const FULL = 'Your device is full, so this was not saved. Free some space and try again.';
const FAILED = 'Something went wrong, so this was not saved. Please try again.';

let context: BrowserContext;
let panelUrl: string;

beforeAll(async () => {
  const launched = await launchWithExtension();
  context = launched.context;
  panelUrl = `chrome-extension://${launched.extensionId}/sidepanel.html`;
});

afterAll(async () => {
  await context?.close();
});

/** From now on, until the page reloads, every IndexedDB write in the page fails with a `name` error. */
function failWrites(page: Page, name: 'QuotaExceededError' | 'UnknownError'): Promise<void> {
  return page.evaluate((errorName) => {
    for (const method of ['add', 'put'] as const) {
      IDBObjectStore.prototype[method] = function refuse(): never {
        throw new DOMException('The write failed.', errorName);
      };
    }
  }, name);
}

async function openTouchScreenPath(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Getting started' }).click();
  await page.getByRole('button', { name: 'Use a touch screen' }).first().click();
}

describe('when saving on this computer fails', () => {
  it('leaves the learners and steps saved before as they were, and says what is wrong and what to do', async () => {
    const page = await context.newPage();
    await page.goto(panelUrl);
    await page.getByLabel('First name or nickname').fill('Sam');
    await page.getByRole('button', { name: 'Save my progress' }).click();
    await openTouchScreenPath(page);
    await page.getByRole('button', { name: 'Start step 1' }).click();
    await page.getByRole('button', { name: 'I did it' }).click();
    await page.getByRole('heading', { name: /^Step 2 of 7/ }).waitFor();

    // The disk fills: the step, a new learner and the plan are refused, each saying so.
    await failWrites(page, 'QuotaExceededError');
    await page.getByRole('button', { name: 'I did it' }).click();
    await page.getByRole('status').filter({ hasText: FULL }).waitFor();
    await page.getByRole('button', { name: 'Choose another path' }).click();
    await page.getByRole('button', { name: 'Seeing my GP' }).click();
    await page.getByText(FULL).waitFor();
    await page.getByRole('button', { name: 'Change who is learning' }).click();
    await page.getByLabel('First name or nickname').fill('Ana');
    await page.getByRole('button', { name: 'Save my progress' }).click();
    await page.getByText(FULL).waitFor();

    // Another kind of failure says to try again.
    await page.reload();
    await page.getByRole('button', { name: 'Carry on as Sam' }).click();
    await failWrites(page, 'UnknownError');
    await openTouchScreenPath(page);
    await page.getByRole('heading', { name: /^Step 2 of 7/ }).waitFor();
    await page.getByRole('button', { name: 'I did it' }).click();
    await page.getByRole('status').filter({ hasText: FAILED }).waitFor();

    // Space again: everything saved before is there, and nothing refused was half saved.
    await page.reload();
    await page.getByRole('button', { name: 'Carry on as Sam' }).click();
    expect(await page.getByRole('button', { name: 'Seeing my GP', pressed: true }).count()).toBe(0);
    await openTouchScreenPath(page);
    await page.getByRole('heading', { name: /^Step 2 of 7/ }).waitFor();
    await page.getByRole('button', { name: 'Change who is learning' }).click();
    expect(await page.getByRole('button', { name: 'Carry on as Ana' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Carry on as Sam' }).count()).toBe(1);
    await page.close();
  }, 90_000);
});
