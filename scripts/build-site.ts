/**
 * Puts the demo practice website together around the built widget (scripts/build-widget.ts), copies the
 * data the widget loads on demand beside it, and checks the widget's size budget on every build.
 *
 * The budget is checked with Node's own gzip rather than the size-limit package: the widget build already
 * knows each file's gzip size, and size-limit would add a dependency (and its own bundler) to say the same.
 * It is checked last, so an over-budget build still leaves a complete site to test, and exits non-zero.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SITE = 'dist/site';
const DATA = join(SITE, 'signpost-data');
/** The widget's initial script, code and CSS (the CSS is inside it), gzipped: issue 15 says at most 10 KB. */
const BUDGET_BYTES = 10 * 1024;

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
  for (const file of readdirSync('shared/directory/packs').filter((name) => name.endsWith('.json'))) {
    copyFileSync(join('shared/directory/packs', file), join(DATA, 'packs', file));
  }
}

function checkWidgetSize(): void {
  const { gzipBytes } = JSON.parse(readFileSync(join(SITE, 'signpost.json'), 'utf8')) as { gzipBytes: number };
  if (gzipBytes > BUDGET_BYTES) {
    console.error(
      `signpost.js is ${gzipBytes} bytes gzip, over its budget of ${BUDGET_BYTES} bytes (10 KB) by ${gzipBytes - BUDGET_BYTES}: move code into a later part loaded on first use (widget/chunks/load-chunk.ts).`,
    );
    process.exitCode = 1;
  } else {
    console.log(`signpost.js is ${gzipBytes} bytes gzip, within its budget of ${BUDGET_BYTES} bytes (10 KB).`);
  }
}

copyDemoPages();
copyWidgetData();
checkWidgetSize();
