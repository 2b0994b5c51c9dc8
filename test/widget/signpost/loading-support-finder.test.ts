import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadChunk, type ChunkLoaded } from '../../../widget/chunks/load-chunk.ts';
import { loadingSupportFinder } from '../../../widget/signpost/loading-support-finder.ts';
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
      engine.widgetSupportFinder({ dataUrl: 'https://example.org/signpost-data/' }),
    );
    const finder = loadingSupportFinder(startEngine);
    expect(await finder.searchSupport(search)).toEqual(found);
    expect(await finder.searchSupport(search)).toEqual(found);
    expect(startEngine).toHaveBeenCalledTimes(1);
  });

  it('starts loading when asked to prepare, before any search', () => {
    vi.mocked(loadChunk).mockClear().mockResolvedValue(loadedEngine);
    loadingSupportFinder((engine) => engine.widgetSupportFinder({ dataUrl: 'https://example.org/' })).prepare();
    expect(loadChunk).toHaveBeenCalledWith('finder-engine');
  });

  it('tells the resident plainly when the engine cannot load, and loads again on the next search', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.mocked(loadChunk)
      .mockClear()
      .mockResolvedValueOnce({ ok: false, message: 'Signpost: signpost-finder-engine.js could not be loaded.' })
      .mockResolvedValueOnce(loadedEngine);
    const finder = loadingSupportFinder((engine) => engine.widgetSupportFinder({ dataUrl: 'https://example.org/' }));
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
