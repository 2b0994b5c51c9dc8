import type { Place, Resource } from '../../directory/resource.ts';
import { addressText, directionsHref, milesText } from '../../directory/resource-facts.ts';

/*
 * How a card words a resource's freshness, cost, distance and corrections (issue 10's fields). Kept here
 * until shared/directory/resource-facts.ts has them; the card reads only these names.
 */

/**
 * A resource as a card reads it: `free` may be absent (nobody said), a place may be `approximate` (placed at
 * its postcode district's centre), and the pack may name where corrections go.
 */
export type CardResource = Omit<Resource, 'free' | 'place'> & {
  free?: boolean;
  place?: CardPlace;
  /** The publisher's address for corrections: each card then offers "Something wrong? Tell us". */
  correctionsEmail?: string;
};

export type CardPlace = Place & { approximate?: boolean };

// Built once: a new Intl.DateTimeFormat for every card cost 20-26 ms a search (issue 15).
let dayFormat: Intl.DateTimeFormat | undefined;
let monthFormat: Intl.DateTimeFormat | undefined;

/**
 * "Last checked 2 June 2025", or for an entry last checked over a year before `now`, plainly
 * "Last checked March 2024. Call before you go." (`old` then says to show it where it can't be missed).
 * A date that can't be read says nothing it does not know.
 */
export function lastCheckedText(isoDate: string, now: Date): { text: string; old: boolean } {
  const [year, month, day] = isoDate.split('-').map(Number);
  const checked = new Date(Date.UTC(year!, month! - 1, day!));
  if (Number.isNaN(checked.getTime())) return { text: 'We do not know when this was last checked.', old: true };
  const yearLater = new Date(Date.UTC(year! + 1, month! - 1, day!));
  if (yearLater < now) {
    monthFormat ??= new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return { text: `Last checked ${monthFormat.format(checked)}. Call before you go.`, old: true };
  }
  dayFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return { text: `Last checked ${dayFormat.format(checked)}`, old: false };
}

/** "Free", the cost note, "There may be a cost"; and when nobody said, "Ask about cost": never "not free". */
export function costText({ free, costNote }: Pick<CardResource, 'free' | 'costNote'>): string {
  if (free === true) return 'Free';
  return costNote ?? (free === false ? 'There may be a cost' : 'Ask about cost');
}

/** "0.4 miles away"; for a place only known to its postcode district, "about 2 miles away". */
export function distanceText(miles: number, place: CardPlace | undefined): string {
  if (!place?.approximate) return `${milesText(miles)} away`;
  return miles < 1 ? 'less than a mile away' : `about ${milesText(Math.round(miles))} away`;
}

/**
 * Directions on OpenStreetMap. A place known only roughly (its district's centre) is found by its address
 * and postcode instead, which OpenStreetMap looks up itself (`to=`, openstreetmap-website index/directions.js),
 * so nobody is sent to the middle of a district.
 */
export function directionsLink(place: CardPlace): string | undefined {
  if (!place.approximate) return directionsHref(place);
  const address = [place.name, addressText(place)].filter(Boolean).join(', ');
  return place.postcode || place.address
    ? `https://www.openstreetmap.org/directions?to=${encodeURIComponent(address)}`
    : undefined;
}

// One address, nothing that could add fields to the message (?, &) or break a line.
const PLAIN_EMAIL = /^[^\s@?&#%<>"]+@[^\s@?&#%<>"]+\.[^\s@?&#%<>"]+$/;

/**
 * "Something wrong? Tell us": an email to the publisher whose subject names the entry (name and id), so
 * they know which one, and nothing about the resident (never their postcode). Undefined without a plain address.
 */
export function correctionsHref(resource: Pick<CardResource, 'id' | 'name' | 'correctionsEmail'>): string | undefined {
  const email = resource.correctionsEmail?.trim();
  if (!email || !PLAIN_EMAIL.test(email)) return undefined;
  const subject = `Correction for ${resource.name} (${resource.id})`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}

// The browser knows language names; one DisplayNames for every card.
let languageNames: Intl.DisplayNames | undefined;

/** "Urdu", "Welsh"; the code itself when the browser does not know it. */
export function languageText(code: string): string {
  try {
    languageNames ??= new Intl.DisplayNames(['en-GB'], { type: 'language' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}
