/**
 * The extension's page guide in a real Chromium with the built extension: the content script's size, and
 * the time from pressing Show me in the side panel to the highlight on a heavy page, against a light page
 * and a plain querySelector measured in the same run. Figures, not pass/fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { allowSite } from '../test/browser/allow-site.ts';
import { launchWithExtension, serveFolders } from '../test/browser/chromium.ts';
import { row } from './measure.ts';

const EXTENSION = '.output/chrome-mv3';
const CONTENT_SCRIPTS = join(EXTENSION, 'content-scripts');
const PRACTICE_PAGES = '../shared/data/pages';
/** Rows of five elements each before the target: about 5,000 elements, as on a long results page. */
const HEAVY_ROWS = 1_000;
const RUNS = 5;

/**
 * A page the practice path's "Press Continue" step fits (it ends in /login.html): a thousand rows, each
 * with a heading, words, a link and its own button, then the Continue button at the very end.
 */
function heavyLoginPage(): string {
  const rows = Array.from(
    { length: HEAVY_ROWS },
    (_, index) =>
      `<div class="row"><h3>Result ${index + 1}</h3><p>About result ${index + 1}. <a href="#r${index}">Read more</a></p><button type="button">Save result ${index + 1}</button></div>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heavy practice page</title></head>
<body><main><h1>Sign in to your account</h1>${rows.join('')}
<form action="login-error.html"><button type="submit">Continue</button></form></main></body></html>`;
}

/*
 * Timing code runs in the page and the panel as plain JavaScript, so tsx adds no helpers to it. Both read
 * the same clock: performance.timeOrigin + performance.now() is milliseconds since 1970 in every tab. The
 * set-up scripts end in `undefined`, or page.evaluate would wait for the promise they make.
 */

/** In the practice page: a promise of the moment the guide's ring is first drawn (its shadow root is open). */
const WATCH_FOR_RING = `window.benchRingShown = new Promise((resolve) => {
  const drawn = () => {
    const ring = document.querySelector('signpost-guide')?.shadowRoot?.querySelector('.ring');
    return ring !== null && ring !== undefined && !ring.hidden;
  };
  const watched = new Set();
  const watch = new MutationObserver(() => {
    if (drawn()) {
      watch.disconnect();
      resolve(performance.timeOrigin + performance.now());
      return;
    }
    const shadow = document.querySelector('signpost-guide')?.shadowRoot;
    if (shadow && !watched.has(shadow)) {
      watched.add(shadow);
      watch.observe(shadow, { subtree: true, childList: true, attributes: true });
    }
  });
  watch.observe(document.documentElement, { subtree: true, childList: true });
  const shadow = document.querySelector('signpost-guide')?.shadowRoot;
  if (shadow) {
    watched.add(shadow);
    watch.observe(shadow, { subtree: true, childList: true, attributes: true });
  }
});
undefined`;

/** In the panel: notes the moment of the next click (the press of Show me), heard before the panel's own handler. */
const NOTE_NEXT_PRESS = `window.benchPressed = new Promise((resolve) => {
  document.addEventListener('click', () => resolve(performance.timeOrigin + performance.now()), { capture: true, once: true });
});
undefined`;

/** In the practice page: milliseconds for 1,000 plain document.querySelector calls for the target, the least any finder must do. */
const THOUSAND_PLAIN_QUERIES_MS = `(() => {
  const start = performance.now();
  for (let run = 0; run < 1000; run += 1) document.querySelector('form button[type=submit]');
  return (performance.now() - start);
})()`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Builds the Chrome extension when it is missing, so the bench runs on a clean clone. */
function ensureBuiltExtension(): void {
  if (existsSync(CONTENT_SCRIPTS)) return;
  console.log('Building the extension first (npx wxt build)...');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npx wxt build failed: run it on its own to see why.');
}

function benchContentScriptSize(): void {
  for (const name of readdirSync(CONTENT_SCRIPTS).filter((file) => file.endsWith('.js'))) {
    const code = readFileSync(join(CONTENT_SCRIPTS, name));
    row(
      `Extension content script ${name} (Chrome build)`,
      `${(code.length / 1024).toFixed(1)} KB, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzip`,
    );
  }
}

async function press(panel: Page, name: string): Promise<void> {
  // A tab in the back draws no frames, and Playwright waits for frames before it clicks.
  await panel.bringToFront();
  await panel.getByRole('button', { name, exact: true }).click();
}

/** Milliseconds from the press of Show me to the ring drawn in `page`. */
async function timeShowMe(panel: Page, page: Page): Promise<number> {
  await page.evaluate(WATCH_FOR_RING);
  await panel.evaluate(NOTE_NEXT_PRESS);
  await press(panel, 'Show me on the page');
  const shownAt = (await page.evaluate('window.benchRingShown')) as number;
  const pressedAt = (await panel.evaluate('window.benchPressed')) as number;
  await press(panel, 'Stop showing');
  return shownAt - pressedAt;
}

/**
 * Show me on one page, `RUNS` times each way: the first press on a freshly loaded page (the guide is put
 * into the tab first), and a press again on the same page (the guide is already there). Median ms.
 */
async function showMeTimes(
  panel: Page,
  page: Page,
  url: string,
): Promise<{ firstMs: number; againMs: number; elements: number }> {
  const first: number[] = [];
  const again: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(url);
    first.push(await timeShowMe(panel, page));
    again.push(await timeShowMe(panel, page));
  }
  const elements = (await page.evaluate('document.querySelectorAll("*").length')) as number;
  return { firstMs: median(first), againMs: median(again), elements };
}

