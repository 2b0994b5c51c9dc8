/**
 * Directory figures for `npm run bench` (issues 10 and 15): the libraries pack's size per area, pulling a
 * 5,000-service loopback feed, importing 100,000 records, nearest 10 against raw geokdbush, word search
 * over 100,000, and loading a checked 10,000-resource pack against JSON.parse. Each figure is a median of
 * at least 10 runs with its min and max, the two sides of a ratio taking turns.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { around } from 'geokdbush';
import { loadAnyPack } from '../shared/directory/load-any-pack.ts';
import { createDirectory } from '../shared/find/create-directory.ts';
import { findNearby } from '../shared/find/find-nearby.ts';
import { createTextIndex } from '../shared/find/create-text-index.ts';
import { textIndexByArea } from '../shared/find/text-index-by-area.ts';
import { KILOMETRES_PER_MILE } from '../shared/geo/miles-between.ts';
import { interleaved, row, spread, spreadText } from './measure.ts';
import { outcodeCentrePoints, syntheticResources } from './synthetic-directory.ts';

const RUNS = 10;

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function benchLibrariesPack(): void {
  const folder = 'shared/directory/packs/libraries';
  const sizes = readdirSync(folder)
    .filter((name) => /^[A-Z]{1,2}\.json$/.test(name))
    .map((name) => ({ name, gzip: gzipSync(readFileSync(join(folder, name)), { level: 9 }).length }));
  const all = spread(sizes.map((size) => size.gzip));
  const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
  row(
    `Libraries pack, per postcode area (${sizes.length} areas, gzip)`,
    `median ${kilobytes(all.median)} (${kilobytes(all.min)}-${kilobytes(all.max)})`,
  );
  row('  all areas together (what one search never fetches)', kilobytes(total));
  for (const area of ['LS', 'CF', 'TR', 'WC'])
    row(`  ${area}.json`, kilobytes(sizes.find((size) => size.name === `${area}.json`)?.gzip ?? 0));
}

/** 5,000 shallow services over 50 pages of a loopback v3 feed, each with a detail page. */
async function benchPull(): Promise<void> {
  const detail = (id: string) => ({
    id,
    name: `Service ${id}`,
    status: 'active',
    last_modified: '2026-01-01',
    description: 'Help with phones and tablets.',
    service_at_locations: [{ id: `s-${id}`, location: { id: `l-${id}`, latitude: 53.38, longitude: -1.47 } }],
  });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const id = /\/services\/(.+)$/.exec(url.pathname)?.[1];
    const page = Number(url.searchParams.get('page'));
    const body = id
      ? detail(id)
      : {
          total_pages: 50,
          page_number: page,
          contents: Array.from({ length: 100 }, (_, n) => ({
            id: `${page}-${n}`,
            name: `Service ${page}-${n}`,
            status: 'active',
            last_modified: '2026-01-01',
          })),
        };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
  // The server answers in this process while the pull runs in a child, so both run at once.
  const run = await timedCommand([
    'pull',
    feed,
    '--out',
    join(mkdtempSync(join(tmpdir(), 'bench-pull-')), 'pack.json'),
  ]);
  server.close();
  row(
    'Pull a 5,000-service loopback feed (50 pages + 5,000 details)',
    `${run.seconds.toFixed(1)} s, peak ${run.peakMb.toFixed(0)} MB (exit ${run.code})`,
  );
}

/**
 * A child process running the command line, without blocking this process (a loopback feed may be
 * answering from here): its wall time and peak memory (max resident set).
 */
function timedCommand(args: string[]): Promise<{ seconds: number; peakMb: number; code: number | null }> {
  const script = `const started = performance.now();
const { register } = await import('tsx/esm/api'); register();
const { main } = await import('./cli/main.ts');
const code = await main(${JSON.stringify(args)}, { out() {}, err() {} });
process.stdout.write(JSON.stringify({ seconds: (performance.now() - started) / 1000, peakMb: process.resourceUsage().maxRSS / 1024, code }));`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', () => resolve(JSON.parse(out)));
  });
}

async function benchImport(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const services = outcodeCentrePoints(100_000, 11).map(({ latitude, longitude }, index) => ({
    id: `svc-${index}`,
    name: index % 3 === 0 ? `Food bank ${index}` : `Computer club ${index}`,
    description: '<p>Drop in for help with phones, tablets and forms.</p>',
    status: 'active',
    url: `https://example.org/${index}`,
    last_modified: '2026-01-01',
    attributes:
      index % 2 === 0 ? [{ taxonomy_term: { id: 'http://id.esd.org.uk/service/1818', name: 'Food banks' } }] : [],
    service_at_locations: [{ id: `sal-${index}`, location: { id: `loc-${index}`, latitude, longitude } }],
    schedules: [{ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '10:00', closes_at: '12:00' }],
  }));
  writeFileSync(join(folder, 'feed.json'), JSON.stringify({ contents: services }));
  const run = await timedCommand(['import', join(folder, 'feed.json'), '--out', join(folder, 'pack.json')]);
  row(
    'Import 100,000 Open Referral UK records',
    `${run.seconds.toFixed(1)} s, peak ${run.peakMb.toFixed(0)} MB (exit ${run.code})`,
  );
}

