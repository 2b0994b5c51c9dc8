import type { AccessFeature, HowToGetIn } from '../resource.ts';
import { ACCESS_FEATURES, HOW_TO_GET_IN } from '../resource.ts';
import type { CategoryId } from '../categories.ts';
import type { Locate } from './import-result.ts';
import type {
  OpenReferralAttribute,
  OpenReferralLocation,
  OpenReferralPhone,
  OpenReferralService,
  OpenReferralServiceAtLocation,
} from './open-referral-input.ts';
import { accessFeaturesIn } from './access-features-in.ts';
import { categoryForTerm } from './category-for-term.ts';
import { hoursFromSchedules } from './hours-from-schedules.ts';
import { joinPresent } from '../../util/join-present.ts';
import { languageCode } from './language-code.ts';
import { compact } from '../../util/compact.ts';
import { nonEmptyText } from '../../util/non-empty-text.ts';
import { plainTextFromHtml } from './plain-text-from-html.ts';
import { tidyEmail, tidyPhone, tidyWebsite, type Tidied } from './tidy-contact.ts';

/*
 * One ORUK service at one location, folded into an unchecked Signpost resource (checkResource checks it
 * next). Contact details come from the service, then the location, then the organisation. Fields Signpost
 * has no place for (funding, contacts, organization_identifiers, accreditations) are not read.
 */

/**
 * Taxonomies Signpost writes on export, so its own facts survive a round trip exactly. The UK profile has
 * no field for a resource's own id, its source or a helpline's access note, so those travel as terms too
 * (on the location for help at a place, on the service for help by phone or online). A resource with a
 * `signpost-id` term was written by Signpost: its access terms are then the whole list, even when there are
 * none, and nothing is read into its access note.
 */
export const SIGNPOST_TAXONOMY = {
  category: 'signpost-category',
  access: 'signpost-access',
  howToGetIn: 'signpost-how-to-get-in',
  id: 'signpost-id',
  source: 'signpost-source',
  accessNote: 'signpost-access-note',
} as const;

export interface ServiceAtOneLocation {
  id: string;
  service: OpenReferralService;
  serviceAtLocation?: OpenReferralServiceAtLocation;
  location?: OpenReferralLocation;
}

