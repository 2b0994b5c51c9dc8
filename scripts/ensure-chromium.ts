/** Installs Debian's Chromium for the browser tests when it is missing (scripts/debian-browser.ts). */
import { ensureDebianBrowser } from './debian-browser.ts';

export const CHROMIUM = '/usr/bin/chromium';

ensureDebianBrowser({ name: 'Chromium', program: CHROMIUM, debianPackage: 'chromium', takes: 'about 30 seconds' });
