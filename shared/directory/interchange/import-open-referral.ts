import type { InputProblem, RecordProblem } from '../load-report.ts';
import { countLoaded } from '../load-report.ts';
import { checkResource, readableId } from '../check-resource.ts';
import type { ImportResult, Locate } from './import-result.ts';
import { leaveOutDuplicateIds, type PlacedResource } from '../leave-out-duplicate-ids.ts';
import {
  OpenReferralServiceAtLocationSchema,
  OpenReferralServiceSchema,
  isServiceAtLocationItem,
  openReferralRecords,
  type OpenReferralLocation,
  type OpenReferralService,
  type OpenReferralServiceAtLocation,
} from './open-referral-input.ts';
import { resourceFromOpenReferral } from './resource-from-open-referral.ts';
import { asProfileService } from './open-referral-v1.ts';
import { tallyNotes, type NotesTally } from './import-notes.ts';
import type { KeeperTerms } from '../categorise/category-cascade.ts';
import { isPlainObject } from '../check-resource.ts';

export interface OpenReferralImportOptions {
  /** Fills in coordinates for locations that have a postcode but no usable latitude and longitude. */
  locate?: Locate;
  /** The keeper's own term → category rows (--categories terms.csv). */
  keeper?: KeeperTerms;
  /** The import's date, 2025-06-30 (today unless given): holiday closures that ended before it are left out. */
  today?: string;
}

/** The fields of a service, a service at a location and a location that Signpost reads, in either version. */
const READ_FIELDS = {
  service: new Set([
    'id',
    'name',
    'status',
    'description',
    'url',
    'email',
    'fees',
    'eligibility_description',
    'minimum_age',
    'maximum_age',
    'alert',
    'last_modified',
    'assured_date',
    'schedules',
    'service_areas',
    'service_at_locations',
    'languages',
    'organization',
    'organization_id',
    'cost_options',
    'phones',
    'contacts',
    'required_documents',
    'attributes',
    'pc_targetAudience',
    'pc_metadata',
    'holiday_schedules',
    'service_taxonomys',
    'regular_schedules',
    'eligibilitys',
  ]),
  serviceAtLocation: new Set([
    'id',
    'service_id',
    'location_id',
    'location',
    'service',
    'phones',
    'schedules',
    'regular_schedules',
    'holiday_schedules',
  ]),
  location: new Set([
    'id',
    'location_type',
    'name',
    'latitude',
    'longitude',
    'addresses',
    'physical_addresses',
    'accessibility',
    'accessibility_for_disabilities',
    'attributes',
    'phones',
    'schedules',
    'regular_schedules',
    'holiday_schedules',
  ]),
};

export interface OpenReferralInput {
  /** The file name or web address it came from: becomes each resource's `source` and names it in reports. */
  source: string;
  /** The parsed JSON: a service, a `/services` or `/service_at_locations` page, or a list of either. */
  json: unknown;
}

interface Unit {
  service: OpenReferralService;
  serviceAtLocation?: OpenReferralServiceAtLocation;
  location?: OpenReferralLocation;
  /** Tells this service's locations apart: the location id, else the service_at_location id, else its place in the list. */
  placeKey: string;
  position: { record: number; source: string };
}

/**
 * Imports Open Referral UK (HSDS 3.0 UK profile) JSON from one or more inputs into Signpost resources.
 * Each service at each physical location becomes one resource, with id `serviceId` when the service has
 * one location or none (none: help by phone or online), else `serviceId@locationId`. Services not marked
 * active are left out. Never throws: records that can't be used are reported (record = 1-based position
 * in the input's list), inputs that are not ORUK at all are listed in `unreadable`. `locate` fills in
 * coordinates for locations that have a postcode but no latitude and longitude.
 */
export function importOpenReferral(
  inputs: readonly OpenReferralInput[],
  options: OpenReferralImportOptions = {},
): ImportResult {
  const tally = tallyNotes();
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const unreadable: InputProblem[] = [];
  const problems: RecordProblem[] = [];
  const units: Unit[] = [];
  let total = 0;
  for (const input of inputs) {
    const records = openReferralRecords(input.json);
    if (records === undefined) {
      unreadable.push({
        source: input.source,
        message:
          'This is not Open Referral UK data: Signpost expected a service, a page with "contents", or a list of services.',
      });
      continue;
    }
    records.forEach((record, index) => {
      countUnusedFields(record, tally);
      const read = unitsOf(asProfile(record), { record: index + 1, source: input.source });
      if (read.ok) units.push(...read.units);
      else problems.push(...read.problems);
      total += read.ok ? read.units.length : 1;
    });
  }
  const placed: PlacedResource[] = [];
  const locationCount = locationsPerService(units);
  for (const unit of units) {
    const orukId =
      (locationCount.get(unit.service.id) ?? 0) > 1 ? `${unit.service.id}@${unit.placeKey}` : unit.service.id;
    const mapped = resourceFromOpenReferral(
      { ...unit, id: orukId },
      { source: unit.position.source, locate: options.locate, keeper: options.keeper, today },
    );
    // Signpost's own export carries the resource's id, which wins over one made from ORUK ids.
    const id = readableId(mapped.candidate) ?? orukId;
    const reported = mapped.problems.map((problem): RecordProblem => ({ ...unit.position, id, ...problem }));
    problems.push(...reported);
    if (reported.some((problem) => problem.severity === 'error')) continue;
    const checked = checkResource(mapped.candidate, unit.position);
    if (!checked.ok) {
      problems.push(...checked.problems);
      continue;
    }
    placed.push({ resource: checked.resource, position: unit.position });
    new Set(mapped.categorised.origins.map((origin) => origin.kind)).forEach((kind) => tally.origin(kind));
    mapped.categorised.unmapped.forEach((term) => tally.unmapped(term));
    if (mapped.noCost) tally.noCost();
  }
  const { kept, problems: duplicates, repeats } = leaveOutDuplicateIds(placed);
  problems.push(...duplicates);
  const resources = kept.map((item) => item.resource);
  return {
    resources,
    placed: kept,
    problems,
    unreadable,
    counts: countLoaded(total - repeats, resources.length),
    notes: tally.notes(),
  };
}

