import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { END_OF_SESSION_CHECKS } from '../../shared/ui/session/end-of-session-checks.ts';
import { allowSite } from '../browser/allow-site.ts';
import { accessibilityViolations, launchWithExtension, serveFolders, type StaticSite } from '../browser/chromium.ts';
import { expectRingAround, guideBubble, guideRing } from '../browser/guide-ring.ts';
import { builtInPath } from '../shared/paths/built-in-path.ts';

/*
 * Show me end to end, in real Chromium with the built extension (`npx wxt build` first): the side panel
 * opened as a tab guides the NHS-styled practice pages (../shared/data/pages/) served on localhost, the
 * site the practice path names. The site is allowed beforehand on the extensions page, as a helper's
 * "Allow" would be: headless Chromium cannot show the permission prompt.
 */

const PAGES = '../shared/data/pages';
/** The page guide gives up on a target after 8 s (entrypoints/guide/); the panel then says so. */
const MISSING_AFTER_MS = 12_000;

let context: BrowserContext;
let extensionId: string;
let site: StaticSite;
/** The practice pages as the practice path names them: http://localhost, on the test server's port. */
let localhost: string;

const practice = builtInPath('practice-signing-in');

beforeAll(async () => {
  ({ context, extensionId } = await launchWithExtension());
  site = await serveFolders({ '/': PAGES });
  localhost = `http://localhost:${new URL(site.url).port}`;
  await allowSite(context, extensionId, 'http://localhost/*');
});

afterAll(async () => {
  await context?.close();
  await site?.close();
});

/** A practice page in its own tab, opened before the panel so Show me points at it (the tab used last). */
async function openPage(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function openSidePanel(): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('button', { name: 'Practise without saving' }).waitFor();
  return panel;
}

/** From "What matters to you?": the practice path, suggested for getting started, at its first step. */
async function startPracticePath(panel: Page): Promise<void> {
  await press(panel, 'Getting started');
  await press(panel, practice.title);
  await press(panel, 'Start step 1');
  await expectStep(panel, 1);
}

async function practiseWithoutSaving(panel: Page): Promise<void> {
  await press(panel, 'Practise without saving');
  await startPracticePath(panel);
}

