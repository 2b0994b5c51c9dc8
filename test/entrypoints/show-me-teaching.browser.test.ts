import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkPathCommand } from '../../cli/commands/check-path.ts';
import { buildOrganisationFile } from '../../shared/paths/organisation-file.ts';
import { pointingBanner } from '../../shared/ui/learning/show-me/target-words.ts';
import { allowSite } from '../browser/allow-site.ts';
import { accessibilityViolations, launchWithExtension, serveFolders, type StaticSite } from '../browser/chromium.ts';
import { expectRingAround, inGuideLayer, overlaps } from '../browser/guide-ring.ts';
import { focused } from '../browser/keyboard.ts';
import { fakeIo } from '../cli/commands/fake-io.ts';
import { examplePath, exampleStep } from '../shared/paths/example-path.ts';

/*
 * Teaching Show me by pointing, end to end in real Chromium with the built extension (`npm run build`
 * first): a library account page the paths have never seen, which draws its buttons late as a single-page
 * app does (test/fixtures/late-pages/), served on localhost. The organisation's own path for it is opened
 * from a file on the options page, as another champion would share it.
 */

const FIXTURES = 'test/fixtures/late-pages/library';
const PRACTICE_PAGES = '../shared/data/pages';
const folder = mkdtempSync(join(tmpdir(), 'signpost-teaching-'));

let site: StaticSite;
let localhost: string;

/** The organisation's own path: step 1 has no mark on the page yet; step 2 points at "Log out". */
const renewPath = examplePath({
  id: 'renew-library-books',
  title: 'Renew your library books',
  goal: 'I want to renew my library books at home.',
  topic: 'local-help',
  practice: true,
  needs: [],
  steps: [
    exampleStep('renew', {
      title: 'Renew your books',
      say: 'Find the button that renews your books. Press it.',
      onPage: { site: 'http://localhost', page: '/library/*', action: 'click' },
    }),
    exampleStep('log-out', {
      title: 'Log out',
      say: 'Press Log out when you are done. Then nobody else can see your books.',
      onPage: {
        site: 'http://localhost',
        page: '/library/*',
        action: 'click',
        target: { role: 'button', name: 'Log out' },
      },
    }),
  ],
  madeBy: 'Riverside Library',
});

function organisationFile(): string {
  const file = join(folder, 'riverside-paths.json');
  writeFileSync(file, JSON.stringify(buildOrganisationFile('Riverside Library', [renewPath], [], new Date())));
  return file;
}

beforeAll(async () => {
  site = await serveFolders({ '/library/': FIXTURES, '/': PRACTICE_PAGES });
  localhost = `http://localhost:${new URL(site.url).port}`;
});

afterAll(async () => {
  await site?.close();
});

const contexts: BrowserContext[] = [];

/** A fresh profile with the extension, allowed to use the local test server as a helper's Allow would. */
async function freshBrowser(): Promise<{ context: BrowserContext; extensionId: string }> {
  const launched = await launchWithExtension();
  contexts.push(launched.context);
  await allowSite(launched.context, launched.extensionId, 'http://localhost/*');
  return launched;
}

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Make a new path' }).waitFor();
  return options;
}

/** Opens a file of paths on the options page: the report first, then Save. */
async function openPathsFile(options: Page, file: string): Promise<void> {
  await options.locator('section[aria-labelledby="own-paths"] input[type="file"]').setInputFiles(file);
  const report = options.locator('.sp-directory-report');
  await report.getByRole('heading', { name: /^Check .+ before you save it$/ }).waitFor();
  await report.getByRole('button', { name: 'Save', exact: true }).click();
  await options.getByText(/^Saved \d+ paths? and \d+ fix(es)? from /).waitFor();
}

async function openPanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('button', { name: 'Practise without saving' }).waitFor();
  return panel;
}

/** Tabs here, side by side for a helper: each act brings its own tab to the front (a tab behind draws no frames). */
async function press(page: Page, name: string): Promise<void> {
  await page.bringToFront();
  await page.getByRole('button', { name, exact: true }).click();
}

/** Practising, the organisation's own path from the list of every path, at its step 1. */
async function startRenewPath(panel: Page): Promise<void> {
  await press(panel, 'Practise without saving');
  await panel.getByText('See every learning path').click();
  await panel.getByText('Made by Riverside Library', { exact: false }).waitFor();
  await press(panel, renewPath.title);
  await press(panel, 'Start step 1');
}

function showMeSays(panel: Page): Promise<string> {
  return panel.locator('.sp-show-me [role=status]').innerText();
}

