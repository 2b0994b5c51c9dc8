import type { WeeklyHours } from '../../hours/weekly-hours.ts';
import type { Resource } from '../resource.ts';
import { categoryLabel } from '../categories.ts';
import type { RecordProblem } from '../load-report.ts';
import { compact } from '../../util/compact.ts';
import { SIGNPOST_TAXONOMY } from './resource-from-open-referral.ts';
import { isUuid, uuidV5 } from './uuid-v5.ts';

/*
 * Signpost resources as an Open Referral UK `/services` page (HSDS 3.0 UK profile,
 * schema/compiled/service.json). Ids: a resource imported from ORUK keeps its service and location UUIDs
 * (our id is `serviceId` or `serviceId@locationId`); any other id becomes a name-based UUID (uuid-v5.ts),
 * the same on every export. Resources sharing a service id are written as one service at several locations.
 * Facts the UK profile has no field for travel in HSDS 3.0 fields the profile dropped (phones,
 * eligibility_description, required_documents, language code) and in Signpost's own taxonomies
 * (SIGNPOST_TAXONOMY: categories, access, how to get in, and each resource's id and source), so an import
 * of the export gives the same resources back.
 * Times are written as UK clock time with no zone. schedule.json says they "should" carry one, but a weekly
 * rule has no date, and UK clocks are at +00:00 or +01:00 depending on it (see hours-from-schedules.ts).
 */

export interface OpenReferralPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Array<Record<string, unknown>>;
}

/** Facts that belong to the service, the same at each of its locations. */
const SERVICE_FIELDS = [
  'name',
  'organisation',
  'description',
  'categories',
  'free',
  'costNote',
  'languages',
  'eligibility',
  'whatToBring',
  'howToGetIn',
  'lastVerified',
  'hoursNote',
] as const;

/**
 * Writes resources as one ORUK page. Never throws. Problems are warnings about facts other systems may
 * read differently (hours that are not every week, resources split from their service); record numbers
 * are positions in `resources`, 1-based.
 */
export function exportOpenReferral(resources: readonly Resource[]): {
  page: OpenReferralPage;
  problems: RecordProblem[];
} {
  const problems: RecordProblem[] = [];
  const groups = new Map<string, ServiceGroup>();
  const takenIds = new Set<string>();
  const startGroup = (key: string, serviceId: string, item: Numbered) => {
    const id = takenIds.has(serviceId) ? uuidV5(`${item.resource.id}:service`) : serviceId;
    takenIds.add(id);
    groups.set(key, { serviceId: id, items: [item] });
  };
  resources.forEach((resource, index) => {
    const item = { resource, record: index + 1 };
    const key = groupKey(resource);
    const group = groups.get(key);
    if (group === undefined) return startGroup(key, serviceIdFor(resource), item);
    const first = (group.items[0] as Numbered).resource;
    if (sameService(first, resource)) return group.items.push(item);
    problems.push({
      ...item,
      id: resource.id,
      severity: 'warning',
      message: `It differs from ${first.id} in more than its place, times and phone, so it was written as a service of its own with a new id.`,
    });
    startGroup(`${resource.id}\u0000alone`, uuidV5(resource.id), item);
  });
  const contents = [...groups.values()].map((group) => serviceOf(group, problems));
  return {
    page: {
      total_items: contents.length,
      total_pages: 1,
      page_number: 1,
      size: contents.length,
      first_page: true,
      last_page: true,
      empty: contents.length === 0,
      contents,
    },
    problems: problems.sort((a, b) => a.record - b.record),
  };
}

interface Numbered {
  resource: Resource;
  record: number;
}

interface ServiceGroup {
  serviceId: string;
  items: Numbered[];
}

/** Resources at a place group by the service part of their id; help with no place stands alone. */
function groupKey(resource: Resource): string {
  const at = resource.id.indexOf('@');
  return resource.place === undefined || at < 0 ? resource.id : resource.id.slice(0, at);
}

