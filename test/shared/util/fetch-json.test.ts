import { describe, expect, it } from 'vitest';
import { fetchJson } from '../../../shared/util/fetch-json.ts';

/** A fetch that answers every request with `body`, as if it came from `from` (after any redirects). */
function answering(body: string, init: ResponseInit & { from?: string } = {}): typeof fetch {
  return async (input) => {
    const response = new Response(body, init);
    Object.defineProperty(response, 'url', { value: init.from ?? String(input) });
    return response;
  };
}

const PACK = 'https://practice.example/signpost-data/pack.json';

describe('fetching JSON data the site owner named', () => {
  it('reads JSON from the address asked, or from another page of the same site it was sent on to', async () => {
    expect(await fetchJson(PACK, 1000, answering('{"a":1}'))).toEqual({ ok: true, status: 200, data: { a: 1 } });
    const moved = answering('{"a":1}', { from: 'https://practice.example/new/pack.json' });
    expect(await fetchJson(PACK, 1000, moved)).toMatchObject({ ok: true, data: { a: 1 } });
  });

  it('refuses an answer that a redirect brought from another site, and says where it came from', async () => {
    const elsewhere = answering('{"resources":[]}', { from: 'https://evil.example/pack.json' });
    expect(await fetchJson(PACK, 1000, elsewhere)).toEqual({
      ok: false,
      status: 200,
      problem: `${PACK} sent Signpost on to https://evil.example, another site: Signpost only uses data from the site it was given.`,
    });
  });

  it('refuses a web page, even one whose body happens to be JSON', async () => {
    const page = answering('{"resources":[]}', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(await fetchJson(PACK, 1000, page)).toEqual({
      ok: false,
      status: 200,
      problem: `${PACK} is a web page, not JSON data: check the address.`,
    });
  });

  it('says plainly when the body is not JSON, the address is missing, or nothing answers in time', async () => {
    expect(await fetchJson(PACK, 1000, answering('<html>'))).toMatchObject({
      ok: false,
      problem: `${PACK} is not JSON data.`,
    });
    expect(await fetchJson(PACK, 1000, answering('{}', { status: 404, statusText: 'Not Found' }))).toEqual({
      ok: false,
      status: 404,
      problem: `${PACK} answered 404 Not Found.`,
    });
    const never: typeof fetch = () => new Promise(() => undefined);
    expect(await fetchJson(PACK, 20, never)).toEqual({
      ok: false,
      status: undefined,
      problem: `${PACK} did not answer within 0.02 seconds.`,
    });
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await fetchJson(PACK, 1000, offline)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('could not be reached'),
    });
  });

  it('gives back data in which a missing field stays missing, whatever the page added to Object.prototype', async () => {
    Object.defineProperty(Object.prototype, 'directory', {
      value: 'https://elsewhere.example.org/',
      configurable: true,
    });
    try {
      const answer = await fetchJson(PACK, 1000, answering('{"settings":{"radius":5},"list":[{"name":"x"}]}'));
      const data = answer.ok
        ? (answer.data as { settings: Record<string, unknown>; list: Record<string, unknown>[] })
        : undefined;
      expect(data?.settings.directory).toBeUndefined();
      expect(data?.list[0]?.directory).toBeUndefined();
      expect(data?.settings.radius).toBe(5);
    } finally {
      delete (Object.prototype as Record<string, unknown>).directory;
    }
  });
});
