/**
 * The full pack check, signpost-pack-check.js: zod and the resource schema, loaded only for a pack that
 * Signpost did not mark as checked (a site's own file). Packs that `signpost import`, `pull` and `shard`
 * wrote carry the mark and get the quick shape check in the search engine, which then needs no zod.
 */
import { registerChunk } from '../chunks/register-chunk.ts';
import { loadPack } from '../../shared/directory/load-pack.ts';

registerChunk('pack-check', { loadPack });
