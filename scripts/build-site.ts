/**
 * Puts the demo practice website together around the built widget (scripts/build-widget.ts), copies the
 * data the widget loads on demand beside it, writes the download a practice uploads
 * (dist/signpost-widget-<version>.zip, scripts/widget-download.ts), and checks the widget's size budget
 * on every build.
 *
 * The budget is checked with Node's own gzip rather than the size-limit package: the widget build already
 * knows each file's gzip size, and size-limit would add a dependency (and its own bundler) to say the same.
 * It is checked last, so an over-budget build still leaves a complete site to test, and exits non-zero.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHUNK_SCRIPTS } from '../widget/widget-scripts.ts';
import { loadPack } from '../shared/directory/load-pack.ts';
import { writeWidgetDownload } from './widget-download.ts';

const SITE = 'dist/site';
const DATA = join(SITE, 'signpost-data');
/** The widget's initial script, code and CSS (the CSS is inside it), gzipped: issue 15 says at most 10 KB. */
const BUDGET_BYTES = 10 * 1024;
/** The search engine, fetched as a resident starts to search: issue 15 says at most 25 KB. */
const ENGINE_BUDGET_BYTES = 25 * 1024;

/** The demo pastes the snippet as the README gives it, so this build's integrity hash goes into its script tag. */
function copyDemoPages(): void {
  cpSync('widget/demo', SITE, { recursive: true });
  const { integrity } = JSON.parse(readFileSync(join(SITE, 'signpost.json'), 'utf8')) as { integrity: string };
  const page = join(SITE, 'index.html');
  writeFileSync(
    page,
    readFileSync(page, 'utf8').replace(
      '<script src="signpost.js" ',
      `<script src="signpost.js" integrity="${integrity}" `,
    ),
  );
}

function copyWidgetData(): void {
  mkdirSync(join(DATA, 'packs'), { recursive: true });
  cpSync('shared/postcode/outcodes', join(DATA, 'outcodes'), { recursive: true });
  for (const file of readdirSync('shared/directory/packs').filter((name) => name.endsWith('.json')))
    writeFileSync(join(DATA, 'packs', file), JSON.stringify(checkedPack(join('shared/directory/packs', file))));
  // The libraries pack and the demo's directory, sharded by postcode area, and the place names that let a
  // resident type a town instead of a postcode (scripts/compile-libraries.ts).
  for (const folder of ['libraries', 'demo', 'places'])
    cpSync(join('shared/directory/packs', folder), join(DATA, 'packs', folder), { recursive: true });
}

/**
 * A built-in pack, checked here in full and marked `checked: true`, as `signpost import` marks what it
 * writes: the widget then reads it with the quick shape check and never loads zod for it. A pack with a
 * bad record fails the build: the built-in list must be whole.
 */
function checkedPack(path: string): unknown {
  const loaded = loadPack(JSON.parse(readFileSync(path, 'utf8')));
  if (!loaded.ok || loaded.problems.length > 0)
    throw new Error(`${path} does not pass its check: run "signpost validate ${path}" to see why.`);
  return { ...loaded.pack, checked: true };
}

function checkWidgetSize(): void {
  const { gzipBytes } = JSON.parse(readFileSync(join(SITE, 'signpost.json'), 'utf8')) as { gzipBytes: number };
  checkBudget(
    'signpost.js',
    gzipBytes,
    BUDGET_BYTES,
    'move code into a later part loaded on first use (widget/chunks/load-chunk.ts)',
  );
  const engine = gzipSync(readFileSync(join(SITE, CHUNK_SCRIPTS['finder-engine'].file)), { level: 9 }).length;
  checkBudget(
    CHUNK_SCRIPTS['finder-engine'].file,
    engine,
    ENGINE_BUDGET_BYTES,
    'load what a search does not always need as a part of its own, as word search and the full pack check are',
  );
}

function checkBudget(file: string, gzipBytes: number, budget: number, whatToDo: string): void {
  const kilobytes = `${budget / 1024} KB`;
  if (gzipBytes > budget) {
    console.error(
      `${file} is ${gzipBytes} bytes gzip, over its budget of ${budget} bytes (${kilobytes}) by ${gzipBytes - budget}: ${whatToDo}.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`${file} is ${gzipBytes} bytes gzip, within its budget of ${budget} bytes (${kilobytes}).`);
  }
}

copyDemoPages();
copyWidgetData();
console.log(`The files a practice uploads: ${writeWidgetDownload()}`);
checkWidgetSize();