/** A v1 service, or a /service_at_locations item holding one, in the profile's field names. */
function asProfile(record: unknown): unknown {
  if (!isPlainObject(record)) return record;
  if (isServiceAtLocationItem(record)) {
    const item: Record<string, unknown> = {
      ...record,
      service: asProfileService(record.service as Record<string, unknown>),
    };
    if (isPlainObject(record.location)) {
      const wrapped = asProfileService({ service_at_locations: [{ location: record.location }] });
      item.location = (wrapped.service_at_locations as Array<{ location: unknown }>)[0]!.location;
    }
    return item;
  }
  return asProfileService(record);
}

/** Counts each field with something in it that Signpost does not read, so the report can say so. */
function countUnusedFields(record: unknown, tally: NotesTally): void {
  if (!isPlainObject(record)) return;
  const service = isServiceAtLocationItem(record) ? (record.service as Record<string, unknown>) : record;
  const seen = new Set<string>();
  const note = (value: Record<string, unknown>, read: Set<string>, prefix: string) => {
    for (const [field, inside] of Object.entries(value))
      if (!read.has(field) && hasSomething(inside)) seen.add(`${prefix}${field}`);
  };
  note(service, READ_FIELDS.service, '');
  const locations: unknown[] = isServiceAtLocationItem(record)
    ? [record]
    : Array.isArray(service.service_at_locations)
      ? service.service_at_locations
      : [];
  for (const entry of locations) {
    if (!isPlainObject(entry)) continue;
    if (entry !== record) note(entry, READ_FIELDS.serviceAtLocation, 'service_at_locations.');
    if (isPlainObject(entry.location)) note(entry.location, READ_FIELDS.location, 'location.');
  }
  seen.forEach((field) => tally.unused(field));
}

function hasSomething(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isPlainObject(value)) return Object.keys(value).length > 0;
  return true;
}

type UnitsOf = { ok: true; units: Unit[] } | { ok: false; problems: RecordProblem[] };

function unitsOf(record: unknown, position: Unit['position']): UnitsOf {
  const item = isServiceAtLocationItem(record) ? record : undefined;
  const serviceValue = item === undefined ? record : item.service;
  const parsed = OpenReferralServiceSchema.safeParse(serviceValue);
  const parsedItem = item === undefined ? undefined : OpenReferralServiceAtLocationSchema.safeParse(item);
  const issues = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          ...issue,
          path: item === undefined ? issue.path : ['service', ...issue.path],
        }))),
    ...(parsedItem === undefined || parsedItem.success ? [] : parsedItem.error.issues),
  ];
  if (!parsed.success || (parsedItem !== undefined && !parsedItem.success)) {
    const id = readableId(serviceValue);
    return {
      ok: false,
      problems: issues.map((issue) => ({
        ...position,
        ...(id === undefined ? {} : { id }),
        severity: 'error',
        ...(issue.path.length === 0 ? {} : { field: issue.path.map(String).join('.') }),
        message:
          issue.path.length === 0
            ? 'This is not a service: it should be an object with an id and a name.'
            : issue.message,
      })),
    };
  }
  const service = parsed.data;
  if (service.status !== undefined && service.status !== null && service.status !== 'active') {
    return {
      ok: false,
      problems: [
        {
          ...position,
          id: service.id,
          field: 'status',
          severity: 'error',
          message: `It is marked "${service.status}", not "active", so it was left out.`,
        },
      ],
    };
  }
  const servicesAtLocations = parsedItem === undefined ? (service.service_at_locations ?? []) : [parsedItem.data];
  const units = servicesAtLocations.flatMap((entry, index): Unit[] => {
    const location = entry.location ?? undefined;
    if (!isPlaceToGo(location)) return [];
    return [
      {
        service,
        serviceAtLocation: entry,
        location,
        placeKey: location?.id ?? entry.id ?? `location-${index + 1}`,
        position,
      },
    ];
  });
  return { ok: true, units: units.length > 0 ? units : [{ service, placeKey: 'remote', position }] };
}

/** Virtual and postal locations are not somewhere to go: a service with only those is remote help. */
function isPlaceToGo(location: OpenReferralLocation | undefined): boolean {
  return location !== undefined && location.location_type !== 'virtual' && location.location_type !== 'postal';
}

function locationsPerService(units: readonly Unit[]): Map<string, number> {
  const places = new Map<string, Set<string>>();
  for (const unit of units) {
    const seen = places.get(unit.service.id) ?? new Set<string>();
    seen.add(unit.placeKey);
    places.set(unit.service.id, seen);
  }
  return new Map([...places].map(([id, seen]) => [id, seen.size]));
}
