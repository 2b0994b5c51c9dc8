import { describe, expect, it } from 'vitest';
import {
  correctionsHref,
  costText,
  directionsLink,
  distanceText,
  languageText,
  lastCheckedText,
} from '../../../../shared/ui/finder/card-wording.ts';

const today = new Date('2026-12-06T12:00:00Z');
const townHall = {
  name: 'Town Hall',
  address: ['Greenfield Street'],
  town: 'Hyde',
  postcode: 'SK14 1AL',
  latitude: 53.45,
  longitude: -2.08,
};

describe('how a card words its facts', () => {
  it('says when an entry was last checked, and over a year ago says so plainly', () => {
    expect(lastCheckedText('2026-06-02', today)).toEqual({ text: 'Last checked 2 June 2026', old: false });
    expect(lastCheckedText('2025-12-07', today)).toEqual({ text: 'Last checked 7 December 2025', old: false });
    expect(lastCheckedText('2025-12-05', today)).toEqual({
      text: 'Last checked December 2025. Call before you go.',
      old: true,
    });
    expect(lastCheckedText('2024-03-14', today)).toEqual({
      text: 'Last checked March 2024. Call before you go.',
      old: true,
    });
  });

  it('never turns "not stated" into "not free"', () => {
    expect(costText({ free: true })).toBe('Free');
    expect(costText({ free: false })).toBe('There may be a cost');
    expect(costText({ free: false, costNote: '£2 a session' })).toBe('£2 a session');
    expect(costText({})).toBe('Ask about cost');
    expect(costText({ costNote: 'Small charge for printing' })).toBe('Small charge for printing');
  });

  it('says "about" for a place known only to its postcode district, and finds it by its address', () => {
    expect(distanceText(0.43, townHall)).toBe('0.4 miles away');
    expect(distanceText(2.4, { ...townHall, approximate: true })).toBe('about 2 miles away');
    expect(distanceText(0.6, { ...townHall, approximate: true })).toBe('less than a mile away');
    const directions = new URL(directionsLink({ ...townHall, approximate: true })!);
    expect(directions.origin + directions.pathname).toBe('https://www.openstreetmap.org/directions');
    expect([...directions.searchParams]).toEqual([['to', 'Town Hall, Greenfield Street, Hyde, SK14 1AL']]);
    expect(directionsLink(townHall)).toContain('route=%3B53.45000%2C-2.08000');
    expect(directionsLink({ latitude: 53.45, longitude: -2.08, approximate: true })).toBeUndefined();
  });

  it('writes a correction email about the entry, by name and id, and refuses an address that could add to the message', () => {
    const href = correctionsHref({ id: 'hyde-library', name: 'Hyde Library', correctionsEmail: 'data@example.org' });
    expect(href).toBe('mailto:data@example.org?subject=Correction%20for%20Hyde%20Library%20(hyde-library)');
    for (const correctionsEmail of ['data@example.org?bcc=x@evil.test', 'not an email', 'a@b.c\nBcc: x@y.z', ''])
      expect(correctionsHref({ id: 'x', name: 'X', correctionsEmail })).toBeUndefined();
    expect(correctionsHref({ id: 'x', name: 'X' })).toBeUndefined();
  });

  it('names languages in English, and keeps a code it does not know', () => {
    expect(languageText('ur')).toBe('Urdu');
    expect(languageText('cy')).toBe('Welsh');
    expect(languageText('!!')).toBe('!!');
  });
});
