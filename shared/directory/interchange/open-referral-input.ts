import * as z from 'zod/mini';
import { isPlainObject } from '../check-resource.ts';

/*
 * The parts of an Open Referral UK (HSDS 3.0 UK profile) service that Signpost reads, checked for type
 * only. Objects are loose (schema/service.json sets no additionalProperties: false) and every optional field
 * may be null, as real feeds send it. A few HSDS 3.0 fields that the UK profile removed (phones,
 * eligibility_description, required_documents, language code) are read too, because publishers still send
 * them and they matter to residents.
 */

const maybe = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));
const text = maybe(z.string({ error: 'This must be text.' }));
const number = maybe(z.number({ error: 'This must be a number.' }));
const list = <T extends z.core.SomeType>(item: T) => maybe(z.array(item, { error: 'This must be a list.' }));
const record = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.looseObject(shape, { error: 'This must be an object.' });

const TaxonomyTermSchema = record({ id: text, name: text, term: text, taxonomy: text, code: text, term_uri: text });
/** Numbers from data are read by plainDecimal (bounds, no hex or exponents), so any value is let through here. */
const anyValue = z.optional(z.unknown());
const AttributeSchema = record({ taxonomy_term: maybe(TaxonomyTermSchema), value: text });
const PhoneSchema = record({ number: text, description: text, type: text });
const ScheduleSchema = record({
  id: text,
  service_at_location_id: text,
  freq: text,
  interval: number,
  byday: text,
  bymonthday: text,
  opens_at: text,
  closes_at: text,
  valid_from: text,
  valid_to: text,
  description: text,
  notes: text,
});
const AddressSchema = record({ address_1: text, address_2: text, city: text, postal_code: text, address_type: text });
const AccessibilitySchema = record({
  description: text,
  details: text,
  accessibility: text,
  attributes: list(AttributeSchema),
});
export const OpenReferralLocationSchema = record({
  id: text,
  location_type: text,
  name: text,
  latitude: anyValue,
  longitude: anyValue,
  addresses: list(AddressSchema),
  accessibility: list(AccessibilitySchema),
  attributes: list(AttributeSchema),
  phones: list(PhoneSchema),
  schedules: list(ScheduleSchema),
  holiday_schedules: list(record({})),
});
export const OpenReferralServiceAtLocationSchema = record({
  id: text,
  location: maybe(OpenReferralLocationSchema),
  phones: list(PhoneSchema),
  schedules: list(ScheduleSchema),
  holiday_schedules: list(record({})),
});
const OrganizationSchema = record({
  id: text,
  name: text,
  email: text,
  website: text,
  url: text,
  phones: list(PhoneSchema),
});

export const OpenReferralServiceSchema = record({
  id: z
    .string({ error: (issue) => (issue.input === undefined ? 'The service has no id.' : 'The id must be text.') })
    .check(z.trim(), z.minLength(1, 'The service id is empty.')),
  name: z.string({
    error: (issue) => (issue.input === undefined ? 'The service has no name.' : 'The name must be text.'),
  }),
  status: text,
  description: text,
  url: text,
  email: text,
  fees: text,
  eligibility_description: text,
  minimum_age: anyValue,
  maximum_age: anyValue,
  alert: text,
  last_modified: text,
  assured_date: text,
  schedules: list(ScheduleSchema),
  service_areas: list(record({ name: text, description: text })),
  service_at_locations: list(OpenReferralServiceAtLocationSchema),
  languages: list(record({ code: text, name: text })),
  organization: maybe(OrganizationSchema),
  cost_options: list(record({ option: text, amount: number, amount_description: text })),
  phones: list(PhoneSchema),
  contacts: list(record({ phones: list(PhoneSchema) })),
  required_documents: list(record({ document: text })),
  attributes: list(AttributeSchema),
  /** Placecube's vendor fields: who the service is for, and when it was checked. */
  pc_targetAudience: list(record({ audienceType: text })),
  pc_metadata: maybe(record({ date_modified: text, date_assured: text })),
  holiday_schedules: list(record({})),
});

export type OpenReferralService = z.infer<typeof OpenReferralServiceSchema>;
export type OpenReferralLocation = z.infer<typeof OpenReferralLocationSchema>;
export type OpenReferralServiceAtLocation = z.infer<typeof OpenReferralServiceAtLocationSchema>;
export type OpenReferralPhone = z.infer<typeof PhoneSchema>;
export type OpenReferralAttribute = z.infer<typeof AttributeSchema>;

/**
 * The records in one ORUK document: a `/services/{id}` service, a `/services` or `/service_at_locations`
 * page (`contents`, or v1's `content`), an organisation with its `services` (each record gets the
 * organisation), or a plain list of any of these. Each record is still unchecked. Undefined when the
 * document is none of these. An organisation with no services has no records: organisations alone are not
 * help a resident can go to.
 */
export function openReferralRecords(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json.flatMap(servicesOf);
  if (!isPlainObject(json)) return undefined;
  if (Array.isArray(json.contents)) return json.contents.flatMap(servicesOf);
  // The legacy (v1) API's pages hold their records in `content`.
  if (Array.isArray(json.content)) return json.content.flatMap(servicesOf);
  if ('id' in json && ('name' in json || 'service' in json)) return servicesOf(json);
  return undefined;
}

/** An organisation record (organization_full.json, /organizations pages) rather than a service. */
function isOrganisation(record: Record<string, unknown>): boolean {
  if (Array.isArray(record.services)) return true;
  const organisationOnly = ['parent_organization_id', 'logo', 'organization_identifiers', 'website'];
  const serviceOnly = ['status', 'service_at_locations', 'organization', 'schedules', 'url'];
  return organisationOnly.some((field) => field in record) && !serviceOnly.some((field) => field in record);
}

function servicesOf(record: unknown): unknown[] {
  if (!isPlainObject(record) || !isOrganisation(record)) return [record];
  const { services, ...organization } = record;
  return (Array.isArray(services) ? services : []).map((service) =>
    isPlainObject(service) && !isPlainObject(service.organization) ? { ...service, organization } : service,
  );
}

/** A `/service_at_locations` item holds its service under `service`; a `/services` item is the service. */
export function isServiceAtLocationItem(
  record: unknown,
): record is { id?: unknown; service: unknown; location?: unknown } {
  return isPlainObject(record) && isPlainObject(record.service);
}