/** Prints the content script's size and Show me's time to the highlight on a heavy and a light page. */
export async function benchExtensionGuide(): Promise<void> {
  ensureBuiltExtension();
  benchContentScriptSize();
  const folder = mkdtempSync(join(tmpdir(), 'signpost-bench-guide-'));
  writeFileSync(join(folder, 'login.html'), heavyLoginPage());
  const [{ context, extensionId }, site] = await Promise.all([
    launchWithExtension(),
    serveFolders({ '/heavy/': folder, '/': PRACTICE_PAGES }),
  ]);
  try {
    await allowSite(context, extensionId, 'http://localhost/*');
    const localhost = `http://localhost:${new URL(site.url).port}`;
    // The practice page first: Show me points at the tab used last before the panel.
    const page = await context.newPage();
    await page.goto(`${localhost}/login.html`);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    for (const name of [
      'Practise without saving',
      'Getting started',
      'Practice: sign in to a health website',
      'Start step 1',
      'I did it',
      'I did it',
      'I did it',
    ]) {
      await press(panel, name);
    }
    await panel.locator('.sp-step__title', { hasText: 'Press Continue' }).waitFor();

    const heavy = await showMeTimes(panel, page, `${localhost}/heavy/login.html`);
    const queryMs = ((await page.evaluate(THOUSAND_PLAIN_QUERIES_MS)) as number) / 1000;
    const light = await showMeTimes(panel, page, `${localhost}/login.html`);
    row(
      `Show me to highlight, ${heavy.elements.toLocaleString('en-GB')}-element page, target last`,
      `${heavy.firstMs.toFixed(0)} ms first press, ${heavy.againMs.toFixed(0)} ms pressed again`,
    );
    row(
      `  the ${light.elements.toLocaleString('en-GB')}-element practice page (baseline)`,
      `${light.firstMs.toFixed(0)} ms first press, ${light.againMs.toFixed(0)} ms pressed again`,
    );
    row(
      '  what the heavy page adds',
      `${(heavy.firstMs - light.firstMs).toFixed(0)} ms first press, ${(heavy.againMs - light.againMs).toFixed(0)} ms pressed again`,
    );
    row('  a plain querySelector of the target there (baseline)', `${(queryMs * 1000).toFixed(1)} µs`);
  } finally {
    await context.close();
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
