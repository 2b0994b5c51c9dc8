/*
 * When a helper teaches Signpost where a thing is, it keeps the page's address as a pattern a learning path
 * can hold (OnPageSchema's site and page), not the address itself: the part after "?" or "#" may hold a
 * search, a name or a code, and numbers and ids in the path differ from person to person
 * ("/prescriptions/58213/order" is "/prescriptions/*\/order" for everyone).
 */

/** A path segment that is all one id: a UUID, a long run of hex, or a long mix of letters and digits (a token). */
const WHOLE_ID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{12,}|(?=[^/]*\d)[\w-]{20,})$/i;

/** "58213" → "*", "page-2" → "page-*", "step2of5" → "step*of*", "login.html" → "login.html". */
function generalise(segment: string): string {
  if (WHOLE_ID.test(segment)) return '*';
  return segment.replace(/\d+/g, '*');
}

/** A page address as a step's site and page: "https://www.nhsapp.service.nhs.uk" and "/prescriptions/*\/order". */
export interface PagePattern {
  site: string;
  page: string;
}

/**
 * The site (scheme and host, no port: a local test server's port changes, and a site with no port fits
 * any) and the page (the path, ids and numbers as "*") of an http(s) address. Never keeps the query or
 * fragment. Undefined for an address that is not http(s), cannot be read, or has a host a site can't name.
 */
export function pagePattern(address: string): PagePattern | undefined {
  if (!URL.canParse(address)) return undefined;
  const url = new URL(address);
  // Hosts a step's site can name (OnPageSchema): not an IPv6 address or a name with "_".
  if (!/^https?:$/.test(url.protocol) || !/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(url.hostname)) return undefined;
  const page = url.pathname
    .split('/')
    .map((segment) => generalise(segment))
    .join('/')
    // OnPageSchema's page may not hold spaces, "?" or "#": an encoded one stays encoded, anything else left over is "*".
    .replace(/[\s?#]/g, '*');
  return { site: `${url.protocol}//${url.hostname}`, page: page || '/' };
}
