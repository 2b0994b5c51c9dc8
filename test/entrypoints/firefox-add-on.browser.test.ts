import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPaths } from '../../shared/paths/all-paths.ts';
import type { LearningPath } from '../../shared/paths/learning-path.ts';
import { serveFolders, type StaticSite } from '../browser/chromium.ts';
import {
  allowInPrompt,
  closeSidebar,
  inPage,
  launchFirefoxWithAddOn,
  openTab,
  pageText,
  press,
  scriptProblems,
  showTab,
  sidebarIsOpen,
  until,
  type FirefoxWithAddOn,
  type Place,
} from '../browser/firefox.ts';

/*
 * The built Firefox add-on (.output/firefox-mv2) in Debian's Firefox ESR, used as a helper uses it: the
 * sidebar, options page and popup draw (the popup's button opens the sidebar); Show me, pressed in the real
 * sidebar, makes Firefox ask for the practice site and, once allowed, puts the page guide into the
 * practice page (../shared/data/pages/ on localhost, the site the practice path names), which rings the
 * step's target; the side panel opened in a tab guides too. Nothing from the add-on's files or the practice
 * page logs an error or a warning. One Firefox for the whole file: each test goes on from the one before.
 */

const PAGES = '../shared/data/pages';
const MARKED = 'Look at the page: it is marked there.';

let firefox: FirefoxWithAddOn;
let site: StaticSite;
/** The practice pages as the practice path names them: http://localhost, on the test server's port. */
let localhost: string;
let practicePage: Place | undefined;

const practice: LearningPath = (() => {
  const path = allPaths().find((candidate) => candidate.id === 'practice-signing-in');
  if (path === undefined) throw new Error('The built-in practice path is missing.');
  return path;
})();

beforeAll(async () => {
  site = await serveFolders({ '/': PAGES });
  localhost = `http://localhost:${new URL(site.url).port}`;
  firefox = await launchFirefoxWithAddOn();
});

afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

const page = (file: string): Place => `${firefox.base}/${file}`;

/** Errors and warnings already reported, so each test answers only for what happened in it. */
const reported = new Set<string>();

/**
 * Errors and warnings from the add-on's files and the practice page since the last look, with the file
 * each came from: from Firefox's stores in the add-on's process and the page's, and from what it printed.
 */
async function newProblems(): Promise<string[]> {
  const ours = [firefox.base, localhost];
  const inExtensionPages = await scriptProblems(firefox, 'sidebar', ours);
  const inPracticePage = practicePage ? await scriptProblems(firefox, practicePage, ours) : [];
  const found = [...firefox.printedErrors(ours), ...inExtensionPages, ...inPracticePage].filter(
    (problem) => !reported.has(problem),
  );
  for (const problem of found) reported.add(problem);
  return [...new Set(found)];
}

/** What Show me says in the panel at `place` now (its live region). */
function showMeSays(place: Place): Promise<string> {
  return inPage(
    firefox,
    place,
    (panel) => panel.document.querySelector('.sp-show-me [role=status]')?.textContent?.trim() ?? '',
    null,
  );
}

/** The panel's heading in one line: "Step 2 of 7: Type an email". */
function stepHeading(place: Place): Promise<string> {
  return inPage(
    firefox,
    place,
    (panel) => panel.document.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    null,
  );
}

async function expectStep(place: Place, number: number): Promise<void> {
  const heading = `Step ${number} of ${practice.steps.length}: ${practice.steps[number - 1]!.title}`;
  await until(`"${heading}" in the panel`, async () => (await stepHeading(place)) === heading);
}

/**
 * How far the page guide's ring stands off each edge of the first element matching `selector` (and
 * `text`, when given) on the practice page, in CSS pixels; null when either is not drawn. Read from
 * Firefox's side, so it sees the guide's shadow root whether it is open or closed.
 */
function ringGaps(selector: string, text?: string): Promise<number[] | null> {
  return inPage(
    firefox,
    practicePage!,
    (shown, wanted) => {
      const host = shown.document.querySelector('signpost-guide') as
        (Element & { openOrClosedShadowRoot?: ShadowRoot }) | null;
      const ring = host?.openOrClosedShadowRoot?.querySelector<HTMLElement>('.ring');
      const target = [...shown.document.querySelectorAll(wanted.selector)].find(
        (element) => wanted.text === undefined || element.textContent?.trim() === wanted.text,
      );
      if (!ring || ring.hidden || !target) return null;
      const r = ring.getBoundingClientRect();
      const e = target.getBoundingClientRect();
      return [e.top - r.top, e.left - r.left, r.right - e.right, r.bottom - e.bottom];
    },
    { selector, text },
  );
}

