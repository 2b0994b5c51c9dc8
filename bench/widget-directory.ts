/**
 * The widget against a 100,000-resource national directory, in a real Chromium: served as area shards
 * (`signpost shard`), and, as the baseline, as one pack file. Figures, not pass/fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { shard } from '../cli/commands/shard.ts';
import { PACK_FORMAT, PACK_VERSION, type Pack } from '../shared/directory/load-pack.ts';
import type { ShardIndex } from '../shared/directory/sources/shard-index.ts';
import { launchBrowser, serveFolders } from '../test/browser/chromium.ts';
import { row } from './measure.ts';
import { syntheticResources } from './synthetic-directory.ts';

const SEARCH_POSTCODE = 'S1 2HE';
const WIDGET = 'dist/site/signpost.js';

interface WidgetRun {
  /** From the browser starting to fetch signpost.js to a postcode box in the page that takes typing. */
  formReadyMs: number;
  /** From pressing Find help to the list on screen. */
  resultsMs: number;
  /** Every file fetched from pressing Find help to the list, with its size (bytes, as sent, and gzipped). */
  files: { path: string; bytes: number; gzipBytes: number }[];
}

/**
 * A practice page with the widget and its directory. It times itself, so no round trip to Node counts;
 * the timing code is plain JavaScript in the page (tsx would add helpers to functions passed to Chromium).
 */