function benchNearestAgainstRaw(): void {
  const resources = syntheticResources(100_000);
  const directory = createDirectory(resources);
  const queries = outcodeCentrePoints(200, 7);
  const km = 10 * KILOMETRES_PER_MILE;
  const each = (work: (query: (typeof queries)[number]) => unknown) => () => queries.forEach(work);
  const perQuery = 1000 / queries.length;
  const [ours, raw] = interleaved(RUNS, [
    each((query) => findNearby(directory, query, { radiusMiles: 10, limit: 10 })),
    each((query) => around(directory.index, query.longitude, query.latitude, 10, km)),
  ]);
  row('Nearest 10 within 10 miles, 100k places (findNearby)', spreadText(ours!, perQuery, 1, 'µs'));
  row(
    '  raw geokdbush.around on the same index (peer)',
    `${spreadText(raw!, perQuery, 1, 'µs')}: ${(ours!.median / raw!.median).toFixed(2)}x (goal at most 1.5x)`,
  );
  const [oursCategory, rawCategory] = interleaved(RUNS, [
    each((query) => findNearby(directory, query, { radiusMiles: 10, limit: 10, categories: ['digital-skills'] })),
    each((query) =>
      around(directory.index, query.longitude, query.latitude, 10, km, (id: number) =>
        directory.places[id]!.categories.includes('digital-skills'),
      ),
    ),
  ]);
  row('  the same with a category filter (findNearby)', spreadText(oursCategory!, perQuery, 1, 'µs'));
  row(
    '  raw geokdbush.around with the same filter (peer)',
    `${spreadText(rawCategory!, perQuery, 1, 'µs')}: ${(oursCategory!.median / rawCategory!.median).toFixed(2)}x (goal at most 1.5x)`,
  );

  // Word search: the index is built per map cell when a search first needs it, never for all 100k.
  const point = queries[0]!;
  const buildAndFirst = spread(
    Array.from({ length: RUNS }, () => {
      const fresh = textIndexByArea(resources, createTextIndex);
      const start = performance.now();
      fresh.matching('help phones', point, 10);
      return performance.now() - start;
    }),
  );
  const index = textIndexByArea(resources, createTextIndex);
  queries.slice(0, 20).forEach((query) => index.matching('help', query, 10));
  const words = ['computer', 'phones', 'forms', 'comunity'];
  const [search, scan] = interleaved(RUNS, [
    () => queries.slice(0, 20).forEach((query, n) => index.matching(words[n % words.length]!, query, 10)),
    () =>
      queries
        .slice(0, 20)
        .forEach((_query, n) =>
          resources.filter((resource) => resource.description?.includes(words[n % words.length]!)),
        ),
  ]);
  row('Word search over 100k, first search in an area (builds its cells)', spreadText(buildAndFirst));
  row('  later searches nearby (a query)', `${spreadText(search!, 1 / 20, 2)} (goal at most 5 ms)`);
  row('  a substring scan of all 100k (baseline)', spreadText(scan!, 1 / 20, 2));
}

function benchCheckedPack(): void {
  const text = JSON.stringify({
    format: 'signpost-pack',
    version: 1,
    publisher: 'Bench',
    area: 'Great Britain',
    generated: '2026-11-01',
    checked: true,
    resources: syntheticResources(10_000, 3),
  });
  const [load, parse] = interleaved(RUNS, [
    () => {
      const loaded = loadAnyPack(JSON.parse(text));
      if (!loaded.ok || loaded.counts.leftOut > 0) throw new Error('The bench pack should load cleanly.');
    },
    () => JSON.parse(text),
  ]);
  row('Load and check a checked 10,000-resource pack (quick check)', spreadText(load!));
  row(
    '  JSON.parse alone (baseline)',
    `${spreadText(parse!)}: ${(load!.median / parse!.median).toFixed(2)}x (goal at most 3x)`,
  );
}

export async function benchDirectoryData(): Promise<void> {
  console.log('\nDirectory data (issues 10 and 15)');
  benchLibrariesPack();
  benchNearestAgainstRaw();
  benchCheckedPack();
  await benchPull();
  await benchImport();
}
