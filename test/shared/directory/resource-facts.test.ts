import { describe, expect, it } from 'vitest';
import {
  ASK_ABOUT_COST,
  checkedOverAYearAgo,
  correctionsHref,
  costText,
  dateText,
  directionsHref,
  distanceText,
  languageName,
  lastCheckedText,
  paragraphsOf,
  phoneLines,
  TELL_US_TEXT,
} from '../../../shared/directory/resource-facts.ts';

describe('the wording a card and the command line share', () => {
  it('never turns unknown cost into "not free"', () => {
    expect(costText({})).toBe(ASK_ABOUT_COST);
    expect(costText({ free: true })).toBe('Free');
    expect(costText({ free: false })).toBe('There is a cost');
    expect(costText({ free: false, costNote: '£2 a session' })).toBe('£2 a session');
    expect(costText({ costNote: 'Ask about prices' })).toBe('Ask about prices');
  });

  it('says "about" for a place that is only its district centre, in whole miles', () => {
    expect(distanceText(0.42, { approximate: true })).toBe('about 1 mile');
    expect(distanceText(2.4, { approximate: true })).toBe('about 2 miles');
    expect(distanceText(2.4, {})).toBe('2.4 miles');
    expect(distanceText(2.4)).toBe('2.4 miles');
  });

  it('gives directions to an approximate place by its name, address and postcode, never the rough point', () => {
    const place = {
      name: 'Truro Library',
      address: ['Union Place'],
      town: 'Truro',
      postcode: 'TR1 1EP',
      latitude: 50.26,
      longitude: -5.05,
      approximate: true,
    };
    const href = directionsHref(place);
    expect(href).toBe(
      'https://www.openstreetmap.org/directions?to=Truro%20Library%2C%20Union%20Place%2C%20Truro%2C%20TR1%201EP',
    );
    expect(href).not.toContain('50.26');
    expect(directionsHref({ ...place, approximate: undefined })).toContain('route=%3B50.26000%2C-5.05000');
  });

  it('says plainly when an entry was last checked over a year ago, and what to do', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    expect(lastCheckedText('2024-03-15', now)).toBe('Last checked March 2024. Call before you go.');
    expect(lastCheckedText('2026-06-02', now)).toBe('Last checked 2 June 2026');
    expect(lastCheckedText('2025-12-06', now)).toBe('Last checked 6 December 2025');
    expect(lastCheckedText('2025-12-05', now)).toBe('Last checked December 2025. Call before you go.');
    expect(dateText('2025-06-02')).toBe('2 June 2025');
  });

  it('makes a "Something wrong? Tell us" mailto naming the entry by name and id, and nothing about the resident', () => {
    expect(TELL_US_TEXT).toBe('Something wrong? Tell us');
    const href = correctionsHref({
      id: 'library-leeds-hub',
      name: 'Hub & Café',
      correctionsEmail: 'fixes@directory.example.org',
    });
    expect(href).toBe(
      `mailto:fixes@directory.example.org?subject=${encodeURIComponent('Something wrong with "Hub & Café" (library-leeds-hub)')}`,
    );
    expect(correctionsHref({ id: 'x', name: 'No e-mail' })).toBeUndefined();
  });

  it('refuses a corrections address that could add to the message or is not one address', () => {
    for (const correctionsEmail of ['data@example.org?bcc=x@evil.test', 'not an email', 'a@b.c\nBcc: x@y.z', ''])
      expect(correctionsHref({ id: 'x', name: 'X', correctionsEmail })).toBeUndefined();
  });

  it('tells a card when the entry was checked over a year ago, the anniversary day still within it', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    expect(checkedOverAYearAgo('2025-12-06', now)).toBe(false);
    expect(checkedOverAYearAgo('2025-12-05', now)).toBe(true);
  });

  it('names languages in English, and keeps a code it does not know', () => {
    expect(languageName('ur')).toBe('Urdu');
    expect(languageName('cy')).toBe('Welsh');
    expect(languageName('!!')).toBe('!!');
  });

  it('lists every number to call with its label', () => {
    expect(
      phoneLines({ phone: '0800 0354213', morePhones: [{ number: '0117 332 7111', label: 'Youth service' }] }),
    ).toEqual([
      { number: '0800 0354213', href: 'tel:08000354213' },
      { number: '0117 332 7111', label: 'Youth service', href: 'tel:01173327111' },
    ]);
  });

  it('splits a description into its paragraphs', () => {
    expect(paragraphsOf('About us\n\nWe help.\nEvery day.\n\n')).toEqual(['About us', 'We help.\nEvery day.']);
    expect(paragraphsOf(undefined)).toEqual([]);
  });
});
