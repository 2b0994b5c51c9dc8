import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bundledOutcodes } from '../../../shared/postcode/bundled-outcodes.ts';
import { locate, type LocatedPlace } from '../../../shared/postcode/locate.ts';
import { KILOMETRES_PER_MILE, milesBetween } from '../../../shared/geo/miles-between.ts';
import { OUTCODE_TABLE_UNAVAILABLE, type OutcodeTable } from '../../../shared/postcode/outcode-table.ts';

// Tests run from the project root; ../shared sits beside it (../shared/README.md).
const SAMPLE_CSV = resolve('../shared/data/uk-postcodes-sample.csv');
const outcodes = bundledOutcodes;

async function placeOf(text: string, options: Partial<Parameters<typeof locate>[1]> = {}): Promise<LocatedPlace> {
  const result = await locate(text, { outcodes, ...options });
  if (!result.ok) throw new Error(`Expected ${text} to be found: ${result.message}`);
  return result.place;
}

describe('locate: finding a postcode from the bundled outcode table', () => {
  it.each([
    ['S1', 53.3806, -1.4695],
    ['SK14', 53.45295, -2.04701],
    ['EC1A', 51.52024, -0.10439],
    ['SW1A', 51.50197, -0.13386],
  ])('puts %s at its centre from uk-outcodes.SOURCE.md (%f, %f)', async (outcode, latitude, longitude) => {
    expect(await placeOf(outcode)).toEqual({
      latitude,
      longitude,
      label: outcode,
      precision: 'outcode',
      outcode,
      area: outcode.replace(/\d.*/, ''),
    });
  });

  it('places a full postcode at its outcode centre, labelled as the resident wrote it, tidied', async () => {
    expect(await placeOf(' s12he ')).toMatchObject({
      label: 'S1 2HE',
      precision: 'outcode',
      outcode: 'S1',
      latitude: 53.3806,
    });
  });

  it.each(['E1W', 'N1C', 'W1A'])('knows the newer London outcode %s', async (outcode) => {
    expect((await placeOf(outcode)).outcode).toBe(outcode);
  });
});

describe('locate: every real postcode in the Sheffield and Hyde sample', () => {
  const rows = readFileSync(SAMPLE_CSV, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [postcode = '', latitude = '', longitude = '', outcode = ''] = line.split(',');
      return { postcode, outcode, truth: { latitude: Number(latitude), longitude: Number(longitude) } };
    });

  it('has the 4,767 sample postcodes to check', () => {
    expect(rows).toHaveLength(4767);
  });

  it('finds each one, typed in lower case without a space, in its own outcode', async () => {
    const misplaced: string[] = [];
    for (const row of rows) {
      const place = await placeOf(row.postcode.toLowerCase().replace(' ', ''));
      if (place.label !== row.postcode || place.outcode !== row.outcode)
        misplaced.push(`${row.postcode} → ${place.label} in ${place.outcode}`);
    }
    expect(misplaced).toEqual([]);
  });

  // Measured on this sample: median 1.3 km, 95th percentile 2.8 km, worst 8.2 km (S11 7TZ: S11 runs from
  // the city out to the moors). Outcode precision is "a few streets", which is what the search can promise.
  it('puts each one near its true location: half within 2 km, 95% within 3.5 km, all within 10 km', async () => {
    const kilometres: number[] = [];
    for (const row of rows) kilometres.push(milesBetween(await placeOf(row.postcode), row.truth) * KILOMETRES_PER_MILE);
    kilometres.sort((a, b) => a - b);
    const percentile = (p: number) => kilometres[Math.floor(kilometres.length * p)] ?? Infinity;
    expect(percentile(0.5)).toBeLessThan(2);
    expect(percentile(0.95)).toBeLessThan(3.5);
    expect(kilometres.at(-1)).toBeLessThan(10);
  });
});

