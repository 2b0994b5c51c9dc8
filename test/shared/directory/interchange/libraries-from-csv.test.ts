import { describe, expect, it } from 'vitest';
import { librariesFromCsv, LIBRARY_DESCRIPTION } from '../../../../shared/directory/interchange/libraries-from-csv.ts';

const HEADER =
  'Local authority,Library name,Address 1,Address 2,Address 3,Postcode,Unique property reference number,Statutory,Type of library,Year opened,Year closed,Monday staffed hours,Tuesday staffed hours,Wednesday staffed hours,Thursday staffed hours,Friday staffed hours,Saturday staffed hours,Sunday staffed hours,Monday unstaffed hours,Tuesday unstaffed hours,Wednesday unstaffed hours,Thursday unstaffed hours,Friday unstaffed hours,Saturday unstaffed hours,Sunday unstaffed hours,Special hours,Co-located,Co-located with,Notes,URL,Email address';
const row = (
  authority: string,
  name: string,
  postcode: string,
  more: { type?: string; closed?: string; hours?: string[]; notes?: string; url?: string; email?: string } = {},
) =>
  [
    authority,
    name,
    'The Square',
    '',
    'Town',
    postcode,
    '',
    'Yes',
    more.type ?? 'LAL',
    '',
    more.closed ?? '',
    ...(more.hours ?? ['', '', '', '', '', '', '']).map((cell) => (cell.includes(',') ? `"${cell}"` : cell)),
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    'No',
    '',
    more.notes ?? '',
    more.url ?? '',
    more.email ?? '',
  ].join(',');
const CENTRES: Record<string, { latitude: number; longitude: number }> = {
  LS1: { latitude: 53.797, longitude: -1.548 },
  CF10: { latitude: 51.474, longitude: -3.176 },
  AB25: { latitude: 57.147, longitude: -2.108 },
  BT1: { latitude: 54.6, longitude: -5.93 },
};
const compile = (...rows: string[]) => librariesFromCsv([HEADER, ...rows].join('\n'), (outcode) => CENTRES[outcode]);

describe('librariesFromCsv', () => {
  it('keeps open, staffed libraries in England and Wales, at their district centre, marked approximate', () => {
    const { resources, counts } = compile(
      row('Leeds City Council', 'Central Library', 'LS1 3AB', {
        url: 'leeds.gov.uk/libraries',
        email: 'Central Library <central@leeds.example.org>',
      }),
      row('City of Cardiff Council', 'Cardiff Central Library', 'CF10 1FL'),
      row('Aberdeen City Council', 'Airyhall Library', 'AB25 1GW'),
      row('Northern Ireland', 'Belfast Central', 'BT1 1EA'),
      row('Leeds City Council', 'Old Library', 'LS1 3AB', { closed: '2019' }),
      row('Leeds City Council', 'Book drop', 'LS1 3AB', { type: 'LAL-' }),
    );
    expect(counts).toEqual({ rows: 6, kept: 2, scotlandOrNorthernIreland: 2, closed: 1, bookDrops: 1 });
    expect(resources[0]).toEqual({
      id: 'library-leeds-city-council-central-library',
      name: 'Central Library',
      organisation: 'Leeds City Council',
      description: LIBRARY_DESCRIPTION,
      categories: ['wifi-and-computers'],
      place: { address: ['The Square', 'Town'], postcode: 'LS1 3AB', ...CENTRES.LS1, approximate: true },
      contact: { email: 'central@leeds.example.org', website: 'https://leeds.gov.uk/libraries' },
      lastVerified: '2023-03-31',
      source: expect.stringContaining('Libraries Hacked'),
    });
    expect(resources[1]?.lastVerified).toBe('2020-12-31');
  });

  it('reads staffed hours, several ranges a day, and reports a malformed cell while keeping the other days', () => {
    const { resources, problems } = compile(
      row('Leeds City Council', 'Hub', 'LS1 3AB', {
        hours: ['09:00-17:00', '09:00-17:00', '1:00-18:00', '', '10:00-13:00,14:00-17:00', '00:00', ''],
      }),
    );
    expect(resources[0]?.hours).toEqual([
      { days: ['MO', 'TU'], opens: '09:00', closes: '17:00' },
      { days: ['FR'], opens: '10:00', closes: '13:00' },
      { days: ['FR'], opens: '14:00', closes: '17:00' },
    ]);
    expect(problems.map((problem) => problem.field)).toEqual(['Wednesday staffed hours', 'Saturday staffed hours']);
  });

  it('keeps the notes, such as a temporary closure, as a second paragraph', () => {
    const { resources } = compile(
      row('Leeds City Council', 'Hub', 'LS1 3AB', { notes: 'Currently temporarily closed' }),
    );
    expect(resources[0]?.description).toBe(`${LIBRARY_DESCRIPTION}\n\nCurrently temporarily closed`);
  });

  it('gives two libraries of the same name and council ids that stay apart, and reports one it cannot place', () => {
    const { resources, problems } = compile(
      row('Leeds City Council', 'Hub', 'LS1 3AB'),
      row('Leeds City Council', 'Hub', 'CF10 1FL'),
      row('Leeds City Council', 'Nowhere', 'ZZ99 9ZZ'),
    );
    expect(resources.map((resource) => resource.id)).toEqual([
      'library-leeds-city-council-hub',
      'library-leeds-city-council-hub-cf10',
    ]);
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', field: 'Postcode' }));
  });
});
