import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../browser/chromium.ts';
import { serveWidgetSite, type WidgetSite } from './widget-host.ts';

// The strictest policy a careful site might send: nothing inline, no eval, everything from itself.
const STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

let browser: Browser;
let site: WidgetSite;

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchBrowser(),
    serveWidgetSite({
      pagesFolder: 'test/fixtures/hostile-host',
      headers: { 'Content-Security-Policy': STRICT_POLICY },
    }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the hostile page, collecting every breach of its policy the browser reports. */
async function openHostilePage(): Promise<{ page: Page; refused: string[] }> {
  const page = await browser.newPage();
  const refused: string[] = [];
  page.on('console', (message) => message.text().includes('Content Security Policy') && refused.push(message.text()));
  // Added by the test harness, so the policy does not apply to it.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.log(`Content Security Policy refused ${event.blockedURI} (${event.violatedDirective})`),
    ),
  );
  await page.goto(`${site.url}/`);
  await page.getByLabel('Your postcode').waitFor();
  return { page, refused };
}

/** Font sizes (px) of every visible element in the widget that holds text of its own. */
function widgetTextSizes(page: Page): Promise<{ text: string; size: number }[]> {
  return page.locator('#finder').evaluate((host) =>
    [...host.shadowRoot!.querySelectorAll('*')]
      .filter((element) =>
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
      )
      .filter((element) => element.getBoundingClientRect().width > 1 && element.checkVisibility())
      .map((element) => ({
        text: element.textContent!.trim().slice(0, 30),
        size: Number.parseFloat(getComputedStyle(element).fontSize),
      })),
  );
}

/** Heights (px) of every visible button and text box in the widget. */
function widgetControlHeights(page: Page): Promise<{ control: string; height: number }[]> {
  return page.locator('#finder').evaluate((host) =>
    [...host.shadowRoot!.querySelectorAll('button, input[type="text"], select')]
      .filter((element) => element.checkVisibility())
      .map((element) => ({
        control: element.textContent?.trim() || element.id,
        height: element.getBoundingClientRect().height,
      })),
  );
}

/** The computed style of the site's own elements, property by property. */
function hostStyles(page: Page): Promise<Record<string, string>[]> {
  return page.evaluate(() =>
    ['host-text', 'host-button', 'host-link', 'host-input', 'finder'].map((id) => {
      const style = getComputedStyle(document.getElementById(id)!);
      // The widget's own element is the one thing it may style (:host), so only its neighbours are compared in full.
      const names = id === 'finder' ? ['font-size', 'color', 'letter-spacing'] : [...style];
      return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
    }),
  );
}

describe('the widget on a page that unsets every style, shrinks the root font and sends a strict Content Security Policy', () => {
  it('draws its text at 16px or more and its buttons and boxes at least 44px high', async () => {
    const { page } = await openHostilePage();
    // After a search too, so the result cards are measured.
    await page.getByRole('button', { name: 'Find help' }).click();
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    const sizes = await widgetTextSizes(page);
    expect(sizes.length).toBeGreaterThan(20);
    expect(sizes.filter(({ size }) => size < 16)).toEqual([]);
    const heights = await widgetControlHeights(page);
    expect(heights.map(({ control }) => control)).toContain('Find help');
    expect(heights.filter(({ height }) => height < 44)).toEqual([]);
    await page.close();
  });

  it('finds places near a postcode, loading its search engine and Learn at home without breaking the policy', async () => {
    const { page, refused } = await openHostilePage();
    await page.getByRole('button', { name: 'Find help' }).click();
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    expect(await page.locator('#finder .sp-card').count()).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Learn at home' }).click();
    await page.getByRole('heading', { name: 'Learning paths' }).waitFor();
    await page.getByRole('button', { name: 'Use a touch screen' }).click();
    await page.getByRole('button', { name: 'Start step 1' }).click();
    await page.getByRole('heading', { name: /^Step 1 of / }).waitFor();
    expect(refused).toEqual([]);
    await page.close();
  });

  it('leaves the look of the page around it exactly as the site styled it', async () => {
    const withoutWidget = await browser.newPage();
    await withoutWidget.route('**/signpost/signpost.js', (route) => route.fulfill({ status: 404, body: '' }));
    await withoutWidget.goto(`${site.url}/`);
    const { page } = await openHostilePage();
    await page.getByRole('button', { name: 'Find help' }).click();
    await page.getByRole('heading', { name: 'Places near S1 2HE' }).waitFor();
    const [before, after] = await Promise.all([hostStyles(withoutWidget), hostStyles(page)]);
    expect(after).toEqual(before);
    expect(after[0]!['font-size']).toBe('12px');
    await withoutWidget.close();
    await page.close();
  });
});