describe('locate: problems', () => {
  it('suggests only real places for a slip (5K14 9DJ → SK14 9DJ, not the non-existent K14)', async () => {
    expect(await locate('5K14 9DJ', { outcodes })).toMatchObject({
      ok: false,
      kind: 'typo',
      message: 'Did you mean SK14 9DJ?',
    });
  });

  it('looks in other areas for a slip in a real-looking outcode (SI0 2HE → S10 2HE)', async () => {
    expect(await locate('SI0 2HE', { outcodes })).toMatchObject({
      kind: 'unknown-outcode',
      message:
        "We don't know where SI0 is, so we can't find places near it. Did you mean S10 2HE? Phone and online help still work.",
      suggestions: ['S10 2HE'],
    });
  });

  it('says it does not know a closed outcode (WD1), and that remote help still works', async () => {
    expect(await locate('WD1 1AA', { outcodes })).toMatchObject({
      kind: 'unknown-outcode',
      outcode: 'WD1',
      showRemoteHelp: true,
    });
  });

  it.each([
    ['BT7 1NN', 'northern-ireland'],
    ['JE2 3AB', 'channel-islands'],
    ['IM1 1AA', 'isle-of-man'],
    ['BFPO 123', 'bfpo'],
  ])('shows phone and online help for %s without loading the table', async (typed, region) => {
    const table = vi.fn<OutcodeTable>();
    expect(await locate(typed, { outcodes: table })).toMatchObject({
      kind: 'unsupported-region',
      region,
      showRemoteHelp: true,
    });
    expect(table).not.toHaveBeenCalled();
  });

  it('says the map could not be loaded, and to show remote help, when the table is unreachable', async () => {
    const offline: OutcodeTable = async () => OUTCODE_TABLE_UNAVAILABLE;
    expect(await locate('S1 2HE', { outcodes: offline })).toEqual({
      ok: false,
      kind: 'table-unavailable',
      message: "We couldn't load the postcode map just now. Please try again. Phone and online help still work.",
      showRemoteHelp: true,
    });
  });

  it('loads only the area of a well-written postcode', async () => {
    const table = vi.fn<OutcodeTable>(outcodes);
    await locate('SK14 9DJ', { outcodes: table });
    expect(table.mock.calls).toEqual([['SK']]);
  });
});

describe('locate: the optional online lookup', () => {
  const BASE = 'https://postcodes.example.org';
  const answer =
    (body: unknown, status = 200) =>
    async () =>
      new Response(JSON.stringify(body), { status });
  const exact = { status: 200, result: { latitude: 53.37928, longitude: -1.46683 } };

  it('refines a full postcode to its exact location', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(answer(exact));
    expect(await placeOf('s12he', { onlineLookup: { baseUrl: `${BASE}/`, fetch } })).toMatchObject({
      latitude: 53.37928,
      longitude: -1.46683,
      precision: 'postcode',
      label: 'S1 2HE',
    });
    expect(fetch.mock.calls[0]?.[0]).toBe(`${BASE}/postcodes/S1%202HE`);
  });

  it('never sends an outcode on its own', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(answer(exact));
    expect(await placeOf('S1', { onlineLookup: { baseUrl: BASE, fetch } })).toMatchObject({ precision: 'outcode' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('never sends anything when no lookup is configured', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    expect(await placeOf('S1 2HE')).toMatchObject({ precision: 'outcode' });
    expect(fetch).not.toHaveBeenCalled();
    fetch.mockRestore();
  });

  it('never sends anything to an address that is not https', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(answer(exact));
    for (const baseUrl of ['javascript:alert(1)//', 'http://postcodes.example.org', 'ftp://postcodes.example.org']) {
      expect(await placeOf('S1 2HE', { onlineLookup: { baseUrl, fetch } })).toMatchObject({ precision: 'outcode' });
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('allows plain http only to a lookup on this same machine', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(answer(exact));
    expect(await placeOf('S1 2HE', { onlineLookup: { baseUrl: 'http://127.0.0.1:8081', fetch } })).toMatchObject({
      precision: 'postcode',
    });
  });

  it('falls back to the outcode centre when the lookup is too slow', async () => {
    const hanging: typeof globalThis.fetch = () => new Promise(() => {});
    const started = performance.now();
    const place = await placeOf('S1 2HE', { onlineLookup: { baseUrl: BASE, timeoutMs: 50, fetch: hanging } });
    expect(place).toMatchObject({ precision: 'outcode', latitude: 53.3806, longitude: -1.4695 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('aborts the slow request rather than leaving it running', async () => {
    let signal: AbortSignal | undefined;
    const hanging: typeof globalThis.fetch = (_url, init) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => {});
    };
    await placeOf('S1 2HE', { onlineLookup: { baseUrl: BASE, timeoutMs: 10, fetch: hanging } });
    expect(signal?.aborted).toBe(true);
  });

  it.each([
    ['a 404', answer({ status: 404, error: 'Postcode not found' }, 404)],
    ['a reply that is not JSON', async () => new Response('<html>oops</html>', { status: 200 })],
    ['JSON of the wrong shape', answer({ status: 200, result: { latitude: null, longitude: null } })],
    ['a location outside the UK', answer({ status: 200, result: { latitude: 40.7, longitude: -74 } })],
    ['a network failure', async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('falls back silently to the outcode centre after %s', async (_what, fetch: typeof globalThis.fetch) => {
    expect(await placeOf('S1 2HE', { onlineLookup: { baseUrl: BASE, fetch } })).toMatchObject({
      precision: 'outcode',
      latitude: 53.3806,
      longitude: -1.4695,
    });
  });
});