function stepHeading(panel: Page): Promise<string> {
  return panel
    .locator('h2')
    .first()
    .textContent()
    .then((text) => (text ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * What the banner on `page` says while Signpost waits for the helper to point (undefined when none is
 * showing): it is drawn as the page starts catching presses, a moment after the panel asks the helper to click.
 */
function teachingBanner(page: Page): Promise<string | undefined> {
  return inGuideLayer<string>(page, 'banner', 'function () { return this.textContent; }', 'signpost-teach');
}

describe('teaching Show me a page the paths have never seen', () => {
  it('says at once that a step has no mark, guesses, lets the helper point (the click never reaches the page), keeps it, and after a reload rings it and moves on only for a real click', async () => {
    const { context, extensionId } = await freshBrowser();
    const options = await openOptions(context, extensionId);
    await openPathsFile(options, organisationFile());
    const library = await context.newPage();
    await library.goto(`${localhost}/library/account.html`);
    const panel = await openPanel(context, extensionId);
    await startRenewPath(panel);

    // A step with no mark says so straight away: never an endless "Looking".
    const shownAt = Date.now();
    await panel.getByText('This step has no mark on the page.', { exact: false }).waitFor({ timeout: 1000 });
    expect(Date.now() - shownAt).toBeLessThan(1000);

    // Show me guesses from the step's words, once the late page has drawn its buttons, and asks.
    await press(panel, 'Show me on the page');
    await expect
      .poll(() => showMeSays(panel))
      .toBe("This step has no mark on the page. Look for the 'Renew my books' button on localhost. Is it this one?");
    const renew = library.getByRole('button', { name: 'Renew my books' });
    await expectRingAround(library, renew);
    expect(await accessibilityViolations(panel)).toEqual([]);

    // The helper points instead: their click is the teaching, and the page never hears it.
    await press(panel, 'No, I will point to it');
    await expect.poll(() => showMeSays(panel)).toContain('Click the thing on the page.');
    await expect.poll(() => teachingBanner(library)).toBe(pointingBanner(1, 'Renew your books'));
    await library.bringToFront();
    await renew.click();
    await expect
      .poll(() => showMeSays(panel))
      .toBe("Signpost learnt: the 'Renew my books' button on localhost. Keep it?");
    expect(await library.locator('#said').textContent()).toBe('');
    expect(await accessibilityViolations(panel)).toEqual([]);
    await press(panel, 'Keep it');
    await expect.poll(() => showMeSays(panel)).toContain('Kept. Show me will point at it on this step from now on.');

    // A fresh panel finds what was taught on this computer, and Show me rings it.
    await panel.reload();
    await panel.getByRole('button', { name: 'Practise without saving' }).waitFor();
    await startRenewPath(panel);
    await expect(panel.locator('.sp-show-me__fix').textContent()).resolves.toContain(
      'Your organisation taught Signpost this step on',
    );
    await library.reload();
    await press(panel, 'Show me on the page');
    await expectRingAround(library, library.getByRole('button', { name: 'Renew my books' }));

    // A page script's click is not the person's: the step stays. A real click moves it on.
    await library.evaluate(() => (document.getElementById('renew') as HTMLButtonElement).click());
    await library.waitForTimeout(300);
    expect(await stepHeading(panel)).toBe('Step 1 of 2: Renew your books');
    await library.bringToFront();
    await library.getByRole('button', { name: 'Renew my books' }).click();
    await expect.poll(() => stepHeading(panel)).toBe('Step 2 of 2: Log out');
    expect(await library.locator('#said').textContent()).toBe('Renew my books: done.');
    await context.close();
  }, 60_000);

  it('teaches by keyboard alone: Point to it, Tab to the thing on the page and press Enter, then Keep it', async () => {
    const { context, extensionId } = await freshBrowser();
    const options = await openOptions(context, extensionId);
    await openPathsFile(options, organisationFile());
    const library = await context.newPage();
    await library.goto(`${localhost}/library/account.html`);
    await library.getByRole('button', { name: 'Log out' }).waitFor();
    const panel = await openPanel(context, extensionId);
    await startRenewPath(panel);
    // The step's heading takes the focus once drawn (a moment after): a key pressed before would go to it.
    await expect.poll(() => focused(panel)).toEqual({ tag: 'H2', text: 'Step 1 of 2: Renew your books' });
    await panel.getByRole('button', { name: 'Point to it on the page' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => showMeSays(panel)).toContain('Click the thing on the page.');
    await expect.poll(() => teachingBanner(library)).toBe(pointingBanner(1, 'Renew your books'));

    await library.bringToFront();
    await library.getByRole('button', { name: 'Reserve a book' }).focus();
    await library.keyboard.press('Tab');
    await library.keyboard.press('Enter');
    await expect
      .poll(() => showMeSays(panel))
      .toBe("Signpost learnt: the 'Renew my books' button on localhost. Keep it?");
    expect(await library.locator('#said').textContent()).toBe('');
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Keep it', exact: true }).focus();
    await panel.keyboard.press('Enter');
    await expectRingAround(library, library.getByRole('button', { name: 'Renew my books' }));
    await context.close();
  }, 60_000);
});

describe('curating paths on the options page', () => {
  it('builds a path with two steps and one target taught by pointing, saves it to a file check-path accepts, opens it in a fresh profile, and plays it from the side panel', async () => {
    const first = await freshBrowser();
    const options = await openOptions(first.context, first.extensionId);
    await options.getByLabel("Your organisation's name").fill('Riverside Library');
    await options.locator('section[aria-labelledby="organisation"]').getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.', { exact: true }).waitFor();

    await press(options, 'Make a new path');
    await options.getByLabel('Title', { exact: true }).fill('Log out of the library');
    await options.getByLabel("Goal, in the resident's own words").fill('I want to log out when I finish.');
    await options.getByLabel('Step title').fill('Look at your books');
    await options.getByLabel('What to say to the resident').fill('Look at the list of your books. Count them.');
    await expect(options.locator('#step-1-say-hint').textContent()).resolves.toMatch(/^Reading age [\d.]+: good\.$/);
    await options.getByLabel('Tip for the helper').fill('Let them read it.');
    await options.getByLabel('If they are stuck').fill('Ask your helper to read it with you.');
    await press(options, 'Add a step');
    await options.locator('#step-2-title').fill('Log out');
    await options.locator('#step-2-say').fill('Press Log out. Then nobody else can see your books.');
    await options.locator('#step-2-tip').fill('Check they logged out.');
    await options.locator('#step-2-stuck').fill('Ask your helper to show you once.');
    await options.locator('#step-2-address').fill(`${localhost}/library/account.html`);
    expect(await accessibilityViolations(options)).toEqual([]);

    // Open the page and point: a new tab opens at the address, the click there is the teaching.
    const opened = first.context.waitForEvent('page');
    await press(options, 'Open the page and point to it for step 2');
    const page = await opened;
    await expect.poll(() => teachingBanner(page)).toBe(pointingBanner(2, 'Log out'));
    await page.getByRole('button', { name: 'Log out' }).click();
    await options.getByText("Learnt: the 'Log out' button on localhost.").waitFor();
    expect(await page.locator('#said').textContent()).toBe('');
    // The page under it is a practice page on this computer, so the path says it is a practice path.
    await options.getByLabel(/^A practice path/).check();
    await press(options, 'Save this path');
    await options.getByText('Saved. "Log out of the library" is ready: the side panel offers it now.').waitFor();
    await page.close();

    const download = options.waitForEvent('download');
    await press(options, 'Back to your paths');
    await press(options, 'Save your paths to a file');
    const file = join(folder, 'from-options.json');
    await (await download).saveAs(file);
    const io = fakeIo();
    expect(await checkPathCommand([file], io)).toBe(0);
    expect(io.outText.join('\n')).toContain('no problems found. 1 path and 0 fixes ready.');
    await first.context.close();

    // Another champion's Signpost, on another computer: a fresh profile.
    const second = await freshBrowser();
    await openPathsFile(await openOptions(second.context, second.extensionId), file);
    const library = await second.context.newPage();
    await library.goto(`${localhost}/library/account.html`);
    const panel = await openPanel(second.context, second.extensionId);
    await press(panel, 'Practise without saving');
    await panel.getByText('See every learning path').click();
    await panel.getByText('Made by Riverside Library', { exact: false }).waitFor();
    await press(panel, 'Log out of the library');
    await press(panel, 'Start step 1');
    await press(panel, 'I did it');
    await expect.poll(() => stepHeading(panel)).toBe('Step 2 of 2: Log out');
    await press(panel, 'Show me on the page');
    const logOut = library.getByRole('button', { name: 'Log out' });
    await expectRingAround(library, logOut);
    await library.bringToFront();
    await logOut.click();
    await expect.poll(() => stepHeading(panel)).toBe('Well done! You finished: Log out of the library');
    await second.context.close();
  }, 90_000);
});

describe('the step first, at 360 by 700', () => {
  it('shows the step title, its words, Show me and I did it without scrolling, and the new screens pass axe', async () => {
    const { context, extensionId } = await freshBrowser();
    const page = await context.newPage();
    await page.goto(`${localhost}/login.html`);
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 360, height: 700 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByLabel('First name or nickname').fill('Sam');
    await panel.keyboard.press('Enter');
    await press(panel, 'Getting started');
    await press(panel, 'Practice: sign in to a health website');
    await press(panel, 'Start step 1');
    await press(panel, 'Show me on the page');
    await expect.poll(() => showMeSays(panel)).toBe('Look at the page: it is marked there.');
    const viewport = { top: 0, left: 0, width: 360, height: 700 };
    for (const part of [
      panel.locator('.sp-step__title'),
      panel.locator('.sp-step__say'),
      panel.getByRole('button', { name: 'Show me on the page' }),
      panel.getByRole('button', { name: 'I did it' }),
    ]) {
      const box = (await part.boundingBox())!;
      expect(box.y + box.height, await part.innerText()).toBeLessThanOrEqual(viewport.height);
      expect(overlaps(viewport, box)).toBe(true);
    }
    expect(await panel.evaluate(() => scrollY)).toBe(0);
    expect(await accessibilityViolations(panel)).toEqual([]);
    await context.close();
  });
});
