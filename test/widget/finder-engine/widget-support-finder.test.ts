import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shardPack } from '../../../shared/directory/sources/shard-pack.ts';
import type { SupportResults } from '../../../shared/ui/services.ts';
import { loadPack } from '../../../shared/directory/load-pack.ts';
import { createTextIndex } from '../../../shared/find/create-text-index.ts';
import {
  widgetSupportFinder,
  type WidgetSupportFinderOptions,
} from '../../../widget/finder-engine/widget-support-finder.ts';
import { OUTCODES, packOf, resourceWith } from '../../shared/directory/sources/shard-test-pack.ts';

// The full check is a later part of the widget, loaded by a script tag: here it is the module itself.
const finderWith = (options: Omit<WidgetSupportFinderOptions, 'loadFullCheck' | 'loadWordSearch'>) =>
  widgetSupportFinder({
    ...options,
    loadFullCheck: async () => ({ ok: true, api: { loadPack } }),
    loadWordSearch: async () => ({ ok: true, api: { createTextIndex } }),
  });

const DATA_URL = 'https://practice.example/signpost-data/';
const SHARDS = 'https://practice.example/directory/';
const GENERAL_LIST = "We couldn't load this practice's own list of local help, so we are showing our general list.";

const practicePack = packOf([
  resourceWith('practice-drop-in', { latitude: 53.381, longitude: -1.47 }),
  resourceWith('practice-hyde', { latitude: 53.452, longitude: -2.078 }),
  resourceWith('practice-helpline'),
]);
const sharded = shardPack(practicePack, OUTCODES);
if (!sharded.ok) throw new Error(sharded.message);

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The practice's web host: the widget's own data beside the script, and the practice's directory. */
function practiceHost(): Map<string, () => Response> {
  const files = new Map<string, () => Response>();
  for (const pack of ['national', 'sheffield-example'])
    files.set(`${DATA_URL}packs/${pack}.json`, () => Response.json(readJson(`shared/directory/packs/${pack}.json`)));
  for (const file of readdirSync('shared/directory/packs/libraries'))
    files.set(`${DATA_URL}packs/libraries/${file}`, () =>
      Response.json(readJson(`shared/directory/packs/libraries/${file}`)),
    );
  for (const file of readdirSync('shared/directory/packs/places'))
    files.set(`${DATA_URL}packs/places/${file}`, () =>
      Response.json(readJson(`shared/directory/packs/places/${file}`)),
    );
  for (const area of ['S', 'SK'])
    files.set(`${DATA_URL}outcodes/${area}.json`, () =>
      Response.json(readJson(`shared/postcode/outcodes/${area}.json`)),
    );
  files.set(`${SHARDS}index.json`, () => Response.json(sharded.ok && sharded.index));
  for (const { file, pack } of sharded.ok ? sharded.files : [])
    files.set(`${SHARDS}${file}`, () => Response.json(pack));
  files.set('https://practice.example/practice-pack.json', () => Response.json(practicePack));
  return files;
}

let host: Map<string, () => Response>;
let offline: boolean;
let requests: string[];
let warnings: string[];

