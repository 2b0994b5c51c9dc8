import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser } from '../browser/chromium.ts';
import { hostPage, serveWidgetSite, type WidgetSite } from './widget-host.ts';

let browser: Browser;
let site: WidgetSite;

beforeAll(async () => {
  const placeholder = (theme: string) => `<div id="finder" data-signpost data-theme="${theme}"></div>`;
  [browser, site] = await Promise.all([
    launchBrowser(),
    serveWidgetSite({
      pages: (integrity) => ({
        'index.html': hostPage(placeholder('auto'), integrity),
        'light.html': hostPage(placeholder('light'), integrity),
      }),
    }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openFinder(page: Page, file = 'index.html'): Promise<void> {
  await page.goto(`${site.url}/${file}`);
  await page.getByLabel('Your postcode').waitFor();
}

async function search(page: Page, postcode: string): Promise<void> {
  await page.getByLabel('Your postcode').fill(postcode);
  await page.getByRole('button', { name: 'Find help' }).click();
}

/** axe's findings for the empty form, a search's results, a postcode error and Learn at home, by stage. */
async function violationsAtEveryStage(page: Page): Promise<Record<string, string[]>> {
  await openFinder(page);
  const emptyForm = await accessibilityViolations(page);
  await search(page, 'S1 2HE');
  await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
  const results = await accessibilityViolations(page);
  await search(page, 'hello');
  await page.getByText('Error:').waitFor();
  const error = await accessibilityViolations(page);
  await page.getByRole('button', { name: 'Learn at home' }).click();
  await page.getByRole('heading', { name: 'Learning paths' }).waitFor();
  const learnAtHome = await accessibilityViolations(page);
  return { emptyForm, results, error, learnAtHome };
}

const NO_VIOLATIONS = { emptyForm: [], results: [], error: [], learnAtHome: [] };

/** Relative luminance (WCAG) of a computed "rgb(r, g, b)" colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function widgetColours(page: Page): Promise<{ background: string; text: string }> {
  return page
    .locator('#finder .sp-root')
    .evaluate((root) => ({ background: getComputedStyle(root).backgroundColor, text: getComputedStyle(root).color }));
}

describe('the widget for people who use assistive technology', () => {
  it('has no accessibility problems axe can find: empty, with results, with an error, and with Learn at home open', async () => {
    const page = await browser.newPage();
    expect(await violationsAtEveryStage(page)).toEqual(NO_VIOLATIONS);
    await page.close();
  });

  it('leaves the demo practice page free of problems axe can find, before and after a search', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/signpost/index.html`);
    await page.getByLabel('Your postcode').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Find help' }).click();
    await page.getByRole('heading', { name: /^\d+ places? near / }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('turns dark on a device set to dark, with every colour still readable', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    expect(await violationsAtEveryStage(page)).toEqual(NO_VIOLATIONS);
    const { background, text } = await widgetColours(page);
    expect(luminance(background)).toBeLessThan(0.05);
    expect(luminance(text)).toBeGreaterThan(0.7);
    await page.close();
  });

  it('stays light on a dark device when the site sets data-theme="light"', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await openFinder(page, 'light.html');
    const { background, text } = await widgetColours(page);
    expect(luminance(background)).toBeGreaterThan(0.9);
    expect(luminance(text)).toBeLessThan(0.05);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps its buttons and boxes outlined, and stays readable, when the device forces its own colours', async () => {
    const page = await browser.newPage({ forcedColors: 'active' });
    await openFinder(page);
    await search(page, 'S1 2HE');
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    const outlines = await page.locator('#finder').evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll('.sp-button, .sp-input, .sp-select')].map((control) => {
        const style = getComputedStyle(control);
        return `${control.className}: ${style.borderTopStyle} ${style.borderTopWidth}`;
      }),
    );
    expect(outlines.length).toBeGreaterThan(2);
    expect(outlines.filter((outline) => / (none|hidden) | 0px$/.test(outline))).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps still for a resident who asks for reduced motion', async () => {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    await openFinder(page);
    await search(page, 'S1 2HE');
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    const moving = await page
      .locator('#finder')
      .evaluate(
        (host) =>
          [...host.shadowRoot!.querySelectorAll('*')]
            .map((element) => getComputedStyle(element))
            .filter(
              (style) =>
                style.transitionDuration.split(',').some((duration) => Number.parseFloat(duration) > 0) ||
                style.animationName !== 'none',
            ).length,
      );
    expect(moving).toBe(0);
    await page.close();
  });
});

// 320 CSS pixels: a small phone, and a 1280px-wide screen zoomed to 400% (WCAG 1.4.10 Reflow).
const NARROW_SCREENS: [string, BrowserContextOptions][] = [
  ['a 320px-wide phone', { viewport: { width: 320, height: 568 }, deviceScaleFactor: 2 }],
  ['a 1280px-wide screen zoomed to 400%', { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 }],
];

describe.each(NARROW_SCREENS)('the widget on %s', (_screen, screen) => {
  it('fits without sideways scrolling, with every button in view, before and after a search', async () => {
    const context = await browser.newContext(screen);
    const page = await context.newPage();
    await openFinder(page);
    const overflow = () =>
      page.locator('#finder').evaluate((host) => {
        const width = document.documentElement.clientWidth;
        const sticking = [...host.shadowRoot!.querySelectorAll('*')]
          .filter((element) => element.checkVisibility() && element.getBoundingClientRect().width > 1)
          .filter(
            (element) =>
              element.getBoundingClientRect().left < 0 || element.getBoundingClientRect().right > width + 0.5,
          )
          .map((element) => `${element.localName}.${element.className}`);
        return { pageScrolls: document.documentElement.scrollWidth > width, sticking };
      });
    expect(await overflow()).toEqual({ pageScrolls: false, sticking: [] });
    await search(page, 'S1 2HE');
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    expect(await overflow()).toEqual({ pageScrolls: false, sticking: [] });
    await page.getByRole('button', { name: 'Find help' }).scrollIntoViewIfNeeded();
    expect(await page.getByRole('button', { name: 'Find help' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('the list on paper', () => {
  it('prints the places with their web addresses written out, and leaves the form and buttons off', async () => {
    const page = await browser.newPage();
    await openFinder(page);
    await search(page, 'S1 2HE');
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const website = page.locator('#finder a[href^="http"]').first();
    const href = await website.getAttribute('href');
    expect(await website.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`" (${href})"`);
    expect(await page.getByRole('button', { name: 'Find help' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print this list' }).isVisible()).toBe(false);
    await page.close();
  });
});
