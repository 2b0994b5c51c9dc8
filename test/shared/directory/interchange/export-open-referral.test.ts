import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportOpenReferral } from '../../../../shared/directory/interchange/export-open-referral.ts';
import { importOpenReferral } from '../../../../shared/directory/interchange/import-open-referral.ts';
import { loadPack } from '../../../../shared/directory/load-pack.ts';
import type { Resource } from '../../../../shared/directory/resource.ts';
import national from '../../../../shared/directory/packs/national.json';
import sheffield from '../../../../shared/directory/packs/sheffield-example.json';
import {
  OPEN_REFERRAL_FOLDER,
  ONE_SERVICE,
  SERVICES_PAGE,
  getOnlineService,
  readExample,
} from './open-referral-examples.ts';
import { schemaProblems } from '../schema-problems.ts';

const serviceSchema = JSON.parse(readFileSync(resolve(OPEN_REFERRAL_FOLDER, 'schema/compiled/service.json'), 'utf8'));

/** Export, then import the file it would write under another name: everything must come back the same. */
function roundTrip(resources: Resource[]): Resource[] {
  const { page } = exportOpenReferral(resources);
  return importOpenReferral([{ source: 'exported.json', json: JSON.parse(JSON.stringify(page)) }]).resources;
}

function packResources(json: unknown): Resource[] {
  const loaded = loadPack(json);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.pack.resources;
}

const BUILT_IN_PACKS = [
  ['national.json', packResources(national)],
  ['sheffield-example.json', packResources(sheffield)],
] as const;

function imported(json: unknown): Resource[] {
  return importOpenReferral([{ source: 'same.json', json }]).resources;
}

const csvStyle: Resource = {
  id: 'library-get-online',
  name: 'Get Online <at> the Library',
  organisation: 'Example Libraries',
  description: 'One-to-one help with phones & tablets.',
  categories: ['digital-skills', 'nhs-app'],
  place: {
    name: 'Central Library',
    address: ['Surrey Street'],
    town: 'Sheffield',
    postcode: 'S1 1XZ',
    latitude: 53.3797,
    longitude: -1.4669,
  },
  contact: {
    phone: '0114 273 4400',
    text: '85258',
    email: 'help@example.org',
    website: 'https://example.org/get-online',
  },
  hours: [
    { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '17:00' },
    { days: ['SA'], opens: '10:00', closes: '12:00', validFrom: '2025-01-01', validTo: '2025-12-31' },
    { days: ['TH'], opens: '18:00', closes: '19:30', note: 'first Thursday of the month', validTo: '2025-12-31' },
  ],
  hoursNote: 'Closed on bank holidays',
  free: true,
  costNote: 'Printing is 10p a page',
  languages: ['en', 'cy'],
  access: ['step-free', 'parking'],
  accessNote: 'Ramp at the side door.',
  eligibility: 'Anyone living in Sheffield',
  whatToBring: 'Your phone if you have one',
  howToGetIn: 'drop-in',
  lastVerified: '2025-06-02',
  source: 'Example Libraries staff, by phone',
};

const helpline: Resource = {
  id: 'money-helpline',
  name: 'Money Help Line',
  description: 'Phone advice on debt and benefits.',
  categories: ['money-and-benefits'],
  contact: { phone: '0800 000 0000' },
  free: false,
  costNote: 'Some sessions cost £5',
  access: ['bsl'],
  accessNote: 'Use Relay UK if you have a hearing loop at home.',
  lastVerified: '2025-06-10',
  source: 'https://example.org/money-help',
};

