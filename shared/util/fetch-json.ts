export type FetchJsonResult = { ok: true; status: number; data: unknown } | { ok: false; status?: number };

/**
 * GETs a URL and reads its JSON body, giving up after `timeoutMs` milliseconds (reading the body counts too).
 * Every failure (network, timeout, bad JSON) is `{ ok: false }`, never a throw; the HTTP status is kept
 * when there was one, so callers can tell "not found" (404) from "broken".
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
    return { ok: true, status, data: await Promise.race([response.json(), timedOut]) };
  } catch {
    return { ok: false, status };
  } finally {
    clearTimeout(timer);
  }
}
