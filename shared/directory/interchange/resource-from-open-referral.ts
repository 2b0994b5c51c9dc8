import type { AccessFeature, HowToGetIn } from '../resource.ts';
import { ACCESS_FEATURES, HOW_TO_GET_IN } from '../resource.ts';
import type { Locate } from './import-result.ts';
import type {
  OpenReferralAttribute,
  OpenReferralLocation,
  OpenReferralPhone,
  OpenReferralService,
  OpenReferralServiceAtLocation,
} from './open-referral-input.ts';
import { accessFeaturesIn } from './access-features-in.ts';
import {
  categorise,
  originText,
  type Categorised,
  type KeeperTerms,
  type TermInput,
} from '../categorise/category-cascade.ts';
import { holidayClosures } from './holiday-closures.ts';
import { hoursFromSchedules } from './hours-from-schedules.ts';
import { plainDecimal } from '../../util/plain-decimal.ts';
import { joinPresent } from '../../util/join-present.ts';
import { languageCode } from './language-code.ts';
import { compact } from '../../util/compact.ts';
import { nonEmptyText } from '../../util/non-empty-text.ts';
import { plainTextFromHtml } from './plain-text-from-html.ts';
import { tidyEmail, tidyPhone, tidyWebsite, type Tidied, type TidiedPhone } from './tidy-contact.ts';

/*
 * One ORUK service at one location, folded into an unchecked Signpost resource (checkResource checks it
 * next). Contact details come from the service and its contacts, then the location, then the organisation.
 * Fields Signpost has no place for (funding, accreditations, organization_identifiers…) are counted by the
 * importer (import-open-referral.ts), never dropped silently.
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
  /** Its categories and where each came from, for the import's notes. */
  categorised: Categorised;
  /** It said nothing about cost. */
  noCost: boolean;
}

export interface MappingContext {
  /** The file or address it came from: the resource's source unless Signpost's own export names one. */
  source: string;
  locate?: Locate;
  /** The keeper's own term → category rows (--categories). */
  keeper?: KeeperTerms;
  /** The import's date (2025-06-30): holiday closures that ended before it are left out. */
  today: string;
}

/** Great Britain and Northern Ireland, with the slack the resource schema allows (resource.ts PlaceSchema). */
export const UK_LATITUDE = { min: 49, max: 61 };
export const UK_LONGITUDE = { min: -9, max: 2 };
/** Ages people can be; -1, which feeds send for "not set", is outside them. */
const AGES = { min: 0, max: 120 };

const FREE_WORDS = /^\s*(free|free of charge|no charge|£?0(\.00)?)\s*\.?\s*$/i;

export function resourceFromOpenReferral(unit: ServiceAtOneLocation, context: MappingContext): MappedResource {
  const { service, location } = unit;
  const problems: MappingProblem[] = [];
  const warn = (field: string, message: string) => problems.push({ field, message, severity: 'warning' });
  const terms = termsOf(unit);
  const cost = costOf(service);
  const hours = hoursFromSchedules(schedulesOf(unit));
  hours.warnings.forEach((message) => warn('schedules', message));
  const holidays = holidayClosures(
    [
      ...(service.holiday_schedules ?? []),
      ...(unit.serviceAtLocation?.holiday_schedules ?? []),
      ...(location?.holiday_schedules ?? []),
    ],
    context.today,
  );
  if (holidays.unread > 0)
    warn(
      'holiday_schedules',
      `${holidays.unread} holiday times had no date Signpost could read, so they were not kept.`,
    );
  const alert = nonEmptyText(service.alert);
  if (alert !== undefined)
    warn(
      'alert',
      `Signpost has no place for the alert "${alert}", so it was not kept. Put it in the description if residents need it.`,
    );
  const access = accessOf(location, terms);
  const name = service.name.trim();
  const description = nonEmptyText(plainTextFromHtml(service.description ?? ''));
  const categorised = categorise(
    {
      terms: terms.other,
      audiences: (service.pc_targetAudience ?? []).flatMap((entry) => nonEmptyText(entry.audienceType) ?? []),
      name,
      description,
    },
    context.keeper,
  );
  categorised.categories.forEach((category, index) => {
    const origin = categorised.origins[index]!;
    if (origin.kind === 'words' || origin.kind === 'other') warn('categories', `${originText(category, origin)}.`);
  });
  const place = location === undefined ? undefined : placeOf(location, problems, context.locate);
  // An address Signpost could not put on the map still tells a resident where to go: it joins the description.
  const unplaced = location === undefined || place !== undefined ? undefined : addressOf(location);
  const candidate = compact({
    id: terms.id ?? unit.id,
    name,
    organisation: nonEmptyText(service.organization?.name),
    description: unplaced === undefined ? description : joinPresent([description, `Address: ${unplaced}`], '\n\n'),
    categories: categorised.categories,
    place,
    contact: contactOf(unit, problems),
    hours: hours.hours.length === 0 ? undefined : hours.hours,
    hoursNote: joinPresent([hours.hoursNote, holidays.note], ' '),
    free: cost.free,
    costNote: cost.note,
    languages: languagesOf(service, warn),
    access: access.features.length === 0 ? undefined : access.features,
    accessNote: access.note,
    eligibility: eligibilityOf(service, place === undefined, warn),
    whatToBring: joinPresent((service.required_documents ?? []).map((document) => nonEmptyText(document.document))),
    howToGetIn: terms.howToGetIn,
    lastVerified: lastVerifiedOf(service, problems),
    source: terms.source ?? context.source,
  });
  if (!canBeReached(candidate)) {
    // Kept all the same: losing the record would lose what the publisher said; the keeper fixes the contact.
    warn(
      'contact',
      'It has no place on the map, phone number, e-mail or website that Signpost could use, so residents cannot reach it from the card. It was kept: add one of them.',
    );
  }
  return { candidate, problems, categorised, noCost: cost.unknown };
}

