import * as z from 'zod/mini';
import type { Resource } from './resource.ts';
import { textField } from '../util/text-field-schema.ts';
import { ownData } from '../util/own-data.ts';
import { checkResource, isPlainObject } from './check-resource.ts';
import { countLoaded, type LoadCounts, type RecordProblem } from './load-report.ts';
import { leaveOutDuplicateIds, type PlacedResource } from './leave-out-duplicate-ids.ts';

/*
 * A directory ships as a versioned JSON pack: a header saying who made it, for where and when, and the
 * resources. The version lets a later Signpost read old packs through a named migration.
 */

export const PACK_FORMAT = 'signpost-pack';
export const PACK_VERSION = 1;

export const PackHeaderSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  /** Who made the pack, e.g. "Sheffield Digital Inclusion Network". */
  publisher: textField('The publisher'),
  /** Where it covers, in words, e.g. "Sheffield". */
  area: textField('The area'),
  /** When it was made: a date (2025-06-30) or date and time (ISO 8601). */
  generated: z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'The date it was made ("generated") must look like 2025-06-30.',
  }),
  /** True for made-up example data: check every record before real use. */
  example: z.optional(z.boolean({ error: '"example" must be true or false.' })),
  note: z.optional(textField('The note')),
});
export type PackHeader = z.infer<typeof PackHeaderSchema>;
export type Pack = PackHeader & { resources: Resource[] };

export type PackLoad =
  { ok: true; pack: Pack; counts: LoadCounts; problems: RecordProblem[] } | { ok: false; message: string };

/**
 * Loads a parsed pack file. A header that is not a Signpost pack (not an object, wrong format or version,
 * no resources list) gives `{ ok: false, message }`. Otherwise every record is checked: good ones load,
 * bad ones and repeated ids are left out and reported by record number (1-based), id and field.
 */
export function loadPack(json: unknown): PackLoad {
  const headerProblem = packHeaderProblem(json);
  if (headerProblem !== undefined) return { ok: false, message: headerProblem };
  const header = PackHeaderSchema.safeParse(json);
  if (!header.success) {
    const reasons = header.error.issues.map((issue) => issue.message).join(' ');
    return { ok: false, message: `The pack's header is not right. ${reasons}` };
  }
  const records = (json as { resources: unknown[] }).resources;
  const problems: RecordProblem[] = [];
  const placed: PlacedResource[] = [];
  records.forEach((candidate, index) => {
    const position = { record: index + 1 };
    const checked = checkResource(candidate, position);
    if (checked.ok) {
      placed.push({ resource: checked.resource, position });
      problems.push(...checked.warnings);
    } else {
      problems.push(...checked.problems);
    }
  });
  const { kept, problems: duplicates } = leaveOutDuplicateIds(placed);
  problems.push(...duplicates);
  problems.sort((a, b) => a.record - b.record);
  const resources = kept.map((item) => item.resource);
  return {
    ok: true,
    pack: Object.assign(ownData(header.data), { resources }),
    counts: countLoaded(records.length, resources.length),
    problems,
  };
}

/** The one message for input that is not a pack at all, or undefined when it looks like one. */
function packHeaderProblem(json: unknown): string | undefined {
  if (!isPlainObject(json)) {
    return `This is not a Signpost pack: it should be a JSON object starting with "format": "${PACK_FORMAT}".`;
  }
  if (json.format !== PACK_FORMAT) {
    return `This is not a Signpost pack: "format" should be "${PACK_FORMAT}". If it is an Open Referral UK file, use import instead.`;
  }
  if (json.version !== PACK_VERSION) {
    return `This pack is version ${JSON.stringify(json.version)}, but this Signpost reads version ${PACK_VERSION}. Update Signpost, or make the pack again.`;
  }
  if (!Array.isArray(json.resources)) {
    return 'This pack has no "resources" list, so there is nothing to load.';
  }
  return undefined;
}
