import { fetchJson } from '../../util/fetch-json.ts';
import { loadAnyPack } from '../load-any-pack.ts';
import { formatLoadReport } from '../load-report.ts';
import { rememberSuccess } from '../../util/remember-success.ts';
import type { Resource } from '../resource.ts';
import type { LoadedResources, ResourceSource } from './resource-source.ts';
import { readShardIndex, type ShardIndex } from './shard-index.ts';
import { shardsNear } from './shards-near.ts';

export interface ShardedDirectoryOptions {
  /** The index's own address: its files are fetched from beside it, never from anywhere else. */
  indexUrl: string;
  /** Milliseconds to wait for one file; 8,000 unless set. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Told, in a sentence, about a file that can't be used or records left out: for the site owner, not the resident. */
  onProblem?: (report: string) => void;
}

/**
 * A directory served as area shards (`signpost shard`): a search fetches the phone and online file once
 * and only the area files whose box comes within its radius, each once for the page's life. A file that
 * can't be fetched, or is not a pack, rejects the search (and is fetched again next time); bad records in
 * a good file are reported and the rest are used.
 */
export function shardedDirectory(index: ShardIndex, options: ShardedDirectoryOptions): ResourceSource {
  return shardedSource(index, (file) => fetchShard(new URL(file, options.indexUrl).href, options));
}

/**
 * Area shards read by `readShard` (fetched, or bundled chunks in the extension): each file is read once
 * while that succeeds, and a search gets the phone and online file and the areas within its radius.
 */
export function shardedSource(
  index: ShardIndex,
  readShard: (file: string) => Promise<readonly Resource[]>,
): ResourceSource {
  const files = new Map<string, () => Promise<readonly Resource[]>>();
  const resourcesIn = (file: string): Promise<readonly Resource[]> => {
    let load = files.get(file);
    if (!load) {
      load = rememberSuccess(() => readShard(file));
      files.set(file, load);
    }
    return load();
  };
  // The last answer near a place, so the same areas give the same array and the finder reuses its indexes.
  let latest: { key: string; resources: readonly Resource[] } | undefined;
  const resourcesInFiles = async (names: string[]): Promise<LoadedResources> => {
    const parts = await Promise.all(names.map(resourcesIn));
    const key = names.join('\n');
    if (latest?.key !== key) latest = { key, resources: parts.flat() };
    return { resources: latest.resources };
  };
  return {
    resourcesNear: (point, radiusMiles) =>
      resourcesInFiles([index.remote.file, ...shardsNear(index, point, radiusMiles).map((shard) => shard.file)]),
    remoteResources: async () => ({ resources: await resourcesIn(index.remote.file) }),
  };
}

async function fetchShard(url: string, options: ShardedDirectoryOptions): Promise<readonly Resource[]> {
  const fail = (reason: string): never => {
    const report = `${url}: ${reason}`;
    options.onProblem?.(report);
    throw new Error(report);
  };
  const response = await fetchJson(url, options.timeoutMs ?? 8000, options.fetch);
  // fetchJson's own words say what went wrong (offline, too slow, another site, a web page, not JSON).
  if (!response.ok)
    return fail(
      response.status === undefined
        ? `could not be fetched: ${response.problem}`
        : `could not be read (HTTP ${response.status}): ${response.problem}`,
    );
  if (response.status !== 200) return fail(`could not be fetched (HTTP ${response.status}).`);
  const loaded = loadAnyPack(response.data);
  if (!loaded.ok) return fail(loaded.message);
  if (loaded.problems.length > 0) options.onProblem?.(`${url}: ${formatLoadReport(loaded)}`);
  return loaded.pack.resources;
}

/**
 * A shard folder known only by its index's address: the index is fetched on the first search (and again
 * after a failure), then areas as searches need them.
 */
export function shardFolder(indexUrl: string, options: Omit<ShardedDirectoryOptions, 'indexUrl'> = {}): ResourceSource {
  const source = rememberSuccess(async () => {
    const response = await fetchJson(indexUrl, options.timeoutMs ?? 8000, options.fetch);
    const read = response.ok ? readShardIndex(response.data) : { ok: false as const, message: response.problem };
    if (!read.ok) {
      options.onProblem?.(`${indexUrl}: ${read.message}`);
      throw new Error(read.message);
    }
    return shardedDirectory(read.index, { ...options, indexUrl });
  });
  return {
    resourcesNear: async (point, radiusMiles) => (await source()).resourcesNear(point, radiusMiles),
    remoteResources: async () => (await source()).remoteResources(),
  };
}
