import { describe, expect, it, vi } from 'vitest';
import { fetchedOutcodes } from '../../../shared/postcode/fetched-outcodes.ts';

const BASE = 'https://example.org/signpost/outcodes/';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

describe('fetchedOutcodes', () => {
  it('fetches <base>/<AREA>.json and returns its outcode centres', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => json({ S1: [53.3806, -1.4695] }));
    expect(await fetchedOutcodes(BASE, { fetch })('S')).toEqual({ ok: true, centroids: { S1: [53.3806, -1.4695] } });
    expect(fetch.mock.calls[0]?.[0]).toBe('https://example.org/signpost/outcodes/S.json');
  });

  it('fetches each area once, however many searches follow', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => json({ S1: [53.3806, -1.4695] }));
    const table = fetchedOutcodes(BASE, { fetch });
    await table('S');
    await table('S');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failure', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => Promise.reject(new TypeError('offline')));
    const table = fetchedOutcodes(BASE, { fetch });
    expect(await table('S')).toMatchObject({ ok: false, kind: 'table-unavailable' });
    fetch.mockImplementation(async () => json({ S1: [53.3806, -1.4695] }));
    expect(await table('S')).toMatchObject({ ok: true });
  });

  it('treats a 404 as an area with no outcodes', async () => {
    const fetch = async () => json({ error: 'not found' }, 404);
    expect(await fetchedOutcodes(BASE, { fetch })('BT')).toEqual({ ok: true, centroids: {} });
  });

  it('never requests a file for something that is not an area', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    expect(await fetchedOutcodes(BASE, { fetch })('../secrets')).toEqual({ ok: true, centroids: {} });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    ['a server error', async () => json({}, 500)],
    ['a reply that is not JSON', async () => new Response('<html>', { status: 200 })],
    ['a file of the wrong shape', async () => json({ S1: 'Sheffield' })],
    ['a centre outside Great Britain', async () => json({ S1: [40.7, -74] })],
    ['a slow server', () => new Promise<Response>(() => {})],
  ])('says the table is unavailable after %s', async (_what, fetch: typeof globalThis.fetch) => {
    expect(await fetchedOutcodes(BASE, { fetch, timeoutMs: 20 })('S')).toMatchObject({
      ok: false,
      kind: 'table-unavailable',
      showRemoteHelp: true,
    });
  });
});
