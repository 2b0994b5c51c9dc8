/**
 * The extension's page guide in a real Chromium with the built extension, beside driver.js 1.8.0 (MIT; the
 * guided-tour library most like it) measured on the same pages in the same run: sizes, the time from the
 * call to the ring painted, long tasks on the heavy page, and layouts per frame while following the target
 * as the page scrolls. Every time is a median of RUNS runs, with min and max, the two sides interleaved.
 * Figures, not pass/fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { measureBudgets } from '../scripts/check-extension-size.ts';
import { allowSite } from '../test/browser/allow-site.ts';
import { launchWithExtension, serveFolders } from '../test/browser/chromium.ts';
import { row, spread, spreadText, type Spread } from './measure.ts';

const EXTENSION = '.output/chrome-mv3';
const PRACTICE_PAGES = '../shared/data/pages';
const RUNS = 11;
// The package exports only its modules: its browser build and stylesheet are read from beside them.
const DRIVER_DIST = dirname(createRequire(import.meta.url).resolve('driver.js'));
const DRIVER_JS = readFileSync(join(DRIVER_DIST, 'driver.js.iife.js'), 'utf8');
const DRIVER_CSS = readFileSync(join(DRIVER_DIST, 'driver.css'), 'utf8');

/** A page the practice path's "Press Continue" step fits (it ends in /login.html), with `rows` rows before the button. */
function loginPage(rows: number): string {
  const items = Array.from(
    { length: rows },
    (_, index) =>
      `<div class="row"><h3>Result ${index + 1}</h3><p>About result ${index + 1}. <a href="#r${index}">Read more</a></p><button type="button">Save result ${index + 1}</button></div>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench practice page</title></head>
<body><main><h1>Sign in to your account</h1>${items.join('')}
<form action="login-error.html"><button type="submit">Continue</button></form></main></body></html>`;
}

/** "24 ms (17-32)": whole milliseconds. */
const ms = (times: Spread) => spreadText(times, 1, 0);

/*
 * Timing code runs in the pages as plain JavaScript (tsx adds helpers to functions), and reads the clock
 * every tab shares: performance.timeOrigin + performance.now() is milliseconds since 1970. A ring is
 * "painted" at the start of the first animation frame after it shows.
 */

/** In the panel: the moment of the next click (the press of Show me), heard before the panel's own handler. */
const NOTE_NEXT_PRESS = `window.benchPressed = new Promise((resolve) => {
  document.addEventListener('click', () => resolve(performance.timeOrigin + performance.now()), { capture: true, once: true });
});
undefined`;

/** On the guide's ring (reached through DevTools: its shadow root is closed to the page): when it next shows, painted. */
const WATCH_RING = `function () {
  const ring = this;
  window.benchRingShown = new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (ring.hidden) return;
      watch.disconnect();
      requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
    });
    watch.observe(ring, { attributes: true });
  });
}`;

/** In the page: when Signpost's layer is first put on the page (with its ring, in the same task), painted. */
const WATCH_LAYER_ADDED = `window.benchRingShown = new Promise((resolve) => {
  const watch = new MutationObserver(() => {
    if (!document.querySelector('signpost-guide')) return;
    watch.disconnect();
    requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
  });
  watch.observe(document.documentElement, { childList: true });
});
undefined`;

/**
 * driver.js on a freshly loaded page, as the guide is on Show me's first press: from putting its script and
 * styles into the page, through its highlight() call, to its popover painted; milliseconds.
 */
const DRIVER_FIRST = (script: string, styles: string) => `(async () => {
  const start = performance.now();
  const painted = new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (!document.querySelector('.driver-popover')) return;
      watch.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    watch.observe(document.body, { childList: true, subtree: true });
  });
  const style = document.createElement('style');
  style.textContent = ${JSON.stringify(styles)};
  document.head.append(style);
  const code = document.createElement('script');
  code.textContent = ${JSON.stringify(script)};
  document.head.append(code);
  window.benchDriver = window.driver.js.driver();
  window.benchDriver.highlight({ element: 'form button[type=submit]', popover: { title: 'Press Continue', description: 'Click the Continue button.' } });
  const at = await painted;
  window.benchDriver.destroy();
  return at - start;
})()`;

/** driver.js, from its highlight() call on the same button to its popover painted; milliseconds. */
const DRIVER_HIGHLIGHT = `(async () => {
  const painted = new Promise((resolve) => {
    const shown = () => document.querySelector('.driver-popover');
    const watch = new MutationObserver(() => {
      if (!shown()) return;
      watch.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    watch.observe(document.body, { childList: true, subtree: true });
  });
  const called = performance.now();
  window.benchDriver = window.driver.js.driver();
  window.benchDriver.highlight({ element: 'form button[type=submit]', popover: { title: 'Press Continue', description: 'Click the Continue button.' } });
  const at = await painted;
  return at - called;
})()`;

/** Long tasks (over 50 ms) on the page, kept from the moment this runs. */
const WATCH_LONG_TASKS = `window.benchLongTasks = [];
new PerformanceObserver((list) => window.benchLongTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
undefined`;

/** Frames drawn so far, counted from the moment this runs. */
const COUNT_FRAMES = `window.benchFrames = 0;
(function count() { window.benchFrames += 1; requestAnimationFrame(count); })();
undefined`;

function ensureBuiltExtension(): void {
  if (existsSync(join(EXTENSION, 'guide.js'))) return;
  console.log('Building the extension first (npx wxt build)...');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npx wxt build failed: run it on its own to see why.');
}

async function press(panel: Page, name: string): Promise<void> {
  // A tab in the back draws no frames, and Playwright waits for frames before it clicks.
  await panel.bringToFront();
  await panel.getByRole('button', { name, exact: true }).click();
}

interface DomNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

/** Runs `fn` on the guide's ring in the page's own world, through DevTools (which sees closed shadow roots). */
async function onRing(session: CDPSession, fn: string): Promise<void> {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const ring = [...walk(root)].find((node) => (node.attributes ?? []).join(' ').includes('class ring'));
  if (ring === undefined) throw new Error('The guide has drawn no ring on this page yet.');
  const { object } = (await session.send('DOM.resolveNode', { nodeId: ring.nodeId })) as {
    object: { objectId: string };
  };
  await session.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn });
}

