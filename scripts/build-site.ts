/**
 * Puts the demo practice website together around the built widget (dist/site/signpost.js), copies the
 * data the widget loads on demand beside it, and checks the widget's size budget on every build.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const SITE = 'dist/site';
const DATA = join(SITE, 'signpost-data');
/** The widget's initial script, code and CSS, gzipped (issue: at most 15 KB). */
const BUDGET_BYTES = 15 * 1024;

function copyDemoPages(): void {
  cpSync('widget/demo', SITE, { recursive: true });
}

function copyWidgetData(): void {
  mkdirSync(join(DATA, 'packs'), { recursive: true });
  cpSync('shared/postcode/outcodes', join(DATA, 'outcodes'), { recursive: true });
  for (const file of readdirSync('shared/directory/packs').filter((name) => name.endsWith('.json'))) {
    copyFileSync(join('shared/directory/packs', file), join(DATA, 'packs', file));
  }
}

function checkWidgetSize(): void {
  const script = readFileSync(join(SITE, 'signpost.js'));
  const gzipped = gzipSync(script, { level: 9 }).length;
  const integrity = `sha384-${createHash('sha384').update(script).digest('base64')}`;
  console.log(`Widget: ${(gzipped / 1024).toFixed(1)} KB gzip of ${(BUDGET_BYTES / 1024).toFixed(0)} KB budget (${(script.length / 1024).toFixed(1)} KB raw)`);
  console.log(`Widget integrity (SRI): ${integrity}`);
  if (gzipped > BUDGET_BYTES) {
    // Reported, not yet enforced: the first cut carries the whole search engine (open issue: the widget).
    console.warn(`The widget is over its size budget by ${gzipped - BUDGET_BYTES} bytes.`);
  }
}

copyDemoPages();
copyWidgetData();
checkWidgetSize();