/** A place, a phone, a text number, an e-mail or a website: some way for a resident to get the help. */
function canBeReached(candidate: Record<string, unknown>): boolean {
  const contact = (candidate.contact ?? {}) as Record<string, unknown>;
  return candidate.place !== undefined || Object.keys(contact).length > 0;
}

interface Terms {
  access: AccessFeature[];
  howToGetIn?: HowToGetIn;
  /** Signpost's own id, source and access note for the resource, from its export. */
  id?: string;
  source?: string;
  accessNote?: string;
  other: TermInput[];
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
      terms.other.push(
        compact({
          id: nonEmptyText(term.id) ?? nonEmptyText(term.term_uri),
          term: nonEmptyText(term.term) ?? nonEmptyText(term.code),
          name: nonEmptyText(term.name),
          vocabulary: nonEmptyText(term.taxonomy),
        }),
      );
    }
  }
  return terms;
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
  const latitude = plainDecimal(location.latitude, UK_LATITUDE);
  const longitude = plainDecimal(location.longitude, UK_LONGITUDE);
  if (latitude !== undefined && longitude !== undefined) return { ...where, latitude, longitude };
  const given = location.latitude !== undefined && location.latitude !== null;
  if (given || (location.longitude !== undefined && location.longitude !== null)) {
    problems.push({
      field: 'location.latitude',
      severity: 'warning',
      message: `Its latitude and longitude (${shortValue(location.latitude)}, ${shortValue(location.longitude)}) are not plain decimal numbers inside Great Britain and Northern Ireland, so they were not used.`,
    });
  }
  const located = postcode === undefined ? undefined : locate?.(postcode);
  if (located !== undefined && postcode !== undefined) {
    problems.push({
      field: 'location.latitude',
      severity: 'warning',
      message: `It was placed at the centre of ${postcode}'s area, so distances to it are approximate.`,
    });
    return { ...where, ...located, approximate: true };
  }
  const address_text = joinPresent([...(where.address ?? []), where.town, postcode], ', ');
  problems.push({
    field: 'location.latitude',
    severity: 'warning',
    message: `Signpost could not put its place${address_text === undefined ? '' : ` (${address_text})`} on the map${postcode === undefined ? ', as it has no postcode' : `: the postcode ${postcode} is not one it knows`}, so it is listed as help by phone or online.`,
  });
  return undefined;
}

/** The location's name and address in one line, or undefined when it has neither. */
function addressOf(location: OpenReferralLocation): string | undefined {
  const address = location.addresses?.find((entry) => entry.address_type !== 'postal') ?? location.addresses?.[0];
  return joinPresent(
    [location.name, address?.address_1, address?.address_2, address?.city, address?.postal_code].map((part) =>
      nonEmptyText(part),
    ),
    ', ',
  );
}

