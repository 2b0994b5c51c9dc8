import type { AccessFeature, Contact, HowToGetIn, Place, Resource } from './resource.ts';

/** What each access feature means to a resident, in their words. */
const ACCESS_LABELS: Record<AccessFeature, string> = {
  'step-free': 'Step-free access',
  'accessible-toilet': 'Accessible toilet',
  'hearing-loop': 'Hearing loop',
  bsl: 'British Sign Language',
  'large-print': 'Large print',
  'quiet-space': 'Quiet space',
  parking: 'Parking',
};

const HOW_TO_GET_IN: Record<HowToGetIn, string> = {
  'drop-in': 'Just turn up: no need to book',
  book: 'You need to book first',
  'phone-first': 'Phone before you go',
  referral: 'You need someone to refer you, such as your GP',
};

export function accessLabel(feature: AccessFeature): string {
  return ACCESS_LABELS[feature];
}

export function howToGetInText(how: HowToGetIn): string {
  return HOW_TO_GET_IN[how];
}

// One DisplayNames for every card: making one costs about a millisecond, and a list shows 20 cards.
let languageNames: Intl.DisplayNames | undefined;

/** "Urdu", "Welsh": the browser knows language names, so no table to keep. The code itself when it does not. */
export function languageName(code: string): string {
  try {
    languageNames ??= new Intl.DisplayNames(['en-GB'], { type: 'language' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "0.4 miles", "1 mile", "12 miles": one decimal only where it helps. */
export function milesText(miles: number): string {
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  if (rounded < 0.1) return 'less than 0.1 miles';
  return `${rounded} ${rounded === 1 ? 'mile' : 'miles'}`;
}

/** "Surrey Street, Sheffield, S1 1XZ": the address lines, town and postcode that are known, in one line. */
export function addressText(place: Place): string {
  return [...(place.address ?? []), place.town, place.postcode].filter(Boolean).join(', ');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "2 June 2025": dates as people say them, not as computers store them. Month names from a list rather
 * than Intl.DateTimeFormat, which costs about a millisecond to set up each time and a list shows 20 cards.
 */
export function dateText(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** "March 2024". */
function monthText(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/**
 * When the entry was last checked, for the foot of a card. Over a year before `now` it says so plainly and
 * tells the resident what to do: "Last checked March 2024. Call before you go." (a date alone reads as
 * a promise). Otherwise "Last checked 2 June 2025".
 */
export function lastCheckedText(lastVerified: string, now: Date): string {
  if (checkedOverAYearAgo(lastVerified, now)) return `Last checked ${monthText(lastVerified)}. Call before you go.`;
  return `Last checked ${dateText(lastVerified)}`;
}

/** Whether the entry was last checked over a year before `now`: a card then shows it where it can't be missed. */
export function checkedOverAYearAgo(lastVerified: string, now: Date): boolean {
  const [year, month, day] = lastVerified.split('-').map(Number);
  // The whole anniversary day still counts as "within a year".
  return now.getTime() > Date.UTC(year! + 1, month! - 1, day! + 1);
}

/** The words on a card when nobody said whether it costs anything. */
export const ASK_ABOUT_COST = 'Ask about cost';

/**
 * What it costs, in a few words: "Free", the publisher's own words about price, or "Ask about cost" when
 * the publisher did not say. Unknown is never shown as "not free".
 */
export function costText(resource: Pick<Resource, 'free' | 'costNote'>): string {
  if (resource.free === true) return 'Free';
  if (resource.costNote !== undefined) return resource.costNote;
  return resource.free === false ? 'There is a cost' : ASK_ABOUT_COST;
}

/**
 * How far, as a resident reads it: "0.4 miles", or "about 2 miles" for a place whose point is only its
 * postcode district's centre (whole miles, since the point can be a mile or more out).
 */
export function distanceText(miles: number, place?: Pick<Place, 'approximate'>): string {
  if (place?.approximate !== true) return milesText(miles);
  const rounded = Math.max(1, Math.round(miles));
  return `about ${rounded} ${rounded === 1 ? 'mile' : 'miles'}`;
}

export interface PhoneLine {
  /** What the number is for, when the publisher said ("Youth service"). */
  label?: string;
  number: string;
  href: string;
}

/** Every number to call, the main one first, each with its label and a tel: link. */
export function phoneLines(contact: Contact): PhoneLine[] {
  const main = contact.phone === undefined ? [] : [{ number: contact.phone, label: contact.phoneLabel }];
  return [...main, ...(contact.morePhones ?? [])].map(({ number, label }) => ({
    ...(label === undefined ? {} : { label }),
    number,
    href: telHref(number),
  }));
}

/** A description's paragraphs (imports keep the blank lines between them), for one <p> each. */
export function paragraphsOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

// One address, and nothing that could add fields to the message (?, &) or break a line.
const PLAIN_EMAIL = /^[^\s@?&#%<>"]+@[^\s@?&#%<>"]+\.[^\s@?&#%<>"]+$/;

/** The words of the corrections link. */
export const TELL_US_TEXT = 'Something wrong? Tell us';

/**
 * A mailto: link to the pack's publisher about this entry, when the pack gave an e-mail. The subject names
 * the entry (its name and id, so the publisher can find it), and nothing about the resident: never the
 * postcode they searched.
 */
export function correctionsHref(resource: Pick<Resource, 'id' | 'name' | 'correctionsEmail'>): string | undefined {
  const email = resource.correctionsEmail?.trim();
  if (!email || !PLAIN_EMAIL.test(email)) return undefined;
  const subject = `Something wrong with "${resource.name}" (${resource.id})`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}

/** A tel: link keeps only what a dialler needs. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/**
 * Directions to the place on OpenStreetMap: a link, not an embedded map, so nothing is sent anywhere until
 * the resident follows it, and then only the destination (no tracking parameters). `route=;lat,lon` fills
 * in "to" and leaves "from" for the resident (openstreetmap-website, index/directions.js); `#map=` centres
 * the map there. Degrees to 5 places, about a metre.
 *
 * A place marked approximate (a postcode district's centre) would send people to the wrong street, so its
 * directions go by its name, address and postcode as words (`to=`, which the directions page looks up)
 * instead of by the rough point.
 */
export function directionsHref(place: Place): string {
  if (place.approximate === true) {
    const words = [place.name, addressText(place)].filter(Boolean).join(', ');
    if (words !== '') return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(words)}`;
  }
  const { latitude, longitude } = place;
  const at = `${latitude.toFixed(5)}%2C${longitude.toFixed(5)}`;
  return `https://www.openstreetmap.org/directions?route=%3B${at}#map=17/${at.replace('%2C', '/')}`;
}

/** Belt and braces: the schema already refuses other links, but cards may be handed data from anywhere. */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return ['http:', 'https:', 'tel:', 'mailto:'].includes(new URL(href).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}