export interface MappingProblem {
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface MappedResource {
  candidate: Record<string, unknown>;
  problems: MappingProblem[];
}

const FREE_WORDS = /^\s*(free|free of charge|no charge|£?0(\.00)?)\s*\.?\s*$/i;

export function resourceFromOpenReferral(unit: ServiceAtOneLocation, source: string, locate?: Locate): MappedResource {
  const { service, location } = unit;
  const problems: MappingProblem[] = [];
  const warn = (field: string, message: string) => problems.push({ field, message, severity: 'warning' });
  const terms = termsOf(unit);
  const cost = costOf(service);
  if (cost.unknown)
    warn(
      'cost_options',
      'It says nothing about cost, so it is marked as not free. Check before telling people the price.',
    );
  const hours = hoursFromSchedules(schedulesOf(unit));
  hours.warnings.forEach((message) => warn('schedules', message));
  const alert = nonEmptyText(service.alert);
  if (alert !== undefined)
    warn(
      'alert',
      `Signpost has no place for the alert "${alert}", so it was not kept. Put it in the description if residents need it.`,
    );
  const access = accessOf(location, terms);
  const candidate = compact({
    id: terms.id ?? unit.id,
    name: service.name.trim(),
    organisation: nonEmptyText(service.organization?.name),
    description: nonEmptyText(plainTextFromHtml(service.description ?? '')),
    categories: categoriesOf(terms.other, problems),
    place: location === undefined ? undefined : placeOf(location, problems, locate),
    contact: contactOf(unit, problems),
    hours: hours.hours.length === 0 ? undefined : hours.hours,
    hoursNote: hours.hoursNote,
    free: cost.free,
    costNote: cost.note,
    languages: languagesOf(service, warn),
    access: access.features.length === 0 ? undefined : access.features,
    accessNote: access.note,
    eligibility: eligibilityOf(service),
    whatToBring: joinPresent((service.required_documents ?? []).map((document) => nonEmptyText(document.document))),
    howToGetIn: terms.howToGetIn,
    lastVerified: lastVerifiedOf(service, problems),
    source: terms.source ?? source,
  });
  return { candidate, problems };
}

interface Terms {
  access: AccessFeature[];
  howToGetIn?: HowToGetIn;
  /** Signpost's own id, source and access note for the resource, from its export. */
  id?: string;
  source?: string;
  accessNote?: string;
  other: Array<{ term?: string; name?: string }>;
}

/** Signpost's own terms that hold one fact each; the location's come first, so they win over the service's. */
const ONE_FACT_TERMS = [
  [SIGNPOST_TAXONOMY.id, 'id'],
  [SIGNPOST_TAXONOMY.source, 'source'],
  [SIGNPOST_TAXONOMY.accessNote, 'accessNote'],
] as const;

function termsOf(unit: ServiceAtOneLocation): Terms {
  const attributes: OpenReferralAttribute[] = [
    ...(unit.location?.attributes ?? []),
    ...(unit.location?.accessibility ?? []).flatMap((entry) => entry.attributes ?? []),
    ...(unit.service.attributes ?? []),
  ];
  const terms: Terms = { access: [], other: [] };
  for (const attribute of attributes) {
    const term = attribute.taxonomy_term;
    if (term === undefined || term === null) continue;
    const value = nonEmptyText(term.term) ?? '';
    const oneFact = ONE_FACT_TERMS.find(([taxonomy]) => taxonomy === term.taxonomy);
    if (oneFact !== undefined) {
      if (value !== '') terms[oneFact[1]] ??= value;
    } else if (term.taxonomy === SIGNPOST_TAXONOMY.access && (ACCESS_FEATURES as readonly string[]).includes(value)) {
      terms.access.push(value as AccessFeature);
    } else if (term.taxonomy === SIGNPOST_TAXONOMY.howToGetIn && (HOW_TO_GET_IN as readonly string[]).includes(value)) {
      terms.howToGetIn = value as HowToGetIn;
    } else {
      terms.other.push(compact({ term: nonEmptyText(term.term), name: nonEmptyText(term.name) }));
    }
  }
  return terms;
}

/** Categories by the mapping in category-for-term.ts; terms that map to nothing are reported, never guessed. */
function categoriesOf(terms: Terms['other'], problems: MappingProblem[]): CategoryId[] {
  const categories = new Set<CategoryId>();
  const unmatched: string[] = [];
  for (const term of terms) {
    const category = categoryForTerm(term.term ?? '') ?? categoryForTerm(term.name ?? '');
    if (category === undefined) unmatched.push(term.name ?? term.term ?? '(no name)');
    else categories.add(category);
  }
  const named = unmatched.map((name) => `"${name}"`).join(', ');
  if (categories.size === 0) {
    problems.push({
      field: 'attributes',
      severity: 'error',
      message:
        terms.length === 0
          ? 'It has no taxonomy terms, so Signpost cannot tell what kind of help it is. Add a term, or a row to the mapping in category-for-term.ts.'
          : `None of its taxonomy terms (${named}) match a Signpost category. Add them to the mapping in category-for-term.ts.`,
    });
  } else if (unmatched.length > 0) {
    problems.push({
      field: 'attributes',
      severity: 'warning',
      message: `The taxonomy terms ${named} match no Signpost category, so they were not used.`,
    });
  }
  return [...categories];
}

function placeOf(
  location: OpenReferralLocation,
  problems: MappingProblem[],
  locate?: Locate,
): Record<string, unknown> | undefined {
  const address = location.addresses?.find((entry) => entry.address_type !== 'postal') ?? location.addresses?.[0];
  const lines = [address?.address_1, address?.address_2]
    .flatMap((line) => (nonEmptyText(line) ?? '').split(/,\s*/))
    .filter((line) => line.trim() !== '');
  const postcode = nonEmptyText(address?.postal_code);
  const where = compact({
    name: nonEmptyText(location.name),
    address: lines.length === 0 ? undefined : lines,
    town: nonEmptyText(address?.city),
    postcode,
  });
  if (typeof location.latitude === 'number' && typeof location.longitude === 'number') {
    return { ...where, latitude: location.latitude, longitude: location.longitude };
  }
  const located = postcode === undefined ? undefined : locate?.(postcode);
  if (located !== undefined && postcode !== undefined) {
    problems.push({
      field: 'location.latitude',
      severity: 'warning',
      message: `It had no latitude and longitude, so the centre of ${postcode}'s area was used: distances to it are approximate.`,
    });
    return { ...where, ...located };
  }
  problems.push({
    field: 'location.latitude',
    severity: 'error',
    message: `It needs a latitude and longitude${postcode === undefined ? '' : ` (its postcode is ${postcode}, which Signpost could not look up)`} to be found by postcode.`,
  });
  return undefined;
}

function contactOf(unit: ServiceAtOneLocation, problems: MappingProblem[]): Record<string, string> {
  const { service } = unit;
  const organization = service.organization ?? undefined;
  const phones: OpenReferralPhone[] = [
    ...(service.phones ?? []),
    ...(unit.serviceAtLocation?.phones ?? []),
    ...(unit.location?.phones ?? []),
    ...(organization?.phones ?? []),
  ];
  const isTextOnly = (phone: OpenReferralPhone) =>
    /\b(text|sms)\b/i.test(`${phone.type ?? ''} ${phone.description ?? ''}`);
  const keep = (field: string, raw: string | undefined, tidy: (raw: string) => Tidied): string | undefined => {
    if (raw === undefined) return undefined;
    const tidied = tidy(raw);
    if (tidied.ok) return tidied.value;
    problems.push({ field, severity: 'warning', message: tidied.message });
    return undefined;
  };
  return compact({
    phone: keep('phones', nonEmptyText(phones.find((phone) => !isTextOnly(phone))?.number), tidyPhone),
    text: keep('phones', nonEmptyText(phones.find(isTextOnly)?.number), tidyPhone),
    email: keep('email', nonEmptyText(service.email) ?? nonEmptyText(organization?.email), tidyEmail),
    website: keep(
      'url',
      nonEmptyText(service.url) ?? nonEmptyText(organization?.website) ?? nonEmptyText(organization?.url),
      tidyWebsite,
    ),
  });
}

function schedulesOf(unit: ServiceAtOneLocation) {
  const atThisPlace = (schedule: { service_at_location_id?: string | null }) =>
    schedule.service_at_location_id === undefined ||
    schedule.service_at_location_id === null ||
    schedule.service_at_location_id === unit.serviceAtLocation?.id;
  return [
    ...(unit.service.schedules ?? []).filter(atThisPlace),
    ...(unit.serviceAtLocation?.schedules ?? []),
    ...(unit.location?.schedules ?? []),
  ];
}

interface Cost {
  free: boolean;
  note?: string;
  unknown: boolean;
}

function costOf(service: OpenReferralService): Cost {
  const options = service.cost_options ?? [];
  const fees = nonEmptyText(service.fees);
  const paid = options.filter((option) => typeof option.amount === 'number' && option.amount > 0);
  const saysFree =
    options.some((option) => option.amount === 0 || FREE_WORDS.test(option.amount_description ?? '')) ||
    (fees !== undefined && FREE_WORDS.test(fees));
  const notes = [
    ...options.map((option) => {
      const words = joinPresent(
        [
          nonEmptyText(option.amount_description),
          nonEmptyText(option.option) === undefined ? undefined : `(${nonEmptyText(option.option)})`,
        ],
        ' ',
      );
      if (typeof option.amount === 'number' && option.amount > 0)
        return joinPresent([poundsAndPence(option.amount), words], ' ');
      return words !== undefined && FREE_WORDS.test(nonEmptyText(option.amount_description) ?? '') ? undefined : words;
    }),
    fees !== undefined && !FREE_WORDS.test(fees) ? fees : undefined,
  ];
  return {
    free: paid.length === 0 && saysFree,
    note: joinPresent([...new Set(notes)]),
    unknown: options.length === 0 && fees === undefined,
  };
}

function poundsAndPence(amount: number): string {
  return Number.isInteger(amount) ? `£${amount}` : `£${amount.toFixed(2)}`;
}

function languagesOf(
  service: OpenReferralService,
  warn: (field: string, message: string) => void,
): string[] | undefined {
  const codes = new Set<string>();
  for (const language of service.languages ?? []) {
    const code = languageCode(nonEmptyText(language.code) ?? '') ?? languageCode(nonEmptyText(language.name) ?? '');
    if (code !== undefined) codes.add(code);
    else if (language.code || language.name)
      warn(
        'languages',
        `Signpost does not know the language "${language.code ?? language.name}", so it was not kept. Use a code like en, cy or ur.`,
      );
  }
  return codes.size === 0 ? undefined : [...codes];
}

function accessOf(
  location: OpenReferralLocation | undefined,
  terms: Terms,
): { features: AccessFeature[]; note?: string } {
  const texts = (location?.accessibility ?? []).flatMap((entry) => [
    ...new Set([nonEmptyText(entry.description), nonEmptyText(entry.details), nonEmptyText(entry.accessibility)]),
  ]);
  const note = joinPresent(texts, ' ') ?? terms.accessNote;
  // Signpost's own export lists access features exactly, even none; otherwise read the publisher's words.
  const writtenBySignpost = terms.id !== undefined || terms.access.length > 0;
  const found = new Set(writtenBySignpost ? terms.access : accessFeaturesIn(note ?? ''));
  return { features: ACCESS_FEATURES.filter((feature) => found.has(feature)), ...(note === undefined ? {} : { note }) };
}

function eligibilityOf(service: OpenReferralService): string | undefined {
  const min = service.minimum_age ?? undefined;
  const max = service.maximum_age ?? undefined;
  const ages =
    min !== undefined && max !== undefined
      ? `For ages ${min} to ${max}.`
      : min !== undefined
        ? `For ages ${min} and over.`
        : max !== undefined
          ? `For ages up to ${max}.`
          : undefined;
  const areas = (service.service_areas ?? []).map((area) => nonEmptyText(area.description));
  return joinPresent([nonEmptyText(plainTextFromHtml(service.eligibility_description ?? '')), ages, ...areas], ' ');
}

function lastVerifiedOf(service: OpenReferralService, problems: MappingProblem[]): string | undefined {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(service.last_modified ?? service.assured_date ?? '')?.[0];
  if (date === undefined) {
    problems.push({
      field: 'last_modified',
      severity: 'error',
      message:
        'It has no last_modified date, so Signpost cannot say when it was last checked. Ask the publisher to add one.',
    });
  }
  return date;
}
