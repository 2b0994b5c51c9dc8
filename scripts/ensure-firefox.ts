/**
 * Installs Debian's Firefox ESR for the Firefox check (test/entrypoints/firefox.browser.test.ts) when it is
 * missing (scripts/debian-browser.ts). After Chromium, which brings most of the libraries both need.
 */
import { ensureDebianBrowser } from './debian-browser.ts';

export const FIREFOX = '/usr/bin/firefox-esr';

ensureDebianBrowser({ name: 'Firefox ESR', program: FIREFOX, debianPackage: 'firefox-esr', takes: 'about 20 seconds' });