interface PageFigures {
  name: string;
  elements: number;
  showMe: Spread;
  driver: Spread;
  firstPress: Spread;
  driverFirst: Spread;
  /** Long tasks while Show me worked, and while driver.js did; ms each. */
  longTasks: { showMe: number[]; driver: number[] };
  layoutsPerFrame: number;
  layoutsPerFrameAlone: number;
}

/** Layouts per frame drawn while the person scrolls the page with the mouse wheel, a notch at a time. */
async function layoutsPerFrame(session: CDPSession, page: Page, notches: number): Promise<number> {
  const layouts = async () =>
    ((await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find(
      (metric) => metric.name === 'LayoutCount',
    )!.value;
  await page.mouse.move(200, 200);
  await page.evaluate(COUNT_FRAMES);
  const before = await layouts();
  for (let notch = 0; notch < notches; notch += 1) await page.mouse.wheel(0, notch % 2 ? -40 : 40);
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  const frames = (await page.evaluate('window.benchFrames')) as number;
  return ((await layouts()) - before) / Math.max(frames, 1);
}

/**
 * Show me and driver.js on one page, interleaved: first on a freshly loaded page (the guide put in on the
 * press, driver.js's script and styles put in at the call), then again with both already in the page.
 */
async function benchPage(panel: Page, page: Page, name: string, url: string): Promise<PageFigures> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const showMe: number[] = [];
  const driver: number[] = [];
  const firstPress: number[] = [];
  const driverFirst: number[] = [];
  const longTasks = { showMe: [] as number[], driver: [] as number[] };
  const takeLongTasks = async (into: number[]) =>
    into.push(...((await page.evaluate('window.benchLongTasks.splice(0)')) as number[]));

  const pressedAt = async () => (await panel.evaluate('window.benchPressed')) as number;
  const timeFirstPress = async () => {
    await page.goto(url);
    await page.evaluate(WATCH_LONG_TASKS);
    await page.evaluate(WATCH_LAYER_ADDED);
    await panel.evaluate(NOTE_NEXT_PRESS);
    await press(panel, 'Show me on the page');
    firstPress.push(((await page.evaluate('window.benchRingShown')) as number) - (await pressedAt()));
    await takeLongTasks(longTasks.showMe);
    await press(panel, 'Stop showing');
  };
  const timeDriverFirst = async () => {
    await page.goto(url);
    await page.evaluate(WATCH_LONG_TASKS);
    await page.bringToFront();
    driverFirst.push((await page.evaluate(DRIVER_FIRST(DRIVER_JS, DRIVER_CSS))) as number);
    await takeLongTasks(longTasks.driver);
  };
  const timeShowMe = async () => {
    await onRing(session, WATCH_RING);
    await panel.evaluate(NOTE_NEXT_PRESS);
    await press(panel, 'Show me on the page');
    showMe.push(((await page.evaluate('window.benchRingShown')) as number) - (await pressedAt()));
    await takeLongTasks(longTasks.showMe);
    await press(panel, 'Stop showing');
  };
  const timeDriver = async () => {
    await page.bringToFront();
    driver.push((await page.evaluate(DRIVER_HIGHLIGHT)) as number);
    await page.evaluate('window.benchDriver.destroy()');
    await takeLongTasks(longTasks.driver);
  };

  // Interleaved, each side first in turn, so neither always runs on a warmer browser.
  for (let run = 0; run < RUNS; run += 1) {
    const order = run % 2 === 0 ? [timeFirstPress, timeDriverFirst] : [timeDriverFirst, timeFirstPress];
    for (const time of order) await time();
  }
  // The last page loaded has the guide in it: put driver.js in beside it.
  await page.goto(url);
  await page.evaluate(WATCH_LONG_TASKS);
  await press(panel, 'Show me on the page');
  await panel.getByText('it is marked there', { exact: false }).waitFor();
  await press(panel, 'Stop showing');
  await page.addScriptTag({ content: DRIVER_JS });
  await page.addStyleTag({ content: DRIVER_CSS });
  for (let run = 0; run < RUNS; run += 1) {
    const order = run % 2 === 0 ? [timeShowMe, timeDriver] : [timeDriver, timeShowMe];
    for (const time of order) await time();
  }

  // Layouts per frame while the person scrolls: with the ring following the target, and with nothing shown.
  await page.evaluate('scrollTo(0, 0)');
  await page.bringToFront();
  const alone = await layoutsPerFrame(session, page, 30);
  await press(panel, 'Show me on the page');
  await panel.getByText('it is marked there', { exact: false }).waitFor();
  await page.bringToFront();
  const following = await layoutsPerFrame(session, page, 30);
  await press(panel, 'Stop showing');

  const elements = (await page.evaluate('document.querySelectorAll("*").length')) as number;
  await session.detach();
  return {
    name,
    elements,
    showMe: spread(showMe),
    driver: spread(driver),
    firstPress: spread(firstPress),
    driverFirst: spread(driverFirst),
    longTasks,
    layoutsPerFrame: following,
    layoutsPerFrameAlone: alone,
  };
}

/** What the extension's part of `npm run bench` found, for the last table of budgets. */
export interface ExtensionFigures {
  budgets: { what: string; figure: string; goal: string; met: boolean }[];
}

function sizeRows(): { guideGzip: number; driverGzip: number } {
  const measured = measureBudgets(EXTENSION);
  for (const budget of measured)
    row(
      `Extension ${budget.what}`,
      `${(budget.gzipBytes / 1024).toFixed(1)} KB gzip${budget.bytes ? ` (budget ${budget.bytes / 1024} KB)` : ''}`,
    );
  const driverGzip = gzipSync(DRIVER_JS, { level: 9 }).length + gzipSync(DRIVER_CSS, { level: 9 }).length;
  row('  driver.js 1.8.0, JS and CSS (peer)', `${(driverGzip / 1024).toFixed(1)} KB gzip`);
  return { guideGzip: measured.find((budget) => budget.file === 'guide.js')!.gzipBytes, driverGzip };
}

/** Prints the page guide's figures beside driver.js's, and gives the ones the issue sets a goal for. */
export async function benchExtensionGuide(): Promise<ExtensionFigures> {
  ensureBuiltExtension();
  const { guideGzip, driverGzip } = sizeRows();
  const folder = mkdtempSync(join(tmpdir(), 'signpost-bench-guide-'));
  for (const [name, rows] of [
    ['medium', 200],
    ['heavy', 1000],
  ] as const) {
    mkdirSync(join(folder, name));
    writeFileSync(join(folder, name, 'login.html'), loginPage(rows));
  }
  const [{ context, extensionId }, site] = await Promise.all([
    launchWithExtension(),
    serveFolders({ '/medium/': join(folder, 'medium'), '/heavy/': join(folder, 'heavy'), '/': PRACTICE_PAGES }),
  ]);
  try {
    await allowSite(context, extensionId, 'http://localhost/*');
    const localhost = `http://localhost:${new URL(site.url).port}`;
    // The practice page first: Show me points at the tab used last before the panel.
    const page = await context.newPage();
    await page.goto(`${localhost}/login.html`);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    for (const name of ['Practise without saving', 'Getting started', 'Practice: sign in to a health website'])
      await press(panel, name);
    await press(panel, 'Start step 1');
    for (let step = 1; step < 4; step += 1) await press(panel, 'I did it');
    await panel.locator('.sp-step__title', { hasText: 'Press Continue' }).waitFor();

    const pages: PageFigures[] = [];
    for (const [name, path] of [
      ['practice sign-in page', '/login.html'],
      ['medium page', '/medium/login.html'],
      ['heavy page', '/heavy/login.html'],
    ] as const)
      pages.push(await benchPage(panel, page, name, `${localhost}${path}`));

    const tasks = (durations: number[]) =>
      durations.length === 0 ? 'none' : durations.map((duration) => `${duration.toFixed(0)} ms`).join(', ');
    for (const figures of pages) {
      const ratio = figures.showMe.median / figures.driver.median;
      const firstRatio = figures.firstPress.median / figures.driverFirst.median;
      row(`On the ${figures.name} (${figures.elements.toLocaleString('en-GB')} elements):`, '');
      row('  Show me on a fresh page: press to ring painted', ms(figures.firstPress));
      row(
        '  driver.js 1.8.0 on a fresh page: put in, highlight(), painted',
        `${ms(figures.driverFirst)}: Show me takes ${firstRatio.toFixed(2)}x`,
      );
      row('  Show me again: press to ring painted', ms(figures.showMe));
      row(
        '  driver.js 1.8.0 again: highlight() to popover painted',
        `${ms(figures.driver)}: Show me takes ${ratio.toFixed(2)}x`,
      );
      row('  long tasks', `Show me: ${tasks(figures.longTasks.showMe)}; driver.js: ${tasks(figures.longTasks.driver)}`);
      row(
        '  layouts per frame while the page scrolls',
        `${figures.layoutsPerFrame.toFixed(2)} following the target, ${figures.layoutsPerFrameAlone.toFixed(2)} with nothing shown`,
      );
    }
    const heavy = pages.at(-1)!;
    const worstRatio = Math.max(...pages.map((figures) => figures.firstPress.median / figures.driverFirst.median));
    const budgets = measureBudgets(EXTENSION);
    const gz = (file: string) => budgets.find((budget) => budget.file === file)!;
    return {
      budgets: [
        {
          what: 'Page guide script',
          figure: `${(guideGzip / 1024).toFixed(1)} KB gzip (driver.js ${(driverGzip / 1024).toFixed(1)} KB)`,
          goal: 'at most 9 KB gzip',
          met: guideGzip <= 9 * 1024,
        },
        {
          what: 'Show me on a fresh page over driver.js, press or call to painted',
          figure: `${worstRatio.toFixed(2)}x at worst (${pages.map((figures) => `${figures.firstPress.median.toFixed(0)}/${figures.driverFirst.median.toFixed(0)} ms`).join(', ')}); again ${pages.map((figures) => `${figures.showMe.median.toFixed(0)}/${figures.driver.median.toFixed(0)} ms`).join(', ')}`,
          goal: 'at most 0.6x on each page',
          met: worstRatio <= 0.6,
        },
        {
          what: 'Long tasks on the heavy page while Show me works',
          figure:
            heavy.longTasks.showMe.length === 0
              ? 'none'
              : `${heavy.longTasks.showMe.length}, longest ${Math.max(...heavy.longTasks.showMe).toFixed(0)} ms`,
          goal: 'none',
          met: heavy.longTasks.showMe.length === 0,
        },
        {
          what: 'Layouts per frame while following',
          figure: pages.map((figures) => figures.layoutsPerFrame.toFixed(2)).join(', '),
          goal: 'at most 1',
          met: pages.every((figures) => figures.layoutsPerFrame <= 1),
        },
        {
          what: 'Popup, to draw its button',
          figure: `${(gz('popup.html').gzipBytes / 1024).toFixed(1)} KB gzip`,
          goal: 'at most 10 KB gzip',
          met: gz('popup.html').gzipBytes <= 10 * 1024,
        },
        {
          what: "Side panel's first screen",
          figure: `${(gz('sidepanel.html').gzipBytes / 1024).toFixed(1)} KB gzip`,
          goal: 'at most 50 KB gzip',
          met: gz('sidepanel.html').gzipBytes <= 50 * 1024,
        },
        {
          what: 'Options page loads readability and import code only when used',
          figure:
            gz('options.html').heldTooEarly.length === 0
              ? 'neither in its first screen'
              : gz('options.html').heldTooEarly.join(', '),
          goal: 'only when used',
          met: gz('options.html').heldTooEarly.length === 0,
        },
      ],
    };
  } finally {
    await context.close();
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
