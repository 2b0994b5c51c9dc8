#!/usr/bin/env node
// The `signpost` command. tsx runs the TypeScript sources directly, so the command works straight
// after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  isTerminal: process.stderr.isTTY === true,
  // \r goes back to the start of the line and ESC[K clears what a longer line left behind.
  progress: (line) => process.stderr.write(`\r${line}\u001b[K`),
});
