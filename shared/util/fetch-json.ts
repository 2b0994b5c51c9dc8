import { ownData } from './own-data.ts';

export type FetchJsonResult =
  | { ok: true; status: number; data: unknown }
  /**
   * `problem` is for the site owner's console, in plain words; the HTTP status is kept when there was one,
   * and a server's Retry-After header (seconds or a date) when it sent one, for callers that try again.
   */
  | { ok: false; status?: number; problem: string; retryAfter?: string };

/**
 * GETs a URL and reads its JSON body, giving up after `timeoutMs` milliseconds (reading the body counts too).
 * Every failure is `{ ok: false }` with what went wrong, never a throw: offline or timed out, an HTTP error
 * (404 kept apart from "broken" by its status), an answer from another site than the one asked (a redirect
 * elsewhere: the site owner chose where data comes from, nobody else), a web page instead of data, or a
 * body that is not JSON. The data comes back with no prototypes (shared/util/own-data.ts).
 */
export async function fetchJson(
  url: string,
  timeoutMs: number,
  fetchFn: typeof fetch = globalThis.fetch,
): Promise<FetchJsonResult> {
  const controller = new AbortController();
  // Racing as well as aborting: a fetch that ignores its signal must not hold a resident's search.
  const timedOut = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('timed out')));
  });
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let status: number | undefined;
  try {
    // No cookies and no referrer: the address being typed is the only thing that leaves the page.
    const request = fetchFn(url, { signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
    const response = await Promise.race([request, timedOut]);
    status = response.status;
    const refused = refusal(url, response);
    const retryAfter = response.headers.get('retry-after') ?? undefined;
    if (refused) return { ok: false, status, problem: refused, ...(retryAfter === undefined ? {} : { retryAfter }) };
    try {
      return { ok: true, status, data: ownData(await Promise.race([response.json(), timedOut])) };
    } catch (error) {
      if (controller.signal.aborted) throw error;
      return { ok: false, status, problem: `${url} is not JSON data.` };
    }
  } catch {
    return {
      ok: false,
      status,
      problem: controller.signal.aborted
        ? `${url} did not answer within ${timeoutMs / 1000} seconds.`
        : `${url} could not be reached (offline, blocked, or not allowed from this site).`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Why an answer may not be used, or undefined when it may. */
function refusal(asked: string, response: Response): string | undefined {
  const answeredFrom = response.url ? new URL(response.url).origin : undefined;
  const askedOf = new URL(asked, globalThis.location?.href).origin;
  if (answeredFrom !== undefined && answeredFrom !== askedOf)
    return `${asked} sent Signpost on to ${answeredFrom}, another site: Signpost only uses data from the site it was given.`;
  if (!response.ok)
    return `${asked} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
  if (/^\s*(text\/html|application\/xhtml\+xml)/i.test(response.headers.get('content-type') ?? ''))
    return `${asked} is a web page, not JSON data: check the address.`;
  return undefined;
}
