// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pullCommand, PULL_DEFAULTS } from '../../../cli/commands/pull.ts';
import { loadPack } from '../../../shared/directory/load-pack.ts';
import { fakeIo } from './fake-io.ts';

/*
 * `signpost pull` against a loopback Open Referral UK server of the test's own, serving the shapes real
 * feeds serve (../shared/notes/real-feeds.md): shallow v3 lists with detail pages, v1 pages, a feed with no
 * totals, a page that fails twice then answers, a 429 with Retry-After, a service that never answers.
 */

type Route = (request: IncomingMessage, response: ServerResponse) => void;
let server: Server | undefined;
let requests: string[] = [];

async function serve(route: Route): Promise<string> {
  requests = [];
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    route(request, response);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/api/v3`;
}

afterEach(async () => {
  const running = server;
  server = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

const json = (response: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}) =>
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

/** A shallow list entry, as Bristol's feed gives them: no place, contact or times. */
const listEntry = (id: string) => ({ id, name: `Service ${id}`, status: 'active', last_modified: '2026-01-01' });
/** The same service's own page, with its place. */
const detail = (id: string) => ({
  ...listEntry(id),
  description: 'Help with phones and tablets: digital skills for beginners.',
  service_at_locations: [
    {
      id: `sal-${id}`,
      location: {
        id: `loc-${id}`,
        name: 'Hub',
        latitude: 53.38,
        longitude: -1.47,
        addresses: [{ address_1: '1 Example Street', city: 'Sheffield', postal_code: 'S1 2HE' }],
      },
    },
  ],
});
const v3Page = (ids: string[], page: number, totalPages?: number) => ({
  ...(totalPages === undefined ? {} : { total_items: ids.length * totalPages, total_pages: totalPages }),
  page_number: page,
  size: ids.length,
  first_page: page === 1,
  last_page: totalPages !== undefined && page === totalPages,
  empty: ids.length === 0,
  contents: ids.map(listEntry),
});

/** A v3 feed of `pages` pages of three shallow services, with a detail page for each. */
function v3Feed(
  pages: number,
  options: { totals?: boolean; onPage?: (page: number, response: ServerResponse) => boolean } = {},
): Route {
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const detailId = /\/services\/([^/]+)$/.exec(url.pathname)?.[1];
    if (detailId) return json(response, detail(decodeURIComponent(detailId)));
    if (!url.pathname.endsWith('/services')) return json(response, { error: 'no' }, 404);
    const page = Number(url.searchParams.get('page'));
    if (options.onPage?.(page, response)) return;
    const ids = page <= pages ? [1, 2, 3].map((n) => `p${page}-${n}`) : [];
    return json(response, v3Page(ids, page, options.totals === false ? undefined : pages));
  };
}

const QUICK = { ...PULL_DEFAULTS, timeoutMs: 300, backoffMs: 5, maxWaitMs: 5000 };
const outFile = () => join(mkdtempSync(join(tmpdir(), 'signpost-pull-')), 'pack.json');
const packAt = (path: string) => {
  const loaded = loadPack(JSON.parse(readFileSync(path, 'utf8')));
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.pack;
};

describe('signpost pull', () => {
  it('walks every v3 page, fetches each shallow service, and writes a checked pack (exit 0)', async () => {
    const feed = await serve(v3Feed(2));
    const out = outFile();
    const io = fakeIo();
    expect(await pullCommand(QUICK)([feed, '--out', out], io)).toBe(0);
    const pack = packAt(out);
    expect(pack.resources).toHaveLength(6);
    expect(pack.checked).toBe(true);
    expect(pack.resources[0]).toMatchObject({ place: { postcode: 'S1 2HE' }, categories: ['digital-skills'] });
    expect(requests.filter((url) => url.includes('/services/'))).toHaveLength(6);
    expect(io.outText.join('\n')).toContain('(Open Referral UK v3): 2 pages, 6 services, 6 details fetched.');
  });

  it('reads v1 pages (content, totalPages) the same way', async () => {
    const feed = await serve((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      const page = Number(url.searchParams.get('page'));
      json(response, {
        totalElements: 2,
        totalPages: 2,
        number: page,
        size: 1,
        first: page === 1,
        last: page === 2,
        content: [
          {
            ...detail(`v1-${page}`),
            service_at_locations: undefined,
            regular_schedules: [{ weekday: 'Monday', opens_at: '09:00', closes_at: '12:00' }],
          },
        ],
      });
    });
    const out = outFile();
    const io = fakeIo();
    expect(await pullCommand(QUICK)([`${feed}/services`, '--out', out], io)).toBe(0);
    expect(packAt(out).resources.map((resource) => resource.hours)).toEqual([
      [{ days: ['MO'], opens: '09:00', closes: '12:00' }],
      [{ days: ['MO'], opens: '09:00', closes: '12:00' }],
    ]);
    expect(io.outText.join('\n')).toContain('Open Referral UK v1');
  });

  it('pages on to the first empty page when the feed gives no totals', async () => {
    const feed = await serve(v3Feed(3, { totals: false }));
    const out = outFile();
    expect(await pullCommand(QUICK)([feed, '--out', out], fakeIo())).toBe(0);
    expect(packAt(out).resources).toHaveLength(9);
    expect(requests.filter((url) => url.includes('page=4'))).toHaveLength(1);
  });

  it('asks again when a page fails twice, then answers', async () => {
    let failures = 0;
    const feed = await serve(
      v3Feed(2, {
        onPage: (page, response) => {
          if (page !== 2 || failures >= 2) return false;
          failures += 1;
          json(response, { error: 'busy' }, 503);
          return true;
        },
      }),
    );
    const out = outFile();
    expect(await pullCommand(QUICK)([feed, '--out', out], fakeIo())).toBe(0);
    expect(packAt(out).resources).toHaveLength(6);
    expect(requests.filter((url) => url.includes('page=2'))).toHaveLength(3);
  });

  it('waits as long as a 429 says in Retry-After, then carries on', async () => {
    let limited = false;
    const feed = await serve(
      v3Feed(1, {
        onPage: (_page, response) => {
          if (limited) return false;
          limited = true;
          json(response, { error: 'slow down' }, 429, { 'retry-after': '2' });
          return true;
        },
      }),
    );
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    expect(await pullCommand({ ...QUICK, sleep })([feed, '--out', outFile()], fakeIo())).toBe(0);
    expect(waits).toEqual([2000]);
  });

  it('keeps a service that never answers from its list entry, names its address, and exits 1', async () => {
    const feed = await serve((request, response) => {
      if (request.url?.includes('/services/p1-2')) return; // never answers
      v3Feed(1)(request, response);
    });
    const out = outFile();
    const io = fakeIo();
    expect(await pullCommand(QUICK)([feed, '--out', out], io)).toBe(1);
    expect(packAt(out).resources).toHaveLength(3);
    const report = io.outText.join('\n');
    expect(report).toContain('1 address could not be fetched');
    expect(report).toMatch(/services\/p1-2: .*did not answer within 0\.3 seconds/);
    expect(requests.filter((url) => url.includes('/services/p1-2'))).toHaveLength(QUICK.retries + 1);
  });

  it('resumes from its cache without asking the feed again', async () => {
    const feed = await serve(v3Feed(2));
    const cache = mkdtempSync(join(tmpdir(), 'signpost-cache-'));
    expect(await pullCommand(QUICK)([feed, '--out', outFile(), '--cache', cache], fakeIo())).toBe(0);
    expect(readdirSync(cache)).toHaveLength(8);
    requests = [];
    const out = outFile();
    expect(await pullCommand(QUICK)([feed, '--out', out, '--cache', cache], fakeIo())).toBe(0);
    expect(requests).toEqual([]);
    expect(packAt(out).resources).toHaveLength(6);
  });

  it('never follows a redirect to another host', async () => {
    const other = await new Promise<Server>((resolve) => {
      const elsewhere = createServer((_request, response) => json(response, v3Page(['x'], 1, 1)));
      elsewhere.listen(0, '127.0.0.1', () => resolve(elsewhere));
    });
    const elsewhere = `http://localhost:${(other.address() as AddressInfo).port}`;
    const feed = await serve((request, response) =>
      response.writeHead(302, { location: `${elsewhere}${request.url}` }).end(),
    );
    const io = fakeIo();
    expect(await pullCommand(QUICK)([feed, '--out', outFile()], io)).toBe(1);
    expect(io.errText.join('\n')).toContain('another site');
    other.closeAllConnections();
    other.close();
  });

  it('refuses an address that is not https (except localhost), and wrong arguments, with exit 2', async () => {
    for (const args of [
      ['http://feeds.example.org/v3', '--out', 'x.json'],
      ['not an address', '--out', 'x.json'],
      ['https://feeds.example.org/v3'],
      ['https://feeds.example.org/v3', '--out', 'x.json', '--concurrency', '0'],
    ]) {
      const io = fakeIo();
      expect(await pullCommand(QUICK)(args, io), args.join(' ')).toBe(2);
      expect(io.errText.join('\n')).toContain('Usage: signpost pull');
    }
  });

  it('draws a progress bar on a terminal, and writes plain lines otherwise', async () => {
    const feed = await serve(v3Feed(1));
    const drawn: string[] = [];
    const terminal = { ...fakeIo(), isTerminal: true, progress: (line: string) => void drawn.push(line) };
    await pullCommand(QUICK)([feed, '--out', outFile()], terminal);
    expect(drawn.some((line) => /^\[#{20}\] pages 1\/1 · services 3\/3/.test(line))).toBe(true);
    const plain = fakeIo();
    await pullCommand(QUICK)([feed, '--out', outFile()], plain);
    expect(plain.errText.join('\n')).toContain('Read 1 page and fetched 3 of 3 services.');
  });
});
