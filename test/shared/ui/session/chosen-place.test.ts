import { describe, expect, it } from 'vitest';
import { chosenPlace } from '../../../../shared/ui/session/chosen-place.ts';
import { resourceAt } from '../../find/resource-at.ts';

describe('a place kept on a plan', () => {
  it('keeps its name, address, phone and opening times in words, as they are today', () => {
    const library = resourceAt('library', 0.5, {
      name: 'Central Library digital help',
      place: { address: ['Surrey Street'], town: 'Sheffield', postcode: 'S1 1XZ', latitude: 53.38, longitude: -1.47 },
      hours: [{ days: ['TU', 'TH'], opens: '10:00', closes: '12:30' }],
    });
    expect(chosenPlace(library, new Date('2026-12-06T10:00:00Z'))).toEqual({
      id: 'library',
      name: 'Central Library digital help',
      address: 'Surrey Street, Sheffield, S1 1XZ',
      phone: '0114 273 4400',
      hours: ['Tuesday and Thursday: 10am to 12:30pm'],
    });
  });

  it('keeps the opening times note when the hours are only in words, and a website for help online', () => {
    const helpline = resourceAt('helpline', null, {
      contact: { website: 'https://www.learnmyway.com' },
      hoursNote: '24 hours a day, every day',
    });
    expect(chosenPlace(helpline, new Date())).toEqual({
      id: 'helpline',
      name: 'Place helpline',
      website: 'https://www.learnmyway.com',
      hours: ['24 hours a day, every day'],
    });
  });
});
