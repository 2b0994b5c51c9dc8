import type { AccessFeature, HowToGetIn, Place } from './resource.ts';

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

/** "Urdu", "Welsh": the browser knows language names, so no table to keep. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en-GB'], { type: 'language' }).of(code) ?? code;
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

/** "2 June 2025": dates as people say them, not as computers store them. */
export function dateText(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
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
 */
export function directionsHref({ latitude, longitude }: Place): string {
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