beforeEach(() => {
  host = practiceHost();
  offline = false;
  requests = [];
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push(url);
    if (offline) throw new TypeError('Failed to fetch');
    const file = host.get(url);
    if (!file) return new Response('<h1>Not found</h1>', { status: 404 });
    return file();
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const search = (postcode: string) => ({ postcode, categories: [] });
const nearbyIds = (results: SupportResults) => (results.ok ? results.nearby.map((found) => found.resource.id) : []);
const remoteIds = (results: SupportResults) => results.remote.map((found) => found.resource.id);
const pathsFetched = () => requests.map((url) => new URL(url).pathname).sort();

describe('the widget search with the built-in list', () => {
  it('tells the site owner why its data could not be used when a host serves a web page in its place, and the resident kindly', async () => {
    const homePage = () => new Response('<!doctype html><h1>Home</h1>', { headers: { 'Content-Type': 'text/html' } });
    for (const file of ['packs/national.json', 'packs/libraries/index.json', 'outcodes/S.json'])
      host.set(`${DATA_URL}${file}`, homePage);
    const results = await finderWith({ dataUrl: DATA_URL }).searchSupport(search('S1 2HE'));
    expect(results).toMatchObject({
      ok: false,
      message: "We couldn't load the list of places just now. Check you are online, then try again.",
    });
    expect(warnings).toEqual(
      expect.arrayContaining([
        `Signpost: ${DATA_URL}packs/national.json is a web page, not JSON data: check the address.`,
        `Signpost: ${DATA_URL}outcodes/S.json is a web page, not JSON data: check the address.`,
      ]),
    );
  });

  it('says which postcode area file is missing, as a folder copied in part would leave it', async () => {
    host.delete(`${DATA_URL}outcodes/S.json`);
    await finderWith({ dataUrl: DATA_URL }).searchSupport(search('S1 2HE'));
    expect(warnings).toContain(
      `Signpost: ${DATA_URL}outcodes/S.json answered 404. If postcodes in S should be found, copy the whole signpost-data folder again.`,
    );
  });

  it('searches the national pack and the libraries near the postcode beside the script, with no notice', async () => {
    const results = await finderWith({ dataUrl: DATA_URL }).searchSupport(search('S1 2HE'));
    expect(nearbyIds(results).length).toBeGreaterThan(3);
    expect(nearbyIds(results).every((id) => id.startsWith('library-'))).toBe(true);
    expect(remoteIds(results)).toContain('national-nhs-111');
    expect(results).not.toHaveProperty('notice');
    expect(pathsFetched()).toEqual([
      '/signpost-data/outcodes/S.json',
      '/signpost-data/packs/libraries/S.json',
      '/signpost-data/packs/libraries/index.json',
      '/signpost-data/packs/libraries/remote.json',
      '/signpost-data/packs/national.json',
    ]);
  });

  it('never shows the Sheffield example pack unless the page asks for it', async () => {
    const results = await finderWith({ dataUrl: DATA_URL }).searchSupport(search('S1 2HE'));
    const example = readJson('shared/directory/packs/sheffield-example.json') as { resources: { id: string }[] };
    const exampleIds = new Set(example.resources.map((resource) => resource.id));
    expect(nearbyIds(results).filter((id) => exampleIds.has(id))).toEqual([]);
    expect(pathsFetched()).not.toContain('/signpost-data/packs/sheffield-example.json');
  });

  it('still lists phone and online help when the libraries cannot be fetched', async () => {
    host.delete(`${DATA_URL}packs/libraries/index.json`);
    const results = await finderWith({ dataUrl: DATA_URL }).searchSupport(search('S1 2HE'));
    expect(remoteIds(results)).toContain('national-nhs-111');
    expect(warnings.join('\n')).toContain('packs/libraries/index.json');
  });

  it('loads word search only for a search with words, and says so kindly when it cannot load', async () => {
    let loads = 0;
    let online = true;
    const finder = widgetSupportFinder({
      dataUrl: DATA_URL,
      loadFullCheck: async () => ({ ok: true, api: { loadPack } }),
      loadWordSearch: async () => {
        loads += 1;
        return online ? { ok: true, api: { createTextIndex } } : { ok: false, message: 'offline' };
      },
    });
    expect(await finder.searchSupport(search('S1 2HE'))).toMatchObject({ ok: true });
    expect(await finder.searchSupport({ ...search('S1 2HE'), words: 'help near me' })).toMatchObject({ ok: true });
    expect(loads).toBe(0);
    online = false;
    expect(await finder.searchSupport({ ...search('S1 2HE'), words: 'library' })).toMatchObject({
      ok: false,
      message: "We couldn't search by words just now. Check you are online, then try again.",
    });
    online = true;
    const found = await finder.searchSupport({ ...search('S1 2HE'), words: 'library' });
    expect(found.ok && found.nearby.length).toBeGreaterThan(0);
    expect(loads).toBe(2);
  });

  it("offers a town's postcode areas when a resident types its name, asking only the folder beside the script", async () => {
    const results = await finderWith({ dataUrl: DATA_URL }).searchSupport(search('sheffield'));
    expect(results).toMatchObject({
      ok: false,
      message: 'Which part of Sheffield? Choose your postcode area, or type your postcode.',
    });
    expect(!results.ok && results.districts).toEqual(expect.arrayContaining([{ outcode: 'S1', town: 'Sheffield' }]));
    expect(requests.every((url) => url.startsWith(DATA_URL))).toBe(true);
    expect(requests).toContain(`${DATA_URL}packs/places/s.json`);
  });

  it('keeps the radius and the number of places the site owner set', async () => {
    const results = await finderWith({ dataUrl: DATA_URL, radiusMiles: 2, limit: 3 }).searchSupport(search('S1 2HE'));
    expect(results.ok && results.radiusMiles).toBe(2);
    expect(nearbyIds(results)).toHaveLength(3);
  });
});

describe("the widget search with the practice's own directory", () => {
  it('fetches the shard index once, phone and online help once, and only the area near the postcode', async () => {
    const finder = finderWith({ dataUrl: DATA_URL, directory: `${SHARDS}index.json` });
    const results = await finder.searchSupport(search('S1 2HE'));
    expect(nearbyIds(results)).toEqual(['practice-drop-in']);
    expect(remoteIds(results)).toEqual(['practice-helpline']);
    expect(results).not.toHaveProperty('notice');
    await finder.searchSupport(search('S2 4SU'));
    expect(pathsFetched()).toEqual([
      '/directory/S.json',
      '/directory/index.json',
      '/directory/remote.json',
      '/signpost-data/outcodes/S.json',
    ]);
  });

  it('fetches another area only when a search needs it', async () => {
    const finder = finderWith({ dataUrl: DATA_URL, directory: `${SHARDS}index.json` });
    await finder.searchSupport(search('S1 2HE'));
    const hyde = await finder.searchSupport(search('SK14 4AA'));
    expect(nearbyIds(hyde)).toEqual(['practice-hyde']);
    expect(pathsFetched().filter((path) => path.startsWith('/directory/'))).toEqual([
      '/directory/S.json',
      '/directory/SK.json',
      '/directory/index.json',
      '/directory/remote.json',
    ]);
  });

  it('reads a shard folder given with a trailing slash as its index', async () => {
    const results = await finderWith({ dataUrl: DATA_URL, directory: SHARDS }).searchSupport(search('S1 2HE'));
    expect(nearbyIds(results)).toEqual(['practice-drop-in']);
  });

  it('uses a single pack, and shows its good records when some are broken, telling the site owner which', async () => {
    host.set('https://practice.example/practice-pack.json', () =>
      Response.json({ ...practicePack, resources: [...practicePack.resources, { ...resourceWith('bad'), name: '' }] }),
    );
    const results = await finderWith({
      dataUrl: DATA_URL,
      directory: 'https://practice.example/practice-pack.json',
    }).searchSupport(search('S1 2HE'));
    expect(nearbyIds(results)).toEqual(['practice-drop-in']);
    expect(results).not.toHaveProperty('notice');
    expect(warnings.join('\n')).toMatch(
      /practice-pack\.json: 4 records: 3 loaded, 1 left out\.[\s\S]*Record 4 \(id "bad"\)/,
    );
    expect(pathsFetched()).not.toContain('/signpost-data/packs/national.json');
  });

  it.each([
    ['cannot be reached', () => Promise.reject(new TypeError('Failed to fetch')), 'could not be reached (offline'],
    ['is not found', () => new Response('<h1>Not found</h1>', { status: 404 }), 'answered 404'],
    ['is broken JSON', () => new Response('{"format": "signpost-pack", ', { status: 200 }), 'is not JSON data'],
    [
      'is a web page',
      () => new Response('<!doctype html><h1>Home</h1>', { headers: { 'Content-Type': 'text/html' } }),
      'is a web page, not JSON data',
    ],
    ['is not a pack', () => Response.json({ services: [] }), 'is not a usable pack. This is not a Signpost pack'],
    [
      'is a broken shard index',
      () => Response.json({ format: 'signpost-shards', version: 1 }),
      'is not a usable shard index',
    ],
  ])(
    'shows the built-in list with a kind notice when the directory %s, and tells the site owner why',
    async (_, answer, reason) => {
      host.set(`${SHARDS}index.json`, answer as () => Response);
      const results = await finderWith({ dataUrl: DATA_URL, directory: `${SHARDS}index.json` }).searchSupport(
        search('S1 2HE'),
      );
      expect(results).toMatchObject({ ok: true, notice: GENERAL_LIST });
      expect(nearbyIds(results).length).toBeGreaterThan(3);
      expect(warnings.join('\n')).toContain(`Signpost: the directory ${SHARDS}index.json ${reason}`);
    },
  );

  it('never fetches a shard from another site, whatever the index says', async () => {
    host.set(`${SHARDS}index.json`, () =>
      Response.json({
        ...(sharded.ok && sharded.index),
        remote: { file: 'https://tracker.example/remote.json', count: 1 },
      }),
    );
    const results = await finderWith({ dataUrl: DATA_URL, directory: `${SHARDS}index.json` }).searchSupport(
      search('S1 2HE'),
    );
    expect(results).toMatchObject({ notice: GENERAL_LIST });
    expect(requests.every((url) => url.startsWith('https://practice.example/'))).toBe(true);
  });

  it("asks for the practice's directory again after a search that loaded nothing at all", async () => {
    offline = true;
    const finder = finderWith({ dataUrl: DATA_URL, directory: `${SHARDS}index.json` });
    expect(await finder.searchSupport(search('S1 2HE'))).toMatchObject({
      ok: false,
      message: expect.stringContaining("We couldn't load"),
    });
    offline = false;
    const results = await finder.searchSupport(search('S1 2HE'));
    expect(nearbyIds(results)).toEqual(['practice-drop-in']);
    expect(results).not.toHaveProperty('notice');
  });
});