function benchPage(directory: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bench practice</title></head>
<body>
<div data-signpost data-directory="${directory}" data-paths="no"></div>
<script>
  const shadow = () => document.querySelector('[data-signpost]').shadowRoot;
  const postcodeBox = () => shadow()?.querySelector('input[autocomplete="postal-code"]');
  // Milliseconds from the browser starting to fetch signpost.js to a postcode box in the page.
  window.benchFormReady = new Promise((resolve) => {
    const look = () => (postcodeBox() ? resolve(performance.now() - performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/signpost.js')).startTime) : setTimeout(look, 0));
    look();
  });
  // Milliseconds from pressing Find help to the list of places on screen.
  window.benchSearch = (postcode) => {
    const box = postcodeBox();
    box.value = postcode;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const listed = () => [...shadow().querySelectorAll('h2, h3')].some((heading) => heading.textContent.endsWith(' near ' + postcode));
    const start = performance.now();
    return new Promise((resolve) => {
      const watch = new MutationObserver(() => listed() && (watch.disconnect(), resolve(performance.now() - start)));
      watch.observe(shadow(), { subtree: true, childList: true, characterData: true });
      box.form.requestSubmit();
    });
  };
</script>
<script src="/signpost.js" async></script>
</body></html>`;
}

interface BenchPage {
  benchFormReady: Promise<number>;
  benchSearch(postcode: string): Promise<number>;
}

/** Where the file behind a served path is on disk, to gzip it as a CDN would. */
type LocalFile = (path: string) => string;

async function runWidget(browser: Browser, url: string, localFile: LocalFile): Promise<WidgetRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const formReadyMs = await page.evaluate(() => (window as unknown as BenchPage).benchFormReady);
  const searchFiles: Promise<WidgetRun['files'][number]>[] = [];
  // Sizes from the network log: Chromium does not keep a 40 MB body for us to read.
  page.on('requestfinished', (request) =>
    searchFiles.push(
      request.sizes().then((sizes) => {
        const path = new URL(request.url()).pathname;
        return { path, bytes: sizes.responseBodySize, gzipBytes: gzipSync(readFileSync(localFile(path))).length };
      }),
    ),
  );
  const resultsMs = await page.evaluate(
    (postcode) => (window as unknown as BenchPage).benchSearch(postcode),
    SEARCH_POSTCODE,
  );
  const files = await Promise.all(searchFiles);
  await context.close();
  return { formReadyMs, resultsMs, files };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: bytes < 10_240 ? 1 : 0 })} KB`;
}

function describeFiles(files: WidgetRun['files']): string {
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const gzip = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  const scripts = files.filter((file) => file.path.endsWith('.js')).length;
  return `${files.length} files (${scripts} script, ${files.length - scripts} data), ${kilobytes(bytes)} (${kilobytes(gzip)} gzipped)`;
}

/** Builds the site when it is missing, so the bench runs on a clean clone. */
function ensureBuiltWidget(): void {
  if (existsSync(WIDGET)) return;
  console.log('Building the widget first (npm run build)...');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npm run build failed: run it on its own to see why.');
}

/** Writes the synthetic national pack, and its shards through the real `signpost shard` command; gives the folders. */
async function writeNationalDirectory(
  folder: string,
): Promise<{ wholeBytes: number; shardMs: number; areaFiles: number }> {
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    publisher: 'Bench',
    area: 'Great Britain',
    generated: '2026-11-01',
    example: true,
    resources: syntheticResources(100_000),
  };
  mkdirSync(join(folder, 'whole'));
  const wholePath = join(folder, 'whole', 'national.json');
  writeFileSync(wholePath, JSON.stringify(pack));
  const start = performance.now();
  const said: string[] = [];
  const code = await shard([wholePath, '--out', join(folder, 'shards')], {
    out: (text) => said.push(text),
    err: (text) => said.push(text),
  });
  if (code !== 0) throw new Error(`signpost shard failed:\n${said.join('\n')}`);
  const shardMs = performance.now() - start;
  const index = JSON.parse(readFileSync(join(folder, 'shards', 'index.json'), 'utf8')) as ShardIndex;
  return { wholeBytes: statSync(wholePath).size, shardMs, areaFiles: index.areas.length };
}

export async function benchWidgetDirectory(): Promise<void> {
  ensureBuiltWidget();
  const folder = mkdtempSync(join(tmpdir(), 'signpost-bench-'));
  const { wholeBytes, shardMs, areaFiles } = await writeNationalDirectory(folder);
  mkdirSync(join(folder, 'pages'));
  writeFileSync(join(folder, 'pages', 'shards.html'), benchPage('/directory/shards/index.json'));
  writeFileSync(join(folder, 'pages', 'whole.html'), benchPage('/directory/whole/national.json'));
  const [browser, site] = await Promise.all([
    launchBrowser(),
    serveFolders({ '/directory/': folder, '/bench/': join(folder, 'pages'), '/': 'dist/site' }),
  ]);
  const localFile: LocalFile = (path) =>
    path.startsWith('/directory/') ? join(folder, path.slice('/directory/'.length)) : join('dist/site', path);
  try {
    row(
      `signpost shard (100,000 resources into ${areaFiles} area files)`,
      `${(shardMs / 1000).toFixed(1)} s (${kilobytes(wholeBytes)} of JSON in)`,
    );
    // Two runs each, in fresh browser contexts (nothing cached); the better one, as the first pays for Chromium warming up.
    const sharded = [
      await runWidget(browser, `${site.url}/bench/shards.html`, localFile),
      await runWidget(browser, `${site.url}/bench/shards.html`, localFile),
    ];
    const best = sharded.reduce((a, b) => (b.resultsMs < a.resultsMs ? b : a));
    if (!best.files.some((file) => file.path.startsWith('/directory/shards/'))) {
      row('Widget with data-directory', 'not measured: this widget build does not read data-directory yet');
      return;
    }
    const whole = await runWidget(browser, `${site.url}/bench/whole.html`, localFile);
    row(
      'Widget: script start to a postcode box that takes typing',
      `${Math.min(...sharded.map((run) => run.formReadyMs)).toFixed(0)} ms`,
    );
    row(`Widget, 100,000 in shards: Find help to the list (${SEARCH_POSTCODE})`, `${best.resultsMs.toFixed(0)} ms`);
    row('  files fetched for that search', describeFiles(best.files));
    row(
      '  the same search, whole pack as one file (baseline)',
      `${whole.resultsMs.toFixed(0)} ms: shards are ${(whole.resultsMs / best.resultsMs).toFixed(0)} times faster`,
    );
    row('  files fetched for that search (baseline)', describeFiles(whole.files));
  } finally {
    await browser.close();
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
