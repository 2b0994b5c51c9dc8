import { checkShardIndexShape } from '../../shared/directory/check-pack-shape.ts';
import type { PackLoad } from '../../shared/directory/load-pack.ts';
import { formatLoadReport } from '../../shared/directory/load-report.ts';
import type { Resource } from '../../shared/directory/resource.ts';
import type { LoadedResources, ResourceSource } from '../../shared/directory/sources/resource-source.ts';
import { isShardIndex, SHARD_INDEX_FILE } from '../../shared/directory/sources/shard-index-file.ts';
import { fetchedShards, shardFolder } from '../../shared/directory/sources/shard-files.ts';
import { combinedSources } from '../../shared/directory/sources/combined-sources.ts';
import { wholeDirectory } from '../../shared/directory/sources/whole-directory.ts';
import { createSupportFinder } from '../../shared/find/support-finder.ts';
import { fetchJson } from '../../shared/util/fetch-json.ts';
import { fetchedOutcodes } from '../../shared/postcode/fetched-outcodes.ts';
import { fetchedPlaceNames } from '../../shared/find/fetched-place-names.ts';
import type { FinderServices } from '../../shared/find/support-search.ts';
import { BUILT_IN_PACKS, LIBRARIES_INDEX, OUTCODES_FOLDER, PLACE_NAMES_FOLDER } from '../signpost/data-files.ts';
import { packReader, type LoadFullCheck } from './read-pack.ts';
import type { ChunkLoaded } from '../chunks/load-chunk.ts';

export interface WidgetSupportFinderOptions {
  /** The folder beside the script: the built-in packs at `packs/*.json`, the outcode table at `outcodes/`. */
  dataUrl: string;
  /**
   * The site owner's own directory (data-directory): a pack's URL, a shard index's URL (`signpost shard`),
   * or the shard folder's URL ending in "/". The built-in packs when absent, or when it can't be used.
   */
  directory?: string;
  /** A postcodes.io-compatible address; only when the site owner set one does a postcode leave the page. */
  postcodeLookup?: string;
  /** Miles; the finder's default (10) unless set. */
  radiusMiles?: number;
  /** How many places to list; the finder's default (20) unless set. */
  limit?: number;
  /** How files are fetched: the first script's, which hands over what it started fetching early. */
  fetch?: typeof fetch;
  /** Loads the full pack check for a pack Signpost did not mark as checked (a site's own file). */
  loadFullCheck: LoadFullCheck;
  /** Loads word search (signpost-word-search.js), the first time a resident searches with words. */
  loadWordSearch: () => Promise<ChunkLoaded<'word-search'>>;
}

const PACK_TIMEOUT_MS = 8000;
// A site's own pack may be large: a whole county in one file takes seconds on a slow phone connection.
const SITE_DIRECTORY_TIMEOUT_MS = 15_000;
const GENERAL_LIST_NOTICE =
  "We couldn't load this practice's own list of local help, so we are showing our general list.";

/**
 * The widget's search. Everything it loads comes from `dataUrl`, on the site owner's own host, or from
 * the site owner's `directory`, and only when the resident searches: the first paint costs no data at all.
 * A directory that can't be used (offline, not found, not JSON, not a pack or shard index) is reported
 * to the site owner in the console, and residents get the built-in list with a kind notice saying so.
 */
export function widgetSupportFinder(settings: WidgetSupportFinderOptions): FinderServices {
  const reading: DataReading = {
    fetch: settings.fetch ?? globalThis.fetch,
    readPack: packReader(settings.loadFullCheck),
  };
  const builtIn = (notice?: string) => builtInPacks(settings.dataUrl, notice, reading);
  return createSupportFinder({
    outcodes: fetchedOutcodes(new URL(OUTCODES_FOLDER, settings.dataUrl).href, {
      onProblem: warn,
      fetch: reading.fetch,
    }),
    onlineLookup: settings.postcodeLookup ? { baseUrl: settings.postcodeLookup } : undefined,
    loadTextIndex: async () => {
      const loaded = await settings.loadWordSearch();
      if (!loaded.ok) throw new Error(loaded.message);
      return loaded.api.createTextIndex;
    },
    // Beside the script, like the outcode table: a town typed instead of a postcode asks no one else.
    placesNamed: fetchedPlaceNames(new URL(PLACE_NAMES_FOLDER, settings.dataUrl).href, {
      onProblem: warn,
      fetch: reading.fetch,
    }),
    source: settings.directory
      ? siteDirectory(settings.directory, () => builtIn(GENERAL_LIST_NOTICE), reading)
      : builtIn(),
    radiusMiles: settings.radiusMiles,
    limit: settings.limit,
  });
}

