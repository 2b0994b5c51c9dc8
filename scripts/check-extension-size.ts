/**
 * The extension's byte budgets, checked on every `npm run build` after the whole build is written (so an
 * over-budget build still leaves everything to test), with a non-zero exit when one is over. A page's first
 * screen is what its HTML loads before it draws: its script with every chunk that script imports
 * statically, and its stylesheets. Parts the page imports later (`import()`) are not counted, as they load
 * when used. Sizes are gzip at level 9, as Chrome's own files are never served: this is the honest measure
 * of how much code a page parses, comparable with the widget's budget (scripts/build-site.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const EXTENSION = '.output/chrome-mv3';
const KB = 1024;

interface Budget {
  what: string;
  /** An HTML page (its first screen) or one script file. */
  file: string;
  /** The most it may be, gzipped; no number means only its size is shown. */
  bytes?: number;
  /** Words that only the named code holds: that code must load later, not with the first screen. */
  mustNotHold?: Record<string, string>;
}

/** The budgets of issue 15 ("Performance"): page guide 9 KB, popup 10 KB, side panel's first screen 50 KB. */
export const EXTENSION_BUDGETS: readonly Budget[] = [
  { what: 'Page guide (guide.js)', file: 'guide.js', bytes: 9 * KB },
  { what: 'Teaching script (teach.js), put in only to teach', file: 'teach.js', bytes: 9 * KB },
  { what: 'Popup, to draw its button', file: 'popup.html', bytes: 10 * KB },
  { what: "Side panel's first screen", file: 'sidepanel.html', bytes: 50 * KB },
  {
    what: "Options page's first screen",
    file: 'options.html',
    // The readability libraries (syllable's word list) and the file import (Papa Parse) load when used.
    mustNotHold: { abruzzese: 'the readability libraries', __parsed_extra: 'the spreadsheet importer' },
  },
];

/** Chunks a script imports statically, by file name (minified `import{a as b}from"./x.js"` or `import"./x.js"`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)].map(
    (match) => match[1]!,
  );
}

/** Every file a page loads before it draws, relative to the extension's folder. */
export function firstScreenFiles(extension: string, page: string): string[] {
  const html = readFileSync(join(extension, page), 'utf8');
  const linked = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="\/([^"]+)"/g)].map((match) => match[1]!);
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (!file.endsWith('.js')) return;
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const imported of staticImports(readFileSync(join(extension, file), 'utf8'))) visit(folder + imported);
  };
  linked.forEach(visit);
  return [...files];
}

export interface Measured extends Budget {
  gzipBytes: number;
  /** What must load later but was found in the first screen. */
  heldTooEarly: string[];
}

export function measureBudgets(extension = EXTENSION): Measured[] {
  return EXTENSION_BUDGETS.map((budget) => {
    const files = budget.file.endsWith('.html') ? firstScreenFiles(extension, budget.file) : [budget.file];
    const contents = files.map((file) => readFileSync(join(extension, file)));
    const text = contents.map((content) => content.toString('utf8')).join('\n');
    const heldTooEarly = Object.entries(budget.mustNotHold ?? {})
      .filter(([marker]) => text.includes(marker))
      .map(([, what]) => what);
    return {
      ...budget,
      gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
      heldTooEarly,
    };
  });
}

function main(): void {
  if (!existsSync(EXTENSION)) {
    console.error(`No extension build in ${EXTENSION}: run "npx wxt build" first.`);
    process.exitCode = 1;
    return;
  }
  console.log('\nExtension byte budgets (gzip, level 9):');
  for (const measured of measureBudgets()) {
    const over = measured.bytes !== undefined && measured.gzipBytes > measured.bytes;
    const budget = measured.bytes === undefined ? 'no budget' : `of ${measured.bytes} B`;
    console.log(
      `  ${measured.what.padEnd(52)} ${String(measured.gzipBytes).padStart(6)} B ${budget}${over ? '  OVER' : ''}`,
    );
    if (over) {
      console.error(
        `${measured.what} is ${measured.gzipBytes} bytes gzip, over its budget of ${measured.bytes} by ${measured.gzipBytes - measured.bytes!}: load more of it later, with import().`,
      );
      process.exitCode = 1;
    }
    for (const what of measured.heldTooEarly) {
      console.error(`${measured.what} holds ${what}, which must load only when used (with import()).`);
      process.exitCode = 1;
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
