import * as z from 'zod/mini';
import { PackHeaderSchema } from '../load-pack.ts';

/*
 * A national directory served as static files (`signpost shard`): one pack per postcode area, one pack of
 * help by phone or online, and this small index, so a page fetches only the areas near the resident.
 */

import { isShardIndex, SHARD_INDEX_FORMAT, SHARD_INDEX_VERSION } from './shard-index-file.ts';

export { isShardIndex, SHARD_INDEX_FILE, SHARD_INDEX_FORMAT, SHARD_INDEX_VERSION } from './shard-index-file.ts';

/**
 * A shard's file name, beside the index. Only plain names: a hostile index must not send the widget to
 * another site ("https://…") or up a folder ("../").
 */
const fileName = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*\.json$/, 'A shard file must be a plain name like "S.json".'));
const count = z.number().check(z.int(), z.gte(0));
const latitude = z.number().check(z.gte(-90), z.lte(90));
const longitude = z.number().check(z.gte(-180), z.lte(180));

/** The smallest box (degrees, WGS84) holding every place in one area file. */
const BoundsSchema = z.object({ south: latitude, west: longitude, north: latitude, east: longitude });
export type Bounds = z.infer<typeof BoundsSchema>;

const AreaShardSchema = z.object({
  /** The postcode area, e.g. "S" for Sheffield. */
  area: z.string().check(z.regex(/^[A-Z]{1,2}$/, 'An area must be one or two capital letters, like "S".')),
  file: fileName,
  /** How many resources the file holds. */
  count,
  bounds: BoundsSchema,
});
export type AreaShard = z.infer<typeof AreaShardSchema>;

const ShardIndexSchema = z.object({
  format: z.literal(SHARD_INDEX_FORMAT),
  version: z.literal(SHARD_INDEX_VERSION),
  /** The source pack's header: who made it, for where, when, whether it is example data: its credits, for whoever serves the folder. */
  source: z.omit(PackHeaderSchema, { format: true, version: true }),
  /** Help by phone or online: every search needs it. */
  remote: z.object({ file: fileName, count }),
  areas: z.array(AreaShardSchema),
});
export type ShardIndex = z.infer<typeof ShardIndexSchema>;

/** Checks a parsed index.json. Anything but a valid index of this version gives `{ ok: false, message }`, never a throw. */
export function readShardIndex(json: unknown): { ok: true; index: ShardIndex } | { ok: false; message: string } {
  if (!isShardIndex(json))
    return { ok: false, message: `This is not a Signpost shard index: "format" should be "${SHARD_INDEX_FORMAT}".` };
  const parsed = ShardIndexSchema.safeParse(json);
  if (parsed.success) return { ok: true, index: parsed.data };
  const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join(' ');
  return { ok: false, message: `The shard index is not right. ${reasons}` };
}