describe('exportOpenReferral', () => {
  it('gives back the same resources when the realistic examples are imported, exported and imported again', () => {
    const first = imported(readExample(SERVICES_PAGE));
    expect(first).toHaveLength(3);
    expect(roundTrip(first)).toEqual(first);
  });

  it('keeps the ORUK service ids it imported', () => {
    const { page } = exportOpenReferral(imported(readExample(ONE_SERVICE)));
    expect(page.contents[0]?.id).toBe('2e767e7f-e75c-516f-a9a9-7c68a7f2b7a1');
  });

  it.each(BUILT_IN_PACKS)(
    'gives back every resource of the built-in pack %s exactly, id and source included',
    (_name, resources) => {
      expect(roundTrip(resources)).toEqual(resources);
    },
  );

  it("writes the built-in packs as services the UK profile's compiled service schema accepts", () => {
    for (const [, resources] of BUILT_IN_PACKS) {
      for (const service of exportOpenReferral(resources).page.contents)
        expect(schemaProblems(serviceSchema, service)).toEqual([]);
    }
  });

  it('round-trips a resource from a spreadsheet and a helpline with every field filled in', () => {
    expect(roundTrip([csvStyle, helpline])).toEqual([csvStyle, helpline]);
  });

  it('does not read access features into an access note that had none, because the export lists them exactly', () => {
    const unlisted: Resource = {
      ...csvStyle,
      accessNote: 'Step-free access from the street; hearing loop at the desk.',
    };
    delete unlisted.access;
    expect(roundTrip([unlisted])).toEqual([unlisted]);
  });

  it('makes the same uuid for the same id every time, and different ones for different ids', () => {
    const once = exportOpenReferral([csvStyle, helpline]).page.contents.map((service) => service.id);
    const twice = exportOpenReferral([csvStyle, helpline]).page.contents.map((service) => service.id);
    expect(once).toEqual(twice);
    expect(new Set(once).size).toBe(2);
  });

  it("writes each service with the fields the UK profile's compiled service schema requires", () => {
    const { page } = exportOpenReferral([...imported(readExample(SERVICES_PAGE)), csvStyle, helpline]);
    expect(page).toMatchObject({ total_items: 5, total_pages: 1, page_number: 1 });
    for (const service of page.contents) expect(schemaProblems(serviceSchema, service)).toEqual([]);
  });

  it('checks the schema check itself: a service without status or with a made-up id fails it', () => {
    const [service] = exportOpenReferral([helpline]).page.contents;
    const withoutStatus = { ...service };
    delete withoutStatus.status;
    expect(schemaProblems(serviceSchema, withoutStatus)).toEqual(['$.status is required']);
    expect(schemaProblems(serviceSchema, { ...service, id: 'money-helpline' })).toEqual(['$.id should be a uuid']);
  });

  it("writes a service at two locations as one service, with each location's own hours, and reads it back the same", () => {
    const service = getOnlineService();
    const second = structuredClone(service.service_at_locations[0]);
    second.id = 'a0000000-0000-4000-8000-000000000001';
    second.location.id = 'b0000000-0000-4000-8000-000000000002';
    second.location.latitude = 53.37;
    service.service_at_locations.push(second);
    const both = imported(service);
    both[1] = {
      ...(both[1] as Resource),
      hours: [{ days: ['SA'], opens: '10:00', closes: '11:00' }],
      contact: { ...both[1]?.contact, phone: '0114 000 0002' },
    };
    const { page } = exportOpenReferral(both);
    expect(page.contents).toHaveLength(1);
    expect(page.contents[0]?.service_at_locations).toHaveLength(2);
    expect(roundTrip(both)).toEqual(both);
  });

  it('writes hours that are not every week with their days and times but no repeat, the note as description, and says so', () => {
    const monthly: Resource = {
      ...helpline,
      hours: [{ days: ['MO'], opens: '10:00', closes: '12:00', note: 'First Monday of the month' }],
    };
    const { page, problems } = exportOpenReferral([monthly]);
    expect(page.contents[0]?.schedules).toEqual([
      {
        id: expect.any(String),
        byday: 'MO',
        opens_at: '10:00:00',
        closes_at: '12:00:00',
        description: 'First Monday of the month',
      },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ record: 1, id: 'money-helpline', field: 'hours', severity: 'warning' }),
    ]);
    expect(roundTrip([monthly])).toEqual([monthly]);
  });

  it('writes an empty page for no resources', () => {
    expect(exportOpenReferral([]).page).toMatchObject({ total_items: 0, empty: true, contents: [] });
  });
});
