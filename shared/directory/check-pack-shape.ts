import { CATEGORY_IDS } from './categories.ts';
import { ACCESS_FEATURES, HOW_TO_GET_IN } from './resource-vocabulary.ts';
import type { Resource } from './resource.ts';
import type { LoadCounts, RecordProblem } from './load-report.ts';
import type { Pack } from './load-pack.ts';
import type { ShardIndex } from './sources/shard-index.ts';
import { WEEKDAYS } from '../hours/weekdays.ts';

/*
 * A quick check of a pack that Signpost's own `import`, `pull` or `shard` wrote and marked `checked: true`:
 * every record there already passed the full zod check (load-pack.ts), so the browser checks only the
 * shape, by hand, with no zod (the widget's search engine can then leave zod out). It still refuses any
 * hostile shape: a record that is not a plain object, a field of the wrong type, a category or access
 * feature Signpost does not know, a link that is not http(s), coordinates that are not plain numbers inside
 * the UK, unknown keys on the record. Such a record is left out and reported, as loadPack does. Text and
 * links stay safe at render time whatever the data says. An unmarked pack (a site's own file) gets
 * `undefined` here and must go through loadPack's full check.
 *
 * It reads only own properties: a page that added to Object.prototype changes nothing here.
 */

export type QuickPackLoad =
  { ok: true; pack: Pack; counts: LoadCounts; problems: RecordProblem[] } | { ok: false; message: string } | undefined;

type Shape = Record<string, unknown>;

const has = (value: Shape, key: string): boolean => Object.hasOwn(value, key);
const isObject = (value: unknown): value is Shape =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const optional = (value: Shape, key: string, test: (inner: unknown) => boolean): boolean =>
  !has(value, key) || value[key] === undefined || test(value[key]);
const isListOf = (value: unknown, test: (item: unknown) => boolean): boolean =>
  Array.isArray(value) && value.every(test);

const CATEGORIES = new Set<string>(CATEGORY_IDS);
const ACCESS = new Set<string>(ACCESS_FEATURES);
const HOW = new Set<string>(HOW_TO_GET_IN);
const DAYS = new Set<string>(WEEKDAYS);
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PHONE = /^\+?[0-9][0-9 ]{1,18}[0-9]$/;
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

const RESOURCE_KEYS = new Set([
  'id',
  'name',
  'organisation',
  'description',
  'categories',
  'place',
  'contact',
  'hours',
  'hoursNote',
  'free',
  'costNote',
  'languages',
  'access',
  'accessNote',
  'eligibility',
  'whatToBring',
  'howToGetIn',
  'lastVerified',
  'source',
  'correctionsEmail',
]);
const TEXT_FIELDS = [
  'organisation',
  'description',
  'hoursNote',
  'costNote',
  'accessNote',
  'eligibility',
  'whatToBring',
];

/** An http(s) address with no spaces or quotes: `javascript:`, `data:` and the rest never pass. */
const WEBSITE = /^https?:\/\/[^\s"'<>\\]+$/i;
const isWebsite = (value: unknown): boolean => typeof value === 'string' && WEBSITE.test(value);

const isNumberIn = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

function isPlace(value: unknown): boolean {
  if (!isObject(value)) return false;
  return (
    isNumberIn(value.latitude, 49, 61) &&
    isNumberIn(value.longitude, -9, 2) &&
    optional(value, 'name', isText) &&
    optional(value, 'address', (lines) => isListOf(lines, isText) && (lines as unknown[]).length > 0) &&
    optional(value, 'town', isText) &&
    optional(value, 'postcode', isText) &&
    optional(value, 'approximate', (flag) => typeof flag === 'boolean')
  );
}

const isPhone = (value: unknown) => typeof value === 'string' && PHONE.test(value.trim());

/** The contact field that is wrong ("contact.website"), "contact" when it is not an object, or undefined. */
function contactProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'contact';
  const checks: Array<[string, (inner: unknown) => boolean]> = [
    ['phone', isPhone],
    ['phoneLabel', isText],
    [
      'morePhones',
      (list) => isListOf(list, (item) => isObject(item) && isPhone(item.number) && optional(item, 'label', isText)),
    ],
    ['text', isPhone],
    ['email', (email) => typeof email === 'string' && EMAIL.test(email)],
    ['website', isWebsite],
  ];
  const known = new Set(checks.map(([key]) => key));
  const unknown = Object.keys(value).find((key) => !known.has(key));
  if (unknown !== undefined) return `contact.${unknown.slice(0, 40)}`;
  const wrong = checks.find(([key, test]) => !optional(value, key, test));
  return wrong === undefined ? undefined : `contact.${wrong[0]}`;
}

function isRule(value: unknown): boolean {
  if (!isObject(value)) return false;
  return (
    isListOf(value.days, (day) => typeof day === 'string' && DAYS.has(day)) &&
    (value.days as unknown[]).length > 0 &&
    typeof value.opens === 'string' &&
    CLOCK.test(value.opens) &&
    typeof value.closes === 'string' &&
    CLOCK.test(value.closes) &&
    optional(value, 'note', isText) &&
    optional(value, 'validFrom', (date) => typeof date === 'string' && ISO_DATE.test(date)) &&
    optional(value, 'validTo', (date) => typeof date === 'string' && ISO_DATE.test(date))
  );
}

/** The first thing wrong with a record's shape, with the field when there is one, or undefined when it is a resource. */
function shapeProblem(record: unknown): { field?: string; message: string } | undefined {
  const message = shapeMessage(record);
  if (message !== undefined) return { message };
  const contact = contactProblem((record as Shape).contact);
  return contact === undefined
    ? undefined
    : { field: contact, message: 'Its contact details must be phone numbers, an e-mail and an http(s) website.' };
}

