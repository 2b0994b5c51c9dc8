import { loadPack } from '../../shared/directory/load-pack.ts';
import { formatLoadReport } from '../../shared/directory/load-report.ts';
import type { LoadedResources, ResourceSource } from '../../shared/directory/sources/resource-source.ts';
import { resourcesFromPacks } from '../../shared/directory/resources-from-packs.ts';
import { isShardIndex, readShardIndex, SHARD_INDEX_FILE } from '../../shared/directory/sources/shard-index.ts';
import { shardedDirectory } from '../../shared/directory/sources/sharded-directory.ts';
import { wholeDirectory } from '../../shared/directory/sources/whole-directory.ts';
import { createSupportFinder } from '../../shared/find/support-finder.ts';
import { fetchJson } from '../../shared/util/fetch-json.ts';
import { fetchedOutcodes } from '../../shared/postcode/fetched-outcodes.ts';
import type { FinderServices } from '../../shared/find/support-search.ts';
import { BUILT_IN_PACKS, OUTCODES_FOLDER } from '../signpost/data-files.ts';

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
  const fetchFn = settings.fetch ?? globalThis.fetch;
  const builtIn = (notice?: string) => builtInPacks(settings.dataUrl, notice, fetchFn);
  return createSupportFinder({
    outcodes: fetchedOutcodes(new URL(OUTCODES_FOLDER, settings.dataUrl).href, { fetch: fetchFn }),
    onlineLookup: settings.postcodeLookup ? { baseUrl: settings.postcodeLookup } : undefined,
    source: settings.directory
      ? siteDirectory(settings.directory, () => builtIn(GENERAL_LIST_NOTICE), fetchFn)
      : builtIn(),
    radiusMiles: settings.radiusMiles,
    limit: settings.limit,
  });
}

function warn(report: string): void {
  // For the site owner; residents see results or a plain message, never a report about files.
  console.warn(`Signpost: ${report}`);
}

function builtInPacks(dataUrl: string, notice: string | undefined, fetchFn: typeof fetch): ResourceSource {
  return wholeDirectory(async () => ({
    resources: await loadPacks(
      BUILT_IN_PACKS.map((path) => new URL(path, dataUrl).href),
      fetchFn,
    ),
    notice,
  }));
}

/** The packs' good records. Rejects when no pack could be fetched at all, so the finder can say so and retry. */
async function loadPacks(urls: string[], fetchFn: typeof fetch) {
  const fetched = await Promise.all(
    urls.map(async (url) => ({ name: url, response: await fetchJson(url, PACK_TIMEOUT_MS, fetchFn) })),
  );
  if (fetched.every(({ response }) => !response.ok)) throw new Error('No directory pack could be fetched.');
  const { resources, reports } = resourcesFromPacks(
    fetched.map(({ name, response }) => ({ name, json: response.ok ? response.data : undefined })),
  );
  for (const report of reports) warn(report);
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
function siteDirectory(directoryUrl: string, fallback: () => ResourceSource, fetchFn: typeof fetch): ResourceSource {
  let chosen: Promise<Choice> | undefined;
  async function use(load: (source: ResourceSource) => Promise<LoadedResources>): Promise<LoadedResources> {
    const choice = (chosen ??= chooseSource(directoryUrl, fallback, fetchFn));
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
  fetchFn: typeof fetch,
): Promise<Choice> {
  const url = directoryUrl.endsWith('/') ? new URL(SHARD_INDEX_FILE, directoryUrl).href : directoryUrl;
  const fellBack = (reason: string): Choice => {
    warn(`the directory ${url} ${reason} Showing the built-in list instead.`);
    return { source: fallback(), fellBack: true };
  };
  const response = await fetchJson(url, SITE_DIRECTORY_TIMEOUT_MS, fetchFn);
  if (!response.ok && response.status === undefined)
    return fellBack('could not be fetched (offline, blocked by the browser, or too slow).');
  if (response.status !== 200) return fellBack(`could not be fetched (HTTP ${response.status}).`);
  if (!response.ok) return fellBack('is not valid JSON.');
  if (isShardIndex(response.data)) {
    const read = readShardIndex(response.data);
    if (!read.ok) return fellBack(`is not a usable shard index. ${read.message}`);
    return {
      source: shardedDirectory(read.index, { indexUrl: url, onProblem: warn, fetch: fetchFn }),
      fellBack: false,
    };
  }
  const loaded = loadPack(response.data);
  if (!loaded.ok) return fellBack(`is not a usable pack. ${loaded.message}`);
  if (loaded.problems.length > 0) warn(`${url}: ${formatLoadReport(loaded)}`);
  return { source: wholeDirectory(async () => ({ resources: loaded.pack.resources })), fellBack: false };
}
