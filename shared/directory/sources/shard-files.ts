import { fetchJson } from '../../util/fetch-json.ts';
import { rememberSuccess } from '../../util/remember-success.ts';
import type { PackLoad } from '../load-pack.ts';
import { formatLoadReport } from '../load-report.ts';
import type { Resource } from '../resource.ts';
import type { LoadedResources, ResourceSource } from './resource-source.ts';
import type { ShardIndex } from './shard-index.ts';
import { shardsNear } from './shards-near.ts';

/*
 * Area shards (`signpost shard`) read with the checks the caller chooses: this module imports no check
 * itself, so the widget's search engine can read marked packs with the quick shape check and load zod only
 * for a pack that needs it (load-any-pack.ts gives both checks, for code that has zod at hand anyway).
 */

export interface ShardReading {
  /** Milliseconds to wait for one file; 8,000 unless set. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Told, in a sentence, about a file that can't be used or records left out: for the site owner, not the resident. */
  onProblem?: (report: string) => void;
  /** Checks a fetched pack's JSON. */
  readPack: (json: unknown) => PackLoad | Promise<PackLoad>;
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

/**
 * A directory served as area shards beside `indexUrl`: a search fetches the phone and online file once
 * and only the area files whose box comes within its radius, each once for the page's life. A file that
 * can't be fetched, or is not a pack, rejects the search (and is fetched again next time); bad records in
 * a good file are reported and the rest are used.
 */
export function fetchedShards(index: ShardIndex, indexUrl: string, reading: ShardReading): ResourceSource {
  return shardedSource(index, (file) => fetchShard(new URL(file, indexUrl).href, reading));
}

async function fetchShard(url: string, reading: ShardReading): Promise<readonly Resource[]> {
  const fail = (reason: string): never => {
    const report = `${url}: ${reason}`;
    reading.onProblem?.(report);
    throw new Error(report);
  };
  const response = await fetchJson(url, reading.timeoutMs ?? 8000, reading.fetch);
  // fetchJson's own words say what went wrong (offline, too slow, another site, a web page, not JSON).
  if (!response.ok)
    return fail(
      response.status === undefined
        ? `could not be fetched: ${response.problem}`
        : `could not be read (HTTP ${response.status}): ${response.problem}`,
    );
  if (response.status !== 200) return fail(`could not be fetched (HTTP ${response.status}).`);
  const loaded = await reading.readPack(response.data);
  if (!loaded.ok) return fail(loaded.message);
  if (loaded.problems.length > 0) reading.onProblem?.(`${url}: ${formatLoadReport(loaded)}`);
  return loaded.pack.resources;
}

/**
 * A shard folder known only by its index's address: the index is fetched on the first search (and again
 * after a failure), checked by `readIndex`, then areas as searches need them.
 */
export function shardFolder(
  indexUrl: string,
  reading: ShardReading & {
    readIndex: (json: unknown) => { ok: true; index: ShardIndex } | { ok: false; message: string };
  },
): ResourceSource {
  const source = rememberSuccess(async () => {
    const response = await fetchJson(indexUrl, reading.timeoutMs ?? 8000, reading.fetch);
    const read = response.ok ? reading.readIndex(response.data) : { ok: false as const, message: response.problem };
    if (!read.ok) {
      reading.onProblem?.(`${indexUrl}: ${read.message}`);
      throw new Error(read.message);
    }
    return fetchedShards(read.index, indexUrl, reading);
  });
  return {
    resourcesNear: async (point, radiusMiles) => (await source()).resourcesNear(point, radiusMiles),
    remoteResources: async () => (await source()).remoteResources(),
  };
}
