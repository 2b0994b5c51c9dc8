import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadChunk, type ChunkLoaded } from '../../../widget/chunks/load-chunk.ts';
import { loadingSupportFinder, typedDistrict } from '../../../widget/signpost/loading-support-finder.ts';
import type { FinderServices, SupportResults } from '../../../shared/ui/services.ts';

vi.mock('../../../widget/chunks/load-chunk.ts', () => ({ loadChunk: vi.fn() }));

const found: SupportResults = { ok: true, placeLabel: 'S1 2HE', radiusMiles: 10, nearby: [], remote: [] };
const search = { postcode: 'S1 2HE', categories: [] };
const engineServices: FinderServices = { searchSupport: async () => found };
const loadedEngine: ChunkLoaded<'finder-engine'> = {
  ok: true,
  api: { widgetSupportFinder: () => engineServices, renderFoundHelp: () => {} },
};

describe('the search before its engine has loaded', () => {
  afterEach(() => vi.restoreAllMocks());

  it('loads the engine on the first search and answers from it', async () => {
    vi.mocked(loadChunk).mockResolvedValue(loadedEngine);
    const startEngine = vi.fn((engine: (typeof loadedEngine)['api']) =>
      engine.widgetSupportFinder({
        dataUrl: 'https://example.org/signpost-data/',
        loadFullCheck: () => loadChunk('pack-check'),
        loadWordSearch: () => loadChunk('word-search'),
      }),
    );
    const finder = loadingSupportFinder(startEngine);
    expect(await finder.searchSupport(search)).toEqual(found);
    expect(await finder.searchSupport(search)).toEqual(found);
    expect(startEngine).toHaveBeenCalledTimes(1);
  });

  it('starts loading when asked to prepare, before any search', () => {
    vi.mocked(loadChunk).mockClear().mockResolvedValue(loadedEngine);
    loadingSupportFinder((engine) =>
      engine.widgetSupportFinder({
        dataUrl: 'https://example.org/',
        loadFullCheck: () => loadChunk('pack-check'),
        loadWordSearch: () => loadChunk('word-search'),
      }),
    ).prepare();
    expect(loadChunk).toHaveBeenCalledWith('finder-engine');
  });

  it('tells the resident plainly when the engine cannot load, and loads again on the next search', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.mocked(loadChunk)
      .mockClear()
      .mockResolvedValueOnce({ ok: false, message: 'Signpost: signpost-finder-engine.js could not be loaded.' })
      .mockResolvedValueOnce(loadedEngine);
    const finder = loadingSupportFinder((engine) =>
      engine.widgetSupportFinder({
        dataUrl: 'https://example.org/',
        loadFullCheck: () => loadChunk('pack-check'),
        loadWordSearch: () => loadChunk('word-search'),
      }),
    );
    expect(await finder.searchSupport(search)).toEqual({
      ok: false,
      message: "We couldn't load the search just now. Check you are online, then try again.",
      suggestions: [],
      remote: [],
    });
    expect(console.warn).toHaveBeenCalledWith('Signpost: signpost-finder-engine.js could not be loaded.');
    // No engine, so no list to draw: the form's message is all the resident sees, and nothing loads again by itself.
    expect(finder.loadedEngine()).toBeUndefined();
    expect(loadChunk).toHaveBeenCalledTimes(1);
    expect(await finder.searchSupport(search)).toEqual(found);
    expect(finder.loadedEngine()).toBe(loadedEngine.api);
  });
});

describe('getting ready while the resident is still typing', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('fetches the engine, the directory and the district’s postcode table together, then warms the search for the district', async () => {
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (fetched.push(String(url)), Response.json({}))),
    );
    let engineArrives!: (loaded: typeof loadedEngine) => void;
    vi.mocked(loadChunk)
      .mockClear()
      .mockReturnValue(new Promise((resolve) => (engineArrives = resolve)));
    const asked: string[] = [];
    const finder = loadingSupportFinder(
      () => ({ searchSupport: async (search) => (asked.push(search.postcode), found) }),
      { dataUrl: 'https://practice.example/signpost-data/', directory: 'https://practice.example/directory/' },
    );
    finder.prepare();
    finder.prepare('S1');
    // Nothing waits for the engine: its file and the data are asked for at once.
    expect(loadChunk).toHaveBeenCalledOnce();
    expect(fetched).toEqual([
      'https://practice.example/directory/index.json',
      'https://practice.example/signpost-data/outcodes/S.json',
    ]);
    engineArrives(loadedEngine);
    await vi.waitFor(() => expect(asked).toEqual(['S1']));
    finder.prepare('S1');
    finder.prepare();
    await Promise.resolve();
    expect(asked).toEqual(['S1']);
    expect(fetched).toHaveLength(2);
  });

  it('hands each early answer to the engine once, and fetches as usual after that', async () => {
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (fetched.push(String(url)), Response.json({ url }))),
    );
    vi.mocked(loadChunk).mockClear().mockResolvedValue(loadedEngine);
    let engineFetch!: typeof fetch;
    const finder = loadingSupportFinder((_, fetchEarly) => ((engineFetch = fetchEarly), engineServices), {
      dataUrl: 'https://practice.example/signpost-data/',
    });
    finder.prepare();
    await vi.waitFor(() => expect(engineFetch).toBeDefined());
    const national = 'https://practice.example/signpost-data/packs/national.json';
    expect(fetched).toContain(national);
    await (await engineFetch(national)).json();
    expect(fetched.filter((url) => url === national)).toHaveLength(1);
    await (await engineFetch(national)).json();
    expect(fetched.filter((url) => url === national)).toHaveLength(2);
  });
});

describe('a whole postcode district in the box', () => {
  it('is there once a space or the rest of the postcode follows it', () => {
    expect(typedDistrict('S1 ')).toBe('S1');
    expect(typedDistrict(' s1 2h')).toBe('S1');
    expect(typedDistrict('s12he')).toBe('S1');
    expect(typedDistrict('SW1A0AA')).toBe('SW1A');
    expect(typedDistrict('sk14 1')).toBe('SK14');
  });

  it('is not there while it could still grow, or for words', () => {
    for (const typed of ['S1', 'S', 'SK1', 'sheffield', '', '12 3AB']) expect(typedDistrict(typed)).toBeUndefined();
  });
});
