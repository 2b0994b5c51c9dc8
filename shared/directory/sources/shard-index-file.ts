/*
 * A shard index's name and format, in a module with no zod, for bundles that must stay small (the widget's
 * search engine checks an index with check-pack-shape.ts's checkShardIndexShape; shard-index.ts has the schema).
 */

export const SHARD_INDEX_FORMAT = 'signpost-shards';
export const SHARD_INDEX_VERSION = 1;
/** The index's name in a shard folder, so a widget pointed at the folder finds it. */
export const SHARD_INDEX_FILE = 'index.json';

/** Whether parsed JSON says it is a shard index (it may still be a broken one): the widget's "index or pack?" question. */
export function isShardIndex(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    Object.hasOwn(json, 'format') &&
    (json as { format?: unknown }).format === SHARD_INDEX_FORMAT
  );
}
