/**
 * Browser tests drive Debian's own browsers, never a downloaded one (downloads fail on these machines).
 * Installs a browser's Debian package when its program is missing (as root, or through `sudo -n`), or stops
 * with one line saying what to do.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export interface DebianBrowser {
  /** What people call it: "Chromium". */
  name: string;
  /** Where the package puts the program the tests launch. */
  program: string;
  debianPackage: string;
  /** How long installing took on a 2-core machine, for the line printed first. */
  takes: string;
}

/** What installing touches on the machine: given by the tests, the real thing otherwise. */
export interface Machine {
  exists(path: string): boolean;
  run(command: string, args: string[]): void;
  asRoot: boolean;
}

const THIS_MACHINE: Machine = {
  exists: existsSync,
  run: (command, args) =>
    void execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }),
  asRoot: process.getuid?.() === 0,
};

function install({ name, debianPackage, takes }: DebianBrowser, machine: Machine): void {
  const sudo = machine.asRoot ? [] : ['sudo', '-n'];
  const run = (args: string[]) => {
    const [command, ...rest] = [...sudo, ...args];
    machine.run(command!, rest);
  };
  console.log(`${name} is missing: installing Debian's ${debianPackage} package (${takes})...`);
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', debianPackage]);
}

/** Makes sure `browser` is installed; exits the process with one line of advice when it cannot be. */
export function ensureDebianBrowser(browser: DebianBrowser, machine = THIS_MACHINE): void {
  if (machine.exists(browser.program)) return;
  try {
    install(browser, machine);
  } catch {
    console.error(
      `Browser tests need ${browser.name} at ${browser.program}: run "sudo apt-get install -y ${browser.debianPackage}", then npm test again.`,
    );
    process.exit(1);
  }
}
