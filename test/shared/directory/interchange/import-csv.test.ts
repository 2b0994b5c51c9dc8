import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../../shared/directory/interchange/import-csv.ts';
import { formatLoadReport } from '../../../../shared/directory/load-report.ts';

const sheet = readFileSync(resolve(import.meta.dirname, '../../../fixtures/practice-directory.csv'), 'utf8');
/** Stands in for shared/postcode's outcode lookup: knows one area only. */
const locate = (postcode: string) => (postcode.startsWith('S2 ') ? { latitude: 53.37, longitude: -1.46 } : undefined);

function importSheet(text = sheet, withLookup = true) {
  return importCsv(text, { source: 'practice-directory.csv', ...(withLookup ? { locate } : {}) });
}

function byId(id: string) {
  return importSheet().resources.find((resource) => resource.id === id);
}

describe('importCsv with the example practice spreadsheet', () => {
  it('loads the good rows and counts the ones left out', () => {
    const result = importSheet();
    // Only the row whose id clashes is left out: a row is never left out for its category (issue 10).
    expect(result.counts).toEqual({ total: 8, loaded: 7, leftOut: 1 });
    expect(result.unreadable).toEqual([]);
  });

  it('reads a row the way a practice manager wrote it', () => {
    expect(byId('library-get-online')).toEqual({
      id: 'library-get-online',
      name: 'Get Online at the Library',
      organisation: 'Example Libraries',
      description: 'One-to-one help with phones, tablets and laptops.',
      categories: ['digital-skills', 'nhs-app'],
      place: {
        address: ['Central Library', 'Surrey Street'],
        town: 'Sheffield',
        postcode: 'S1 1XZ',
        latitude: 53.3797,
        longitude: -1.4669,
      },
      contact: {
        phone: '0114 273 4400',
        email: 'getonline@example.org',
        website: 'https://www.example.org/get-online',
      },
      hours: [
        { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '17:00' },
        { days: ['SA'], opens: '10:00', closes: '12:00' },
      ],
      free: true,
      languages: ['en', 'cy'],
      access: ['step-free', 'hearing-loop'],
      eligibility: 'Anyone living in Sheffield',
      whatToBring: 'Your phone or tablet if you have one',
      howToGetIn: 'drop-in',
      lastVerified: '2025-06-02',
      source: 'practice-directory.csv',
    });
  });

  it('fills in coordinates from the postcode lookup and says they are approximate', () => {
    expect(byId('highfield-device-bank')?.place).toMatchObject({
      postcode: 'S2 4AB',
      latitude: 53.37,
      longitude: -1.46,
    });
    expect(importSheet().problems).toContainEqual(
      expect.objectContaining({
        record: 3,
        field: 'latitude',
        severity: 'warning',
        message: expect.stringContaining('approximate'),
      }),
    );
  });

  it('without a postcode lookup, keeps a row with only a postcode as phone and online help, and says why', () => {
    const result = importSheet(sheet, false);
    const deviceBank = result.resources.find((resource) => resource.id === 'highfield-device-bank');
    expect(deviceBank?.place).toBeUndefined();
    expect(deviceBank?.contact.phone).toBe('0114 000 0000');
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        record: 3,
        field: 'postcode',
        severity: 'warning',
        message: expect.stringContaining('the postcode S2 4AB is not one it knows'),
      }),
    );
  });

  it('keeps HTML in a name as literal text and refuses a javascript: website', () => {
    const cafe = byId('markup-cafe');
    expect(cafe?.name).toBe('<b>Bold</b> Café & Co <script>alert(1)</script>');
    expect(cafe?.contact.website).toBeUndefined();
    expect(importSheet().problems).toContainEqual(
      expect.objectContaining({ record: 4, field: 'website', message: expect.stringContaining('not a web address') }),
    );
  });

  it('reads a category label with a comma in it, and a helpline with no address as remote help', () => {
    expect(byId('money-helpline')).toMatchObject({
      categories: ['money-and-benefits'],
      free: false,
      howToGetIn: 'phone-first',
      source: 'Example Advice website',
    });
    expect(byId('money-helpline')?.place).toBeUndefined();
  });

  it('keeps a row with a category Signpost does not know, naming it and saying where its category came from', () => {
    expect(byId('knitting-circle')?.categories).toEqual(['social-and-community']);
    const result = importSheet();
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        record: 6,
        id: 'knitting-circle',
        field: 'categories',
        severity: 'warning',
        message: expect.stringContaining('"Knitting"'),
      }),
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        record: 6,
        message: expect.stringContaining('guessed from the words "knit and natter"'),
      }),
    );
    expect(result.notes.unmappedTerms).toEqual([{ term: 'Knitting', count: 1 }]);
  });

  it("keeps hours it cannot read in words and says it won't say if the place is open", () => {
    expect(byId('job-club')).toMatchObject({ hoursNote: 'Weekdays in the mornings' });
    expect(byId('job-club')?.hours).toBeUndefined();
    expect(importSheet().problems).toContainEqual(
      expect.objectContaining({ record: 7, field: 'hours', severity: 'warning' }),
    );
  });

  it('leaves out a second row with the same id, naming the first row', () => {
    expect(importSheet().problems).toContainEqual(
      expect.objectContaining({
        record: 8,
        field: 'id',
        severity: 'error',
        message: expect.stringContaining('already used by row 2'),
      }),
    );
  });

  it('makes an id for a row without one and asks for it to be written in', () => {
    const group = byId('welsh-chat-group-s10-2cc');
    expect(group).toMatchObject({
      languages: ['en', 'cy'],
      access: ['step-free'],
      accessNote: 'friendly staff',
      lastVerified: '2025-06-02',
    });
    const messages = importSheet()
      .problems.filter((problem) => problem.record === 9)
      .map((problem) => problem.field);
    expect(messages).toEqual(expect.arrayContaining(['id', 'access', 'languages']));
  });

  it('writes a report that names spreadsheet rows', () => {
    const report = formatLoadReport(importSheet(), 'Row');
    expect(report).toContain('8 rows: 7 loaded, 1 left out.');
    expect(report).toContain('Row 6 (id "knitting-circle"), categories [note]');
  });
});