function shapeMessage(record: unknown): string | undefined {
  if (!isObject(record)) return 'This record is not a resource object.';
  const unknown = Object.keys(record).find((key) => !RESOURCE_KEYS.has(key));
  if (unknown !== undefined) return `It has a field Signpost does not know: "${unknown.slice(0, 40)}".`;
  if (!isText(record.id) || !isText(record.name)) return 'It has no id or no name.';
  if (
    !isListOf(record.categories, (id) => typeof id === 'string' && CATEGORIES.has(id)) ||
    (record.categories as unknown[]).length === 0
  )
    return 'Its categories are not ones Signpost knows.';
  if (!optional(record, 'place', isPlace)) return 'Its place is not a point inside the UK.';
  if (!optional(record, 'hours', (hours) => isListOf(hours, isRule))) return 'Its opening hours are not weekly rules.';
  if (!TEXT_FIELDS.every((field) => optional(record, field, isText))) return 'A text field of it is not text.';
  if (!optional(record, 'free', (free) => typeof free === 'boolean')) return 'Whether it is free is not true or false.';
  if (
    !optional(record, 'languages', (codes) =>
      isListOf(codes, (code) => typeof code === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code)),
    )
  )
    return 'Its languages are not language codes.';
  if (
    !optional(record, 'access', (features) =>
      isListOf(features, (feature) => typeof feature === 'string' && ACCESS.has(feature)),
    )
  )
    return 'Its access features are not ones Signpost knows.';
  if (!optional(record, 'howToGetIn', (how) => typeof how === 'string' && HOW.has(how)))
    return 'How to get in is not one Signpost knows.';
  if (typeof record.lastVerified !== 'string' || !ISO_DATE.test(record.lastVerified))
    return 'Its last-checked date is not a date.';
  if (!isText(record.source)) return 'It does not say where its facts came from.';
  if (!optional(record, 'correctionsEmail', (email) => typeof email === 'string' && EMAIL.test(email)))
    return 'Its corrections e-mail is not an e-mail address.';
  return undefined;
}

/**
 * A marked pack, quickly: `undefined` for a pack with no `checked: true` mark (check it in full with
 * loadPack), otherwise what loadPack would give for a good pack, with any record of a wrong shape left out.
 */
export function loadCheckedPack(json: unknown): QuickPackLoad {
  if (!isObject(json) || json.checked !== true) return undefined;
  const publisher = json.publisher;
  const header =
    json.format === 'signpost-pack' &&
    json.version === 1 &&
    (isText(publisher) ||
      (isObject(publisher) &&
        optional(publisher, 'name', isText) &&
        optional(publisher, 'email', (email) => typeof email === 'string' && EMAIL.test(email)))) &&
    isText(json.area) &&
    typeof json.generated === 'string' &&
    /^\d{4}-\d{2}-\d{2}/.test(json.generated) &&
    optional(json, 'example', (flag) => typeof flag === 'boolean') &&
    optional(json, 'note', isText) &&
    Array.isArray(json.resources);
  if (!header)
    return { ok: false, message: 'This pack says it was checked, but its header is not a Signpost pack header.' };
  const records = json.resources as unknown[];
  const resources: Resource[] = [];
  const problems: RecordProblem[] = [];
  const ids = new Set<string>();
  const email = isObject(publisher) && typeof publisher.email === 'string' ? publisher.email : undefined;
  records.forEach((record, index) => {
    const problem = shapeProblem(record);
    const id = isObject(record) && isText(record.id) ? record.id : undefined;
    if (problem === undefined && ids.has(id!)) {
      problems.push({
        record: index + 1,
        id,
        field: 'id',
        severity: 'error',
        message: `The id "${id}" is used twice.`,
      });
      return;
    }
    if (problem !== undefined) {
      problems.push({ record: index + 1, ...(id === undefined ? {} : { id }), severity: 'error', ...problem });
      return;
    }
    ids.add(id!);
    const resource = record as Resource;
    resources.push(
      email !== undefined && resource.correctionsEmail === undefined
        ? { ...resource, correctionsEmail: email }
        : resource,
    );
  });
  return {
    ok: true,
    pack: { ...(json as unknown as Pack), resources },
    counts: { total: records.length, loaded: resources.length, leftOut: records.length - resources.length },
    problems,
  };
}

const SHARD_FILE = /^[A-Za-z0-9][A-Za-z0-9_-]*\.json$/;

/** A shard index.json checked by hand (no zod), or a message. Shard file names are plain names only. */
export function checkShardIndexShape(json: unknown): { ok: true; index: ShardIndex } | { ok: false; message: string } {
  const fail = {
    ok: false as const,
    message: 'The shard index is not right: it should be the index.json that "signpost shard" writes.',
  };
  if (!isObject(json) || json.format !== 'signpost-shards' || json.version !== 1) return fail;
  const { remote, areas, source } = json;
  if (!isObject(source) || !isObject(remote) || typeof remote.file !== 'string' || !SHARD_FILE.test(remote.file))
    return fail;
  const goodArea = (area: unknown) =>
    isObject(area) &&
    typeof area.area === 'string' &&
    /^[A-Z]{1,2}$/.test(area.area) &&
    typeof area.file === 'string' &&
    SHARD_FILE.test(area.file) &&
    isObject(area.bounds) &&
    ['south', 'north'].every((edge) => isNumberIn((area.bounds as Shape)[edge], -90, 90)) &&
    ['west', 'east'].every((edge) => isNumberIn((area.bounds as Shape)[edge], -180, 180));
  if (!isListOf(areas, goodArea)) return fail;
  return { ok: true, index: json as unknown as ShardIndex };
}
