import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../browser/chromium.ts';
import { announced, focusedElement, hostPage, serveWidgetSite, type WidgetSite } from './widget-host.ts';

let browser: Browser;
let site: WidgetSite;

beforeAll(async () => {
  const body = `<p><a href="/contact">Contact the surgery</a></p>\n<div id="finder" data-signpost></div>`;
  [browser, site] = await Promise.all([
    launchBrowser(),
    serveWidgetSite({ pages: (integrity) => ({ 'index.html': hostPage(body, integrity) }) }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * A page driven by keyboard only, remembering where focus went after every key press, so a test can
 * prove it never fell back to the page's body.
 */
async function openByKeyboard(): Promise<{
  page: Page;
  press: (key: string) => Promise<string>;
  focusTrail: string[];
}> {
  const page = await browser.newPage();
  await page.goto(`${site.url}/`);
  await page.getByLabel('Your postcode').waitFor();
  const focusTrail: string[] = [];
  const press = async (key: string) => {
    await page.keyboard.press(key);
    const focused = await focusedElement(page);
    focusTrail.push(focused);
    return focused;
  };
  return { page, press, focusTrail };
}

/** Presses Tab until `wanted` says yes to what has focus; fails after 40 presses. */
async function tabUntil(
  press: (key: string) => Promise<string>,
  wanted: (focused: string) => boolean,
): Promise<string> {
  for (let presses = 0; presses < 40; presses++) {
    const focused = await press('Tab');
    if (wanted(focused)) return focused;
  }
  throw new Error('Tab never reached it.');
}

const isPostcodeBox = (focused: string) => /^input#signpost-\d+-postcode$/.test(focused);

async function searchByKeyboard(page: Page, press: (key: string) => Promise<string>, postcode: string): Promise<void> {
  await tabUntil(press, isPostcodeBox);
  await press('Control+A');
  await page.keyboard.type(postcode);
  await press('Enter');
}

describe('the widget by keyboard alone', () => {
  it('searches for one kind of help, says what it found, and lets the resident Tab on into the first place', async () => {
    const { page, press, focusTrail } = await openByKeyboard();
    await tabUntil(press, isPostcodeBox);
    await page.keyboard.type('S1 2HE');
    expect(await press('Tab')).toMatch(/^select#signpost-\d+-category$/);
    // Typing a choice's first letters picks it in a closed list, as on every desktop browser.
    await page.keyboard.type('Food');
    expect(await page.getByLabel('What do you need help with?').inputValue()).toBe('food');
    await tabUntil(press, (focused) => focused === 'button "Find help"');
    await press('Enter');
    await expect.poll(() => announced(page)).toMatch(/^Found \d+ places? near S1 2HE/);
    expect(await page.getByRole('heading', { name: 'Places near S1 2HE' }).count()).toBe(1);
    const firstPlace = page.locator('#finder .sp-card').first();
    const firstPlaceLinks = (await firstPlace.getByRole('link').allTextContents()).map(
      (text) => `a "${text.slice(0, 40)}"`,
    );
    expect(firstPlaceLinks.length).toBeGreaterThan(0);
    expect(firstPlaceLinks).toContain(await tabUntil(press, (focused) => firstPlaceLinks.includes(focused)));
    expect(focusTrail, focusTrail.join(' → ')).not.toContain('body');
    await page.close();
  });

  it('lists places nearest first, then help by phone or online', async () => {
    const { page, press } = await openByKeyboard();
    await searchByKeyboard(page, press, 's12he');
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    const distances = await page.locator('#finder .sp-card__meta span:first-child').allTextContents();
    const miles = distances.filter((text) => text.endsWith('away')).map((text) => Number.parseFloat(text));
    expect(miles.length).toBeGreaterThan(3);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    await expect.poll(() => page.getByRole('heading', { name: 'Help by phone or online' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Call 116 123' }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('says what is wrong with a postcode that is not one, out loud, at the top and by the box, keeping what was typed', async () => {
    const { page, press, focusTrail } = await openByKeyboard();
    await searchByKeyboard(page, press, 'hello');
    await expect.poll(() => announced(page)).toMatch(/postcode/i);
    const message = await announced(page);
    const postcode = page.getByLabel('Your postcode');
    expect(await postcode.inputValue()).toBe('hello');
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    // The box's description, read with it when it has focus, carries the same message.
    const described = await postcode.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => (input.getRootNode() as ShadowRoot).getElementById(id)?.textContent)
        .join(' '),
    );
    expect(described).toContain(message);
    // NHS.UK's error summary takes the focus, and its link takes the resident back to the box.
    await expect.poll(() => focusedElement(page)).toMatch(/^div "There is a problem/);
    expect(await press('Tab')).toMatch(/^a "That doesn't look like a postcode/);
    expect(isPostcodeBox(await press('Enter'))).toBe(true);
    expect(focusTrail, focusTrail.join(' → ')).not.toContain('body');
    await page.close();
  });

  it('offers a correction for a likely typo, keeps what was typed, and searches the correction with Enter', async () => {
    const { page, press, focusTrail } = await openByKeyboard();
    await searchByKeyboard(page, press, 'SI 2HE');
    await expect.poll(() => announced(page)).toContain('Did you mean S1 2HE?');
    expect(await page.getByLabel('Your postcode').inputValue()).toBe('SI 2HE');
    await tabUntil(press, (focused) => focused === 'button "Search S1 2HE"');
    await press('Enter');
    await expect.poll(() => announced(page)).toMatch(/^Found \d+ places? near S1 2HE/);
    // The list's heading takes the focus, and Tab goes on into the first place.
    await expect.poll(() => focusedElement(page)).toBe('h2#sp-nearby-heading');
    expect(await press('Tab')).toMatch(/^a "Call|^a "Website|^a "Directions/);
    expect(focusTrail, focusTrail.join(' → ')).not.toContain('body');
    await page.close();
  });

  it('says plainly it cannot search near a Northern Ireland postcode, and still shows phone and online help', async () => {
    const { page, press } = await openByKeyboard();
    await searchByKeyboard(page, press, 'BT1 1AA');
    await expect.poll(() => announced(page)).toContain("We can't find places near Northern Ireland postcodes yet.");
    await expect.poll(() => page.getByRole('heading', { name: 'Help by phone or online' }).count()).toBe(1);
    await page.close();
  });
});
