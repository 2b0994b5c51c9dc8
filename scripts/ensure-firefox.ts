/**
 * Installs Debian's Firefox ESR for the Firefox check (test/entrypoints/firefox-add-on.browser.test.ts) when it is
 * missing (scripts/debian-browser.ts): 34 packages, 37 s on a busy 2-core machine with Chromium already there.
 */
import { ensureDebianBrowser } from './debian-browser.ts';

export const FIREFOX = '/usr/bin/firefox-esr';

ensureDebianBrowser({ name: 'Firefox ESR', program: FIREFOX, debianPackage: 'firefox-esr', takes: 'about 30 seconds' });