/** The panel's heading as a screen reader says it, in one line: "Step 2 of 7: Type an email". */
async function stepHeading(panel: Page): Promise<string> {
  return ((await panel.locator('h2').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function expectStep(panel: Page, number: number): Promise<void> {
  await expect
    .poll(() => stepHeading(panel))
    .toBe(`Step ${number} of ${practice.steps.length}: ${practice.steps[number - 1]!.title}`);
}

/** What Show me says in the panel now (its live region), or '' when it says nothing. */
function showMeSays(panel: Page): Promise<string> {
  return panel.locator('.sp-show-me [role=status]').innerText();
}

/*
 * The panel and the page are side by side for a helper, but tabs here: a tab in the back draws no frames,
 * and Playwright waits for frames before it clicks, so each act brings its own tab to the front first.
 * Show me still points at the practice page: the panel's own tab never counts as the page being guided.
 */
async function press(panel: Page, name: string): Promise<void> {
  await panel.bringToFront();
  await panel.getByRole('button', { name, exact: true }).click();
}

async function pressShowMe(panel: Page): Promise<void> {
  await press(panel, 'Show me on the page');
}

const MARKED = 'Look at the page: it is marked there.';

describe('Show me on the practice pages, with the built extension', () => {
  it('walks a whole session: rings each target, moves on by itself after real typing and clicks, points again after a reload, and ends with the handover note', async () => {
    const page = await openPage(`${localhost}/login.html`);
    const panel = await openSidePanel();
    await panel.getByLabel('First name or nickname').fill('Sam');
    await panel.keyboard.press('Enter');
    await panel.getByRole('heading', { name: 'What matters to you?' }).waitFor();
    await startPracticePath(panel);

    await pressShowMe(panel);
    await expect.poll(() => showMeSays(panel)).toBe(MARKED);
    await expectRingAround(page, page.getByRole('heading', { name: 'Sign in to your account' }));
    expect(await accessibilityViolations(panel)).toEqual([]);
    await press(panel, 'I did it');

    // Typing steps end when the person leaves the box: the panel moves on with no press there.
    await expectStep(panel, 2);
    const email = page.getByLabel('Email address');
    await expectRingAround(page, email);
    await page.bringToFront();
    await email.click();
    await page.keyboard.type('test@example.com');
    await page.keyboard.press('Tab');
    await expectStep(panel, 3);
    const password = page.getByLabel('Password', { exact: true });
    await expectRingAround(page, password);
    await password.click();
    await page.keyboard.type('made-up');
    await page.keyboard.press('Tab');
    await expectStep(panel, 4);
    await expectRingAround(page, page.getByRole('button', { name: 'Continue' }));

    // A reload loses the page's highlight; the panel stays on the step and points again by itself.
    await page.reload();
    await expectRingAround(page, page.getByRole('button', { name: 'Continue' }));
    await expectStep(panel, 4);
    // The ring is drawn before the page's "found" reaches the panel.
    await expect.poll(() => showMeSays(panel)).toBe(MARKED);

    // A real click on the page's own button reaches the next page, which finishes the step.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/login-error\.html/);
    await expectStep(panel, 5);
    await expectRingAround(page, page.getByRole('heading', { name: 'There is a problem' }));
    await press(panel, 'I did it');
    await expectStep(panel, 6);
    const nhsNumber = page.getByLabel('What is your NHS number?');
    await expectRingAround(page, nhsNumber);
    await page.bringToFront();
    await nhsNumber.click();
    await page.keyboard.type('123 456 7890');
    await page.keyboard.press('Tab');
    await expectStep(panel, 7);
    await expectRingAround(page, page.getByRole('button', { name: 'Continue' }));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/login\.html/);

    await expect.poll(() => stepHeading(panel)).toBe(`Well done! You finished: ${practice.title}`);
    await press(panel, 'End the session');
    await panel.getByRole('heading', { name: 'Before they go' }).waitFor();
    // A made-up email on a practice page: their own email was not needed today.
    for (const check of END_OF_SESSION_CHECKS) {
      const answer = check.id === 'own-email' ? 'Not needed today' : 'Yes, done';
      await panel.getByRole('group', { name: check.label }).getByRole('radio', { name: answer }).check();
    }
    await press(panel, 'Make the handover note');
    // The handover note is Sam's digital care plan (issue 13).
    await panel.getByRole('heading', { name: 'Digital plan for Sam' }).waitFor();
    expect(await panel.locator('.sp-handover').innerText()).toContain(
      `${practice.title}: 7 steps on your own. You finished it.`,
    );
    await page.close();
    await panel.close();
  });

  it("says plainly when it can't see the target, offers to open the step's page, and keeps the step's words and buttons usable", async () => {
    const page = await openPage(`${localhost}/login.html`);
    const panel = await openSidePanel();
    await practiseWithoutSaving(panel);
    // A page that doesn't show what the step points at: its main heading is gone.
    await page.getByRole('heading', { name: 'Sign in to your account' }).evaluate((heading) => heading.remove());

    await pressShowMe(panel);
    await expect
      .poll(() => showMeSays(panel), { timeout: MISSING_AFTER_MS })
      .toBe("I can't see the 'Sign in to your account' heading on this page. Are you on the right page?");
    expect(await guideRing(page)).toBeUndefined();
    await expectStep(panel, 1);
    expect(await panel.getByText(practice.steps[0]!.say).isVisible()).toBe(true);
    expect(await accessibilityViolations(panel)).toEqual([]);

    // The offer reopens the page the step was on; the panel points there by itself.
    await press(panel, 'Open the page for this step');
    await expectRingAround(page, page.getByRole('heading', { name: 'Sign in to your account' }));
    await expect.poll(() => showMeSays(panel)).toBe(MARKED);
    await press(panel, 'I did it');
    await expectStep(panel, 2);
    await page.close();
    await panel.close();
  });

  it('warns about a lookalike address (127.0.0.1 for a localhost step) and draws nothing on that page', async () => {
    const page = await openPage(`${site.url}/login.html`);
    const panel = await openSidePanel();
    await practiseWithoutSaving(panel);

    await pressShowMe(panel);
    await expect
      .poll(() => showMeSays(panel))
      .toBe(
        'This page is not the site this step is for. Lookalike web addresses can be a scam. Check the address bar says localhost.',
      );
    expect(await page.locator('signpost-guide').count()).toBe(0);
    expect(await accessibilityViolations(panel)).toEqual([]);
    await page.close();
    await panel.close();
  });

  it('takes the highlight away on Escape in the page, says so in the panel, and leaves focus where the person was', async () => {
    const page = await openPage(`${localhost}/login.html`);
    const panel = await openSidePanel();
    await practiseWithoutSaving(panel);
    await page.bringToFront();
    await page.getByLabel('Email address').click();

    await pressShowMe(panel);
    await expectRingAround(page, page.getByRole('heading', { name: 'Sign in to your account' }));
    await page.keyboard.press('Escape');
    await expect.poll(() => guideRing(page)).toBeUndefined();
    await expect.poll(() => showMeSays(panel)).toBe('The mark on the page is hidden. Press Show me to see it again.');
    expect(await panel.getByRole('button', { name: 'Stop showing' }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Show me on the page' }).isEnabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-by-email');
    // Still typing in the page's own box: the keys go to the page, not to the guide.
    await page.keyboard.type('sam');
    expect(await page.getByLabel('Email address').inputValue()).toBe('sam');
    await page.close();
    await panel.close();
  });

  it("leaves the page's own elements and styles exactly as they were, and writes the bubble at 20px on a page with 8px text", async () => {
    const page = await openPage(`${localhost}/login.html`);
    await page.addStyleTag({ content: 'html { font-size: 8px; }' });
    const panel = await openSidePanel();
    await practiseWithoutSaving(panel);
    const pageAsDrawn = () =>
      page.evaluate(() => {
        const button = document.querySelector('button[type=submit]')!;
        const style = getComputedStyle(button);
        const { top, left, width, height } = button.getBoundingClientRect();
        return {
          elements: [...document.querySelectorAll('*')].filter((element) => element.localName !== 'signpost-guide')
            .length,
          head: new XMLSerializer().serializeToString(document.head),
          body: new XMLSerializer().serializeToString(document.body),
          rootAttributes: [...document.documentElement.attributes].map(
            (attribute) => `${attribute.name}=${attribute.value}`,
          ),
          // Where it sits on the page, not in the window: the guide may scroll the page to the target.
          button: {
            color: style.color,
            background: style.backgroundColor,
            font: style.font,
            margin: style.margin,
            top: top + scrollY,
            left: left + scrollX,
            width,
            height,
          },
        };
      });
    const before = await pageAsDrawn();

    await pressShowMe(panel);
    await expectRingAround(page, page.getByRole('heading', { name: 'Sign in to your account' }));
    expect(await pageAsDrawn()).toEqual(before);
    expect((await guideBubble(page))?.fontSize).toBe('20px');
    await page.close();
    await panel.close();
  });
});