describe('importCsv with other spreadsheets', () => {
  const header = 'name,description,categories,free,last_verified';

  it('says an empty file is empty', () => {
    expect(importCsv('', { source: 'empty.csv' }).unreadable).toEqual([
      { source: 'empty.csv', message: expect.stringContaining('empty') },
    ]);
  });

  it('names the required columns that are missing', () => {
    // Only a name and the date it was checked are needed: categories and cost may be unknown (issue 10).
    const result = importCsv('Name,Description\nHub,Help', { source: 'x.csv' });
    expect(result.unreadable[0]?.message).toContain('no "last_verified" column');
    expect(result.resources).toEqual([]);
  });

  it('forgives header case and spacing, and aliases like "Organization" and "URL"', () => {
    const result = importCsv(
      ' NAME ,Description,Categories,Free,Last Verified,Organization,URL\nHub,Help online.,food,TRUE,2025-01-01,Example Org,example.org',
      { source: 'x.csv' },
    );
    expect(result.resources[0]).toMatchObject({
      name: 'Hub',
      organisation: 'Example Org',
      free: true,
      contact: { website: 'https://example.org' },
    });
  });

  it('warns about a column it does not know', () => {
    const result = importCsv(`${header},Colour\nHub,Help.,food,no,2025-01-01,blue`, { source: 'x.csv' });
    expect(result.problems).toContainEqual(
      expect.objectContaining({ record: 1, field: 'Colour', severity: 'warning' }),
    );
  });

  it('asks for yes or no when "free" says something else', () => {
    const result = importCsv(`${header}\nHub,Help.,food,maybe,2025-01-01`, { source: 'x.csv' });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        record: 2,
        field: 'free',
        severity: 'error',
        message: expect.stringContaining('write yes or no'),
      }),
    );
    expect(result.resources).toEqual([]);
  });

  it('reports a missing required cell by its column', () => {
    const result = importCsv(`${header}\nHub,Help.,food,yes,`, { source: 'x.csv' });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        record: 2,
        field: 'last_verified',
        message: 'The date it was last checked is missing.',
      }),
    );
  });

  it('reports a latitude that is not a number', () => {
    const result = importCsv(`${header},latitude,longitude\nHub,Help.,food,yes,2025-01-01,north,-1.4`, {
      source: 'x.csv',
    });
    expect(result.problems).toContainEqual(
      expect.objectContaining({ field: 'latitude', message: expect.stringContaining('"north" is not a number') }),
    );
  });

  it('refuses a data: link as a website', () => {
    const result = importCsv(`${header},website\nHub,Help.,food,yes,2025-01-01,data:text/html;base64,PHNjcmlwdD4=`, {
      source: 'x.csv',
    });
    expect(result.resources[0]?.contact.website).toBeUndefined();
    expect(result.problems).toContainEqual(expect.objectContaining({ field: 'website', severity: 'warning' }));
  });

  it('names the spreadsheet in every problem, so a report merged from several files says where each came from', () => {
    const result = importCsv(`${header},Colour\nHub,Help.,food,maybe,2025-01-01,blue\n"broken`, {
      source: 'surgery.csv',
    });
    expect(result.problems.length).toBeGreaterThanOrEqual(3);
    for (const problem of result.problems) expect(problem.source).toBe('surgery.csv');
  });

  it('skips blank rows without counting them', () => {
    const result = importCsv(`\uFEFF${header}\n\nHub,Help.,food,yes,2025-01-01\n,,,,\n`, { source: 'x.csv' });
    expect(result.counts).toEqual({ total: 1, loaded: 1, leftOut: 0 });
  });
});