/** The service UUID it was imported with (the part before "@"), else one made from that part of our id. */
function serviceIdFor(resource: Resource): string {
  const servicePart = groupKey(resource);
  return isUuid(servicePart) ? servicePart.toLowerCase() : uuidV5(servicePart);
}

function sameService(a: Resource, b: Resource): boolean {
  if (a.place === undefined || b.place === undefined) return false;
  const sameContact = a.contact.email === b.contact.email && a.contact.website === b.contact.website;
  return sameContact && SERVICE_FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

function serviceOf({ serviceId, items }: ServiceGroup, problems: RecordProblem[]): Record<string, unknown> {
  const { resource: first } = items[0] as Numbered;
  const alone = items.length === 1;
  const id = (what: string) => uuidV5(`${serviceId}:${what}`);
  const servicesAtLocations: Array<Record<string, unknown>> = [];
  const schedules: Array<Record<string, unknown>> = [];
  items.forEach(({ resource, record }, index) => {
    const serviceAtLocation =
      resource.place === undefined ? undefined : serviceAtLocationOf(resource, serviceId, !alone);
    if (serviceAtLocation !== undefined) servicesAtLocations.push(serviceAtLocation);
    // With several locations, each one's hours are tied to it (schedule.service_at_location_id).
    const salId = alone ? undefined : (serviceAtLocation?.id as string | undefined);
    const warn = (message: string) =>
      problems.push({ record, id: resource.id, field: 'hours', severity: 'warning', message });
    schedules.push(...schedulesOf(resource, `${serviceId}:${index}`, salId, warn));
  });
  if (first.hoursNote !== undefined) schedules.push({ id: id('hours-note'), description: first.hoursNote });
  const categoryAttributes = first.categories.map((category) =>
    attributeOf(id(`category:${category}`), SIGNPOST_TAXONOMY.category, category, categoryLabel(category)),
  );
  const howToGetIn =
    first.howToGetIn === undefined
      ? []
      : [attributeOf(id('how-to-get-in'), SIGNPOST_TAXONOMY.howToGetIn, first.howToGetIn, first.howToGetIn)];
  // Help by phone or online has no location, so its own facts go on the service.
  const remoteFacts =
    first.place === undefined ? [...accessAttributes(first, id), ...ownFactAttributes(first, id, 'service')] : [];
  return compact({
    id: serviceId,
    organization_id: first.organisation === undefined ? undefined : organisationId(first.organisation),
    name: first.name,
    description: first.description,
    url: first.contact.website,
    email: first.contact.email,
    status: 'active',
    fees: first.free ? undefined : first.costNote,
    eligibility_description: first.eligibility,
    last_modified: `${first.lastVerified}T00:00:00.000Z`,
    schedules: schedules.length === 0 ? undefined : schedules,
    service_at_locations: servicesAtLocations.length === 0 ? undefined : servicesAtLocations,
    languages: first.languages?.map((code) => ({ id: id(`language:${code}`), code })),
    organization:
      first.organisation === undefined
        ? undefined
        : { id: organisationId(first.organisation), name: first.organisation, description: first.organisation },
    cost_options: first.free
      ? [{ id: id('cost'), amount: 0, amount_description: first.costNote ?? 'Free' }]
      : undefined,
    phones: alone ? phonesOf(first, id) : undefined,
    required_documents:
      first.whatToBring === undefined ? undefined : [{ id: id('what-to-bring'), document: first.whatToBring }],
    attributes: [...categoryAttributes, ...howToGetIn, ...remoteFacts],
  });
}

function organisationId(name: string): string {
  return uuidV5(`organisation:${name}`);
}

function serviceAtLocationOf(resource: Resource, serviceId: string, withPhones: boolean): Record<string, unknown> {
  const place = resource.place as NonNullable<Resource['place']>;
  const locationPart = resource.id.includes('@') ? resource.id.slice(resource.id.indexOf('@') + 1) : undefined;
  const locationId =
    locationPart !== undefined && isUuid(locationPart) ? locationPart.toLowerCase() : uuidV5(`${resource.id}:location`);
  const id = (what: string) => uuidV5(`${resource.id}:${what}`);
  const hasAddress = place.address !== undefined || place.postcode !== undefined || place.town !== undefined;
  const accessibility =
    resource.accessNote === undefined && resource.access === undefined
      ? undefined
      : [compact({ id: id('access'), description: resource.accessNote, attributes: accessAttributes(resource, id) })];
  return {
    id: uuidV5(`${serviceId}@${locationId}`),
    service_id: serviceId,
    location_id: locationId,
    location: compact({
      id: locationId,
      location_type: 'physical',
      name: place.name,
      latitude: place.latitude,
      longitude: place.longitude,
      addresses: hasAddress
        ? [
            {
              id: id('address'),
              address_1: (place.address ?? []).join(', '),
              city: place.town ?? '',
              state_province: '',
              postal_code: place.postcode ?? '',
              country: 'GB',
              address_type: 'physical',
            },
          ]
        : undefined,
      accessibility,
      attributes: ownFactAttributes(resource, id, 'location'),
      phones: withPhones ? phonesOf(resource, id) : undefined,
    }),
  };
}

function accessAttributes(resource: Resource, id: (what: string) => string): Array<Record<string, unknown>> {
  return (resource.access ?? []).map((feature) =>
    attributeOf(id(`access:${feature}`), SIGNPOST_TAXONOMY.access, feature, feature.replace(/-/g, ' ')),
  );
}

/**
 * The resource's own id and source, which no ORUK field holds, and for help with no place its access note
 * (a place's is the location's accessibility description).
 */
function ownFactAttributes(
  resource: Resource,
  id: (what: string) => string,
  on: 'service' | 'location',
): Array<Record<string, unknown>> {
  const facts = [
    [SIGNPOST_TAXONOMY.id, resource.id],
    [SIGNPOST_TAXONOMY.source, resource.source],
    [SIGNPOST_TAXONOMY.accessNote, resource.place === undefined ? resource.accessNote : undefined],
  ] as const;
  return facts.flatMap(([taxonomy, value]) =>
    value === undefined ? [] : [attributeOf(id(taxonomy), taxonomy, value, value, on)],
  );
}

function attributeOf(
  id: string,
  taxonomy: string,
  term: string,
  name: string,
  linkType: 'service' | 'location' = 'service',
): Record<string, unknown> {
  return {
    id: uuidV5(`${id}:attribute`),
    link_type: linkType,
    taxonomy_term: { id, name, description: name, taxonomy, term },
  };
}

function phonesOf(resource: Resource, id: (what: string) => string): Array<Record<string, unknown>> | undefined {
  const phones = [
    ...(resource.contact.phone === undefined ? [] : [{ id: id('phone'), number: resource.contact.phone }]),
    ...(resource.contact.text === undefined
      ? []
      : [{ id: id('text'), number: resource.contact.text, description: 'Text only' }]),
  ];
  return phones.length === 0 ? undefined : phones;
}

/**
 * Weekly rules as WEEKLY schedules. A rule with a note ("first Monday of the month") keeps its days and
 * times but has no freq, with the note as its description, because other systems would read WEEKLY as
 * every week: that is reported. Signpost reads such a schedule back as a rule with that note.
 */
function schedulesOf(
  resource: Resource,
  idBase: string,
  salId: string | undefined,
  warn: (message: string) => void,
): Array<Record<string, unknown>> {
  return (resource.hours ?? []).map((rule: WeeklyHours, index) => {
    const noted = rule.note !== undefined;
    if (noted)
      warn(
        `The opening rule "${rule.days.join(',')} ${rule.opens}-${rule.closes}" (${rule.note}) is written without a repeat, with its note as the description, so other systems do not read it as every week.`,
      );
    return compact({
      id: uuidV5(`${idBase}:schedule:${index}`),
      service_at_location_id: salId,
      freq: noted ? undefined : 'WEEKLY',
      interval: noted ? undefined : 1,
      byday: rule.days.join(','),
      opens_at: `${rule.opens}:00`,
      closes_at: `${rule.closes}:00`,
      valid_from: rule.validFrom,
      valid_to: rule.validTo,
      description: rule.note,
    });
  });
}