/** How this widget's data is fetched and its packs checked. */
interface DataReading {
  fetch: typeof fetch;
  readPack: (json: unknown) => Promise<PackLoad>;
}

function warn(report: string): void {
  // For the site owner; residents see results or a plain message, never a report about files.
  console.warn(`Signpost: ${report}`);
}

function builtInPacks(dataUrl: string, notice: string | undefined, reading: DataReading): ResourceSource {
  return combinedSources([
    wholeDirectory(async () => ({
      resources: await loadPacks(
        BUILT_IN_PACKS.map((path) => new URL(path, dataUrl).href),
        reading,
      ),
      notice,
    })),
    shardFolder(new URL(LIBRARIES_INDEX, dataUrl).href, {
      onProblem: warn,
      fetch: reading.fetch,
      readPack: reading.readPack,
      readIndex: checkShardIndexShape,
    }),
  ]);
}

/** The packs' good records. Rejects when no pack could be fetched at all, so the finder can say so and retry. */
async function loadPacks(urls: string[], reading: DataReading) {
  const fetched = await Promise.all(
    urls.map(async (url) => ({ name: url, response: await fetchJson(url, PACK_TIMEOUT_MS, reading.fetch) })),
  );
  for (const { response } of fetched) if (!response.ok) warn(response.problem);
  if (fetched.every(({ response }) => !response.ok)) throw new Error('No directory pack could be fetched.');
  // Each pack's good records, in order; one that can't be read is reported and left out, never the rest.
  const resources: Resource[] = [];
  for (const { name, response } of fetched) {
    const loaded = await reading.readPack(response.ok ? response.data : undefined);
    if (!loaded.ok) warn(`${name}: ${loaded.message}`);
    else {
      resources.push(...loaded.pack.resources);
      if (loaded.problems.length > 0) warn(`${name}: ${formatLoadReport(loaded)}`);
    }
  }
  return resources;
}

interface Choice {
  source: ResourceSource;
  /** The site's directory could not be used, so this is the built-in list. */
  fellBack: boolean;
}

/**
 * The site owner's directory, fetched once, on the first search. When it can't be used the built-in list
 * stands in; if that can't be loaded either (the resident is offline), the next search asks for the
 * site's directory again rather than settling for the general list.
 */
function siteDirectory(directoryUrl: string, fallback: () => ResourceSource, reading: DataReading): ResourceSource {
  let chosen: Promise<Choice> | undefined;
  async function use(load: (source: ResourceSource) => Promise<LoadedResources>): Promise<LoadedResources> {
    const choice = (chosen ??= chooseSource(directoryUrl, fallback, reading));
    const { source, fellBack } = await choice;
    try {
      return await load(source);
    } catch (error) {
      if (fellBack && chosen === choice) chosen = undefined;
      throw error;
    }
  }
  return {
    resourcesNear: (point, radiusMiles) => use((source) => source.resourcesNear(point, radiusMiles)),
    remoteResources: () => use((source) => source.remoteResources()),
  };
}

/** A shard index means shards; anything else must be a pack. Never rejects: a problem means the fallback. */
async function chooseSource(
  directoryUrl: string,
  fallback: () => ResourceSource,
  reading: DataReading,
): Promise<Choice> {
  const url = directoryUrl.endsWith('/') ? new URL(SHARD_INDEX_FILE, directoryUrl).href : directoryUrl;
  const fellBack = (reason: string): Choice => {
    warn(`the directory ${reason} Showing the built-in list instead.`);
    return { source: fallback(), fellBack: true };
  };
  const response = await fetchJson(url, SITE_DIRECTORY_TIMEOUT_MS, reading.fetch);
  if (!response.ok) return fellBack(response.problem);
  if (isShardIndex(response.data)) {
    const read = checkShardIndexShape(response.data);
    if (!read.ok) return fellBack(`${url} is not a usable shard index. ${read.message}`);
    return {
      source: fetchedShards(read.index, url, { onProblem: warn, ...reading }),
      fellBack: false,
    };
  }
  let loaded;
  try {
    loaded = await reading.readPack(response.data);
  } catch {
    // The full check could not be loaded (offline): the built-in list for now, the site's list next time.
    return fellBack(`${url} could not be checked just now.`);
  }
  if (!loaded.ok) return fellBack(`${url} is not a usable pack. ${loaded.message}`);
  if (loaded.problems.length > 0) warn(`${url}: ${formatLoadReport(loaded)}`);
  return { source: wholeDirectory(async () => ({ resources: loaded.pack.resources })), fellBack: false };
}
