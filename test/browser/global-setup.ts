import { existsSync } from 'node:fs';

// `npm test` runs scripts/ensure-chromium.ts and builds first; this catches running vitest on its own.
export default function checkBrowserTestsCanRun(): void {
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error('Browser tests need Chromium: run "npx tsx scripts/ensure-chromium.ts" first.');
  }
  if (!existsSync('dist/site/signpost.js')) {
    throw new Error('Browser tests use the built widget: run "npm run build" first.');
  }
}
