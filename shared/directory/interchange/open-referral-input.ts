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

const TaxonomyTermSchema = record({ id: text, name: text, term: text, taxonomy: text, code: text });
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
  latitude: number,
  longitude: number,
  addresses: list(AddressSchema),
  accessibility: list(AccessibilitySchema),
  attributes: list(AttributeSchema),
  phones: list(PhoneSchema),
  schedules: list(ScheduleSchema),
});
export const OpenReferralServiceAtLocationSchema = record({
  id: text,
  location: maybe(OpenReferralLocationSchema),
  phones: list(PhoneSchema),
  schedules: list(ScheduleSchema),
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
  minimum_age: number,
  maximum_age: number,
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
  required_documents: list(record({ document: text })),
  attributes: list(AttributeSchema),
});

export type OpenReferralService = z.infer<typeof OpenReferralServiceSchema>;
export type OpenReferralLocation = z.infer<typeof OpenReferralLocationSchema>;
export type OpenReferralServiceAtLocation = z.infer<typeof OpenReferralServiceAtLocationSchema>;
export type OpenReferralPhone = z.infer<typeof PhoneSchema>;
export type OpenReferralAttribute = z.infer<typeof AttributeSchema>;

/**
 * The records in one ORUK document: a `/services/{id}` service, a `/services` or `/service_at_locations`
 * page (`contents`), or a plain list of either. Each record is still unchecked. Undefined when the document
 * is none of these.
 */
export function openReferralRecords(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (!isPlainObject(json)) return undefined;
  if (Array.isArray(json.contents)) return json.contents;
  if ('id' in json && ('name' in json || 'service' in json)) return [json];
  return undefined;
}

/** A `/service_at_locations` item holds its service under `service`; a `/services` item is the service. */
export function isServiceAtLocationItem(
  record: unknown,
): record is { id?: unknown; service: unknown; location?: unknown } {
  return isPlainObject(record) && isPlainObject(record.service);
}