async function expectRingAround(selector: string, text?: string): Promise<void> {
  await until(`the ring round ${text ?? selector}`, async () => {
    const gaps = await ringGaps(selector, text);
    return gaps !== null && Math.min(...gaps) >= 0 && Math.max(...gaps) <= 12;
  });
}

/** From the panel's first screen to step 1 of the practice path, as a helper does it. */
async function startPracticePath(place: Place): Promise<void> {
  await press(firefox, place, 'Practise without saving');
  await press(firefox, place, 'Getting started');
  await press(firefox, place, practice.title);
  await press(firefox, place, 'Start step 1');
  await expectStep(place, 1);
}

describe('the add-on in Firefox', () => {
  it('opens its sidebar at install, at the first screen: who is learning', async () => {
    const text = await until('the sidebar to draw', async () => {
      const said = await pageText(firefox, 'sidebar');
      return said.includes('Who is learning?') && said;
    });
    expect(text).toContain('Practise without saving');
    expect(await newProblems()).toEqual([]);
  });

  it('draws its options page', async () => {
    await openTab(firefox, page('options.html'));
    const text = await until('the options page to draw', async () => {
      const said = await pageText(firefox, page('options.html'));
      return said.includes('Signpost settings') && said;
    });
    expect(text).toContain('Your organisation');
    expect(await newProblems()).toEqual([]);
  });

  it('draws its popup, whose Open Signpost opens the sidebar', async () => {
    const popup = page('popup.html');
    await showTab(firefox, await openTab(firefox, popup));
    await until('the popup to draw', async () => (await pageText(firefox, popup)).includes('Open Signpost'));
    // Read now: the popup closes itself once the sidebar is open, and Firefox forgets its console then.
    expect(await newProblems()).toEqual([]);
    await closeSidebar(firefox);
    expect(await sidebarIsOpen(firefox)).toBe(false);
    await press(firefox, popup, 'Open Signpost');
    await until('the sidebar to open again', () => sidebarIsOpen(firefox));
    await until('the sidebar to draw again', async () =>
      (await pageText(firefox, 'sidebar')).includes('Who is learning?'),
    );
    expect(await newProblems()).toEqual([]);
  });

  it('Show me in the sidebar asks Firefox for the practice site, then rings each step’s target on the page', async () => {
    practicePage = `${localhost}/login.html`;
    await showTab(firefox, await openTab(firefox, practicePage));
    await startPracticePath('sidebar');
    await press(firefox, 'sidebar', 'Show me on the page');

    await until('the panel to say it is asking', async () => (await showMeSays('sidebar')).includes('choose Allow'));
    const prompt = await allowInPrompt(firefox);
    expect(prompt.words.join(' ')).toMatch(/localhost/);
    expect(prompt.pressed).toBe('Allow');
    await until(`"${MARKED}" in the sidebar`, async () => (await showMeSays('sidebar')) === MARKED);
    await expectRingAround('h1', 'Sign in to your account');

    await press(firefox, 'sidebar', 'I did it');
    await expectStep('sidebar', 2);
    await expectRingAround('#contact-by-email');
    expect(await newProblems()).toEqual([]);
  });

  it('Show me in the side panel opened in a tab rings the target on the page used before it', async () => {
    const panel = page('sidepanel.html');
    await showTab(firefox, await openTab(firefox, panel));
    await until('the panel in a tab', async () => (await pageText(firefox, panel)).includes('Who is learning?'));
    await startPracticePath(panel);
    await press(firefox, panel, 'Show me on the page');
    await until(`"${MARKED}" in the panel in a tab`, async () => (await showMeSays(panel)) === MARKED);
    // The ring stood round step 2's box for the sidebar: it comes back to step 1's heading only if the page
    // guide heard this panel, which Firefox gives a tab of its own.
    await expectRingAround('h1', 'Sign in to your account');
    expect(await newProblems()).toEqual([]);
  });
});