/** A value quoted back briefly in a report. */
function shortValue(value: unknown): string {
  return value === undefined || value === null ? 'none' : JSON.stringify(value).slice(0, 30);
}

function contactOf(unit: ServiceAtOneLocation, problems: MappingProblem[]): Record<string, unknown> {
  const { service } = unit;
  const organization = service.organization ?? undefined;
  const phones: OpenReferralPhone[] = [
    ...(service.phones ?? []),
    ...(service.contacts ?? []).flatMap((contact) => contact.phones ?? []),
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
  // Every number to call, each once, with what it is for: the number's own label ("Youth service: 0117 …"),
  // else a short description ("Helpline"), never a long one, which is about something else.
  const calls: Array<{ number: string; label?: string }> = [];
  for (const phone of phones.filter((entry) => !isTextOnly(entry))) {
    const raw = nonEmptyText(phone.number);
    if (raw === undefined) continue;
    const tidied: TidiedPhone = tidyPhone(raw);
    if (!tidied.ok) {
      problems.push({ field: 'phones', severity: 'warning', message: tidied.message });
      continue;
    }
    if (calls.some((call) => call.number === tidied.value)) continue;
    const description = nonEmptyText(phone.description);
    const label = tidied.label ?? (description !== undefined && description.length <= 60 ? description : undefined);
    calls.push(compact({ number: tidied.value, label }));
  }
  const [main, ...more] = calls;
  const text = nonEmptyText(phones.find(isTextOnly)?.number);
  return compact({
    phone: main?.number,
    phoneLabel: main?.label,
    morePhones: more.length === 0 ? undefined : more,
    text: text === undefined ? undefined : keep('phones', text, (raw) => tidyPhone(raw)),
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
  /** Undefined when the service says nothing about cost: unknown, never "not free". */
  free?: boolean;
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
  const unknown = options.length === 0 && fees === undefined;
  return {
    free: unknown ? undefined : paid.length === 0 && saysFree,
    note: joinPresent([...new Set(notes)]),
    unknown,
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

function eligibilityOf(
  service: OpenReferralService,
  remote: boolean,
  warn: (field: string, message: string) => void,
): string | undefined {
  const age = (field: 'minimum_age' | 'maximum_age') => {
    const value = service[field];
    const read = plainDecimal(value, AGES);
    // -1 is how feeds say "not set"; anything else that is not an age is reported.
    if (read === undefined && value !== undefined && value !== null && plainDecimal(value) !== -1)
      warn(field, `The ${field.replace('_', ' ')} ${shortValue(value)} is not an age, so it was not used.`);
    return read;
  };
  const min = age('minimum_age');
  const max = age('maximum_age');
  const ages =
    min !== undefined && max !== undefined
      ? `For ages ${min} to ${max}.`
      : min !== undefined
        ? `For ages ${min} and over.`
        : max !== undefined
          ? `For ages up to ${max}.`
          : undefined;
  const areas = service.service_areas ?? [];
  const described = areas.map((area) => nonEmptyText(area.description));
  // An area with only a name ("Bristol") says who phone and online help is for: "Serves Bristol."
  const named = areas
    .filter((area) => !nonEmptyText(area.description))
    .flatMap((area) => nonEmptyText(area.name) ?? []);
  // A short name is a place ("Bristol"); a long one is the publisher's own sentence, kept as written.
  const places = [...new Set(named)].filter((name) => name.length <= 50 && !/[.!?]/.test(name));
  const sentences = named.filter((name) => !places.includes(name)).map((name) => endWithStop(name));
  const serves = remote && places.length > 0 ? `Serves ${andList.format(places)}.` : undefined;
  return joinPresent(
    [nonEmptyText(plainTextFromHtml(service.eligibility_description ?? '')), ages, ...described, serves, ...sentences],
    ' ',
  );
}

const andList = new Intl.ListFormat('en-GB', { type: 'conjunction' });

function endWithStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function lastVerifiedOf(service: OpenReferralService, problems: MappingProblem[]): string | undefined {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(
    service.last_modified ??
      service.assured_date ??
      service.pc_metadata?.date_modified ??
      service.pc_metadata?.date_assured ??
      '',
  )?.[0];
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
