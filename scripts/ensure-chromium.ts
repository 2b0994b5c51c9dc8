/**
 * Browser tests drive Debian's Chromium (never a downloaded browser: downloads fail on these machines).
 * Installs it when missing, or stops with one line saying what to do.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const CHROMIUM = '/usr/bin/chromium';

function install(): void {
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo', '-n'];
  const run = (args: string[]) => {
    const [command, ...rest] = [...sudo, ...args];
    execFileSync(command!, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  console.log("Chromium is missing: installing Debian's chromium package (about 30 seconds)...");
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'chromium']);
}

if (!existsSync(CHROMIUM)) {
  try {
    install();
  } catch {
    console.error(
      `Browser tests need Chromium at ${CHROMIUM}: run "sudo apt-get install -y chromium", then npm test again.`,
    );
    process.exit(1);
  }
}
