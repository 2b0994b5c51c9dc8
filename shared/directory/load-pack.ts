import * as z from 'zod/mini';
import type { Resource } from './resource.ts';
import { missingOr, textField } from '../util/text-field-schema.ts';
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

/** Who keeps the pack, and where to tell them about a mistake. */
const PublisherSchema = z.object(
  {
    name: z.optional(textField("The publisher's name")),
    email: z.optional(
      z.email({ error: "The publisher's e-mail does not look right: it should be like name@example.org." }),
    ),
  },
  { error: 'The publisher must be a name, or an object like { "name": "...", "email": "..." }.' },
);

export const PackHeaderSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  /**
   * Who made the pack, e.g. "Sheffield Digital Inclusion Network", or `{ name, email }`: with an e-mail,
   * every card offers "Something wrong? Tell us".
   */
  publisher: z.union([textField('The publisher'), PublisherSchema], {
    error: missingOr(
      'The publisher',
      () => 'The publisher must be a name, or an object like { "name": "...", "email": "..." }.',
    ),
  }),
  /** Where it covers, in words, e.g. "Sheffield". */
  area: textField('The area'),
  /** When it was made: a date (2025-06-30) or date and time (ISO 8601). */
  generated: z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'The date it was made ("generated") must look like 2025-06-30.',
  }),
  /** True for made-up example data: check every record before real use. */
  example: z.optional(z.boolean({ error: '"example" must be true or false.' })),
  note: z.optional(textField('The note')),
  /**
   * True when Signpost's own `import`, `pull` or `shard` wrote the pack after checking every record. The
   * browser then makes only a fast check of its shape (check-pack-shape.ts) instead of the full one; a
   * pack a site wrote itself has no mark and is checked in full. A false mark buys nothing dangerous: the
   * shape check still refuses anything that is not a resource, and cards show text and safe links only.
   */
  checked: z.optional(z.boolean({ error: '"checked" must be true or false.' })),
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
  const { kept, problems: duplicates, repeats } = leaveOutDuplicateIds(placed);
  problems.push(...duplicates);
  problems.sort((a, b) => a.record - b.record);
  const resources = withCorrectionsEmail(
    kept.map((item) => item.resource),
    header.data.publisher,
  );
  return {
    ok: true,
    pack: Object.assign(ownData(header.data), { resources }),
    counts: countLoaded(records.length - repeats, resources.length),
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

/** The publisher's name, whichever way the pack gives it. */
export function publisherName(publisher: PackHeader['publisher']): string | undefined {
  return typeof publisher === 'string' ? publisher : publisher.name;
}

/** Each resource with the publisher's e-mail for corrections, unless the resource names its own. */
export function withCorrectionsEmail(resources: Resource[], publisher: PackHeader['publisher']): Resource[] {
  const email = typeof publisher === 'string' ? undefined : publisher.email;
  if (email === undefined) return resources;
  return resources.map((resource) =>
    resource.correctionsEmail === undefined ? { ...resource, correctionsEmail: email } : resource,
  );
}
