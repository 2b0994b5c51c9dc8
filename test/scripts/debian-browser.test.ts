import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureDebianBrowser, type Machine } from '../../scripts/debian-browser.ts';

/** A machine that has the programs in `present`, records the commands run, and fails those containing `failing`. */
function machine({ present = [] as string[], asRoot = true, failing = '' } = {}): Machine & { commands: string[][] } {
  const commands: string[][] = [];
  return {
    commands,
    asRoot,
    exists: (path) => present.includes(path),
    run: (command, args) => {
      commands.push([command, ...args]);
      if (failing && [command, ...args].join(' ').includes(failing)) throw new Error('exit 100');
    },
  };
}

const FIREFOX = {
  name: 'Firefox ESR',
  program: '/usr/bin/firefox-esr',
  debianPackage: 'firefox-esr',
  takes: 'a while',
};

let said: string[];
let exit: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  said = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void said.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void said.push(line));
  exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('installing a Debian browser for the browser tests', () => {
  it('does nothing when the browser is there', () => {
    const here = machine({ present: ['/usr/bin/firefox-esr'] });
    ensureDebianBrowser(FIREFOX, here);
    expect(here.commands).toEqual([]);
    expect(said).toEqual([]);
  });

  it('installs the Debian package when the browser is missing, and says so first', () => {
    const here = machine();
    ensureDebianBrowser(FIREFOX, here);
    expect(here.commands).toEqual([
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', 'firefox-esr'],
    ]);
    expect(said).toEqual(["Firefox ESR is missing: installing Debian's firefox-esr package (a while)..."]);
    expect(exit).not.toHaveBeenCalled();
  });

  it('asks sudo without a password prompt when not root, so a test run never hangs', () => {
    const here = machine({ asRoot: false });
    ensureDebianBrowser(FIREFOX, here);
    expect(here.commands.map((command) => command.slice(0, 3))).toEqual([
      ['sudo', '-n', 'apt-get'],
      ['sudo', '-n', 'apt-get'],
    ]);
  });

  it('stops with one line saying what to do when it cannot install', () => {
    ensureDebianBrowser(FIREFOX, machine({ asRoot: false, failing: 'install' }));
    expect(said.at(-1)).toBe(
      'Browser tests need Firefox ESR at /usr/bin/firefox-esr: run "sudo apt-get install -y firefox-esr", then npm test again.',
    );
    expect(exit).toHaveBeenCalledWith(1);
  });
});

describe('no browser downloads', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, { hasInstallScript?: boolean }>;
  };
  const installed = (name: string) => lock.packages[`node_modules/${name}`];

  it('installs no package that downloads a browser when npm installs it', () => {
    // puppeteer and playwright fetch their own browsers in an install script; the -core packages never do.
    const downloaders = ['puppeteer', 'playwright', '@playwright/test', 'playwright-chromium', 'playwright-firefox'];
    expect(downloaders.filter(installed)).toEqual([]);
    for (const driver of ['puppeteer-core', '@puppeteer/browsers', 'playwright-core']) {
      expect(installed(driver), driver).toBeDefined();
      expect(installed(driver)?.hasInstallScript, driver).toBeUndefined();
    }
  });
});
