import type { OnPage } from './learning-path.ts';

/*
 * What a step's `site` and `page` patterns mean (see OnPageSchema): the site is an origin, with "*." for
 * any subdomain and no port meaning any port; the page is a path where "*" stands for any characters.
 * Query strings and fragments never count, so a search or a "#maincontent" jump keeps the step on screen.
 */

const SITE_PARTS = /^(https?:)\/\/(\*\.)?([^:/]+)(?::(\d+))?$/;

function parseUrl(url: string): URL | undefined {
  return URL.canParse(url) ? new URL(url) : undefined;
}

function globMatches(glob: string, text: string): boolean {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(text);
}

function siteMatches(site: string, url: URL): boolean {
  const [, protocol, anySubdomain, host, port] = SITE_PARTS.exec(site) ?? [];
  if (protocol === undefined || host === undefined || url.protocol !== protocol) return false;
  const hostMatches = url.hostname === host || (anySubdomain !== undefined && url.hostname.endsWith(`.${host}`));
  return hostMatches && (port === undefined || url.port === port);
}

/** True when `url`'s path fits a page pattern like "*\/login.html" or "/prescriptions/*". False for a bad URL. */
export function pageMatches(pattern: string, url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== undefined && globMatches(pattern, parsed.pathname);
}

/** True when `url` is on the step's site and, if it names one, its page. False for a bad URL. */
export function isOnPage(onPage: Pick<OnPage, 'site' | 'page'>, url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === undefined || !siteMatches(onPage.site, parsed)) return false;
  return onPage.page === undefined || globMatches(onPage.page, parsed.pathname);
}
