import { describe, expect, it } from 'vitest';
import { checkResource } from '../../../shared/directory/check-resource.ts';

const good = {
  id: 'hub',
  name: 'Hub',
  description: 'Help online.',
  categories: ['digital-skills'],
  contact: {},
  free: true,
  lastVerified: '2025-06-02',
  source: 'Example',
};

describe('checkResource', () => {
  it('tells a missing field apart from a wrong one', () => {
    const missing = checkResource({ ...good, lastVerified: undefined }, { record: 1 });
    const wrong = checkResource({ ...good, lastVerified: '2 June' }, { record: 1 });
    expect(!missing.ok && missing.problems[0]?.message).toBe('The date it was last checked is missing.');
    expect(!wrong.ok && wrong.problems[0]?.message).toContain('"2 June", must look like 2025-06-30');
  });

  it('names an unknown category in its message', () => {
    const checked = checkResource({ ...good, categories: ['knitting'] }, { record: 7 });
    expect(checked).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          record: 7,
          id: 'hub',
          field: 'categories.0',
          message: expect.stringContaining('"knitting" is not one Signpost knows'),
        }),
      ],
    });
  });

  it('reports a place outside the UK', () => {
    const checked = checkResource({ ...good, place: { latitude: 100, longitude: 101 } }, { record: 1 });
    expect(!checked.ok && checked.problems.map((problem) => problem.field)).toEqual([
      'place.latitude',
      'place.longitude',
    ]);
  });

  it('warns about unknown fields in the contact details and opening rules', () => {
    const checked = checkResource(
      {
        ...good,
        contact: { mobile: '07700 900000' },
        hours: [{ days: ['MO'], opens: '09:00', closes: '12:00', open: true }],
      },
      { record: 1 },
    );
    expect(checked.ok && checked.warnings.map((warning) => warning.field)).toEqual(['contact.mobile', 'hours.0.open']);
  });
});

describe('checkResource on a page that added fields to Object.prototype', () => {
  const added = {
    website: 'https://elsewhere.example.org/',
    phone: '0900 000 000',
    place: { latitude: 53.38, longitude: -1.46 },
    languages: ['Elsewhere'],
  };

  it('reads a field the record lacks as missing, never as what the page added', () => {
    for (const [name, value] of Object.entries(added))
      Object.defineProperty(Object.prototype, name, { value, configurable: true, writable: true });
    try {
      const checked = checkResource(good, { record: 1 });
      if (!checked.ok) throw new Error('the record should load');
      expect(checked.resource.contact.website).toBeUndefined();
      expect(checked.resource.contact.phone).toBeUndefined();
      expect(checked.resource.place).toBeUndefined();
      expect(checked.resource.languages).toBeUndefined();
    } finally {
      for (const name of Object.keys(added)) delete (Object.prototype as Record<string, unknown>)[name];
    }
  });
});
