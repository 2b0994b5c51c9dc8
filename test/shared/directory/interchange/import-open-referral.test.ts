import { describe, expect, it } from 'vitest';
import { importOpenReferral } from '../../../../shared/directory/interchange/import-open-referral.ts';
import { ONE_SERVICE, SERVICES_PAGE, getOnlineService, readExample } from './open-referral-examples.ts';

const GET_ONLINE = '2e767e7f-e75c-516f-a9a9-7c68a7f2b7a1';

function importOne(json: unknown, locate?: (postcode: string) => { latitude: number; longitude: number } | undefined) {
  return importOpenReferral([{ source: 'feed.json', json }], { locate });
}

describe('importOpenReferral', () => {
  it('imports the realistic /services page: three services, each at its place', () => {
    const result = importOne(readExample(SERVICES_PAGE));
    expect(result.counts).toEqual({ total: 3, loaded: 3, leftOut: 0 });
    expect(result.resources.map((resource) => [resource.name, resource.place?.postcode])).toEqual([
      ['Get Online Drop-in', 'S1 2BJ'],
      ['Data and Device Bank', 'S2 4AB'],
      ['Online Safety Cafe (Hyde)', 'SK14 1AA'],
    ]);
  });

  it('keeps the facts a resident needs from a full service', () => {
    const [resource] = importOne(getOnlineService()).resources;
    expect(resource).toMatchObject({
      id: GET_ONLINE,
      organisation: 'Example Community Learning Trust',
      categories: ['digital-skills', 'devices-and-data'],
      place: {
        name: 'Example Community Hub (city centre)',
        address: ['1 Example Street'],
        town: 'Sheffield',
        latitude: 53.38037,
        longitude: -1.46277,
      },
      contact: { email: 'getonline@example.org', website: 'https://example.org/get-online' },
      hours: [{ days: ['TU', 'TH'], opens: '10:00', closes: '12:30' }],
      free: true,
      languages: ['en'],
      access: ['step-free', 'accessible-toilet', 'hearing-loop'],
      accessNote: 'Step-free access from the street; accessible toilet; hearing loop at the help desk.',
      eligibility: 'For ages 16 and over. Open to anyone living or working in Sheffield.',
      lastVerified: '2025-06-02',
      source: 'feed.json',
    });
  });

  it('reports the alert it has no place for, rather than dropping it quietly', () => {
    const result = importOne(getOnlineService());
    expect(result.problems).toEqual([
      expect.objectContaining({
        record: 1,
        id: GET_ONLINE,
        field: 'alert',
        severity: 'warning',
        message: expect.stringContaining('Sessions are not held on bank holidays.'),
      }),
    ]);
  });

  it('merges several inputs into one list and reports a service that appears twice', () => {
    const changed = { ...getOnlineService(), name: 'Get Online (renamed)' };
    const result = importOpenReferral([
      { source: 'page.json', json: readExample(SERVICES_PAGE) },
      { source: 'one.json', json: changed },
    ]);
    expect(result.resources).toHaveLength(3);
    expect(result.counts).toEqual({ total: 4, loaded: 3, leftOut: 1 });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        source: 'one.json',
        record: 1,
        field: 'id',
        severity: 'error',
        message: expect.stringContaining('record 1 of page.json'),
      }),
    );
    // The same service again, fact for fact, is a true duplicate: counted once and reported as such.
    const again = importOpenReferral([
      { source: 'page.json', json: readExample(SERVICES_PAGE) },
      { source: 'one.json', json: readExample(ONE_SERVICE) },
    ]);
    expect(again.counts).toEqual({ total: 3, loaded: 3, leftOut: 0 });
    expect(again.problems).toContainEqual(
      expect.objectContaining({
        source: 'one.json',
        severity: 'warning',
        message: expect.stringContaining('the same as record 1 of page.json'),
      }),
    );
  });

  it('names the file in every problem, so a report merged from several files says where each came from', () => {
    const result = importOpenReferral([
      { source: 'page.json', json: [42, getOnlineService()] },
      { source: 'one.json', json: readExample(ONE_SERVICE) },
    ]);
    expect(result.problems.map((problem) => [problem.source, problem.record])).toEqual([
      ['page.json', 1],
      ['page.json', 2],
      ['one.json', 1],
      ['one.json', 1],
    ]);
  });

  it('accepts a plain list of services', () => {
    expect(importOne([getOnlineService()]).resources).toHaveLength(1);
  });

  it('makes one resource per location, with ids serviceId@locationId', () => {
    const service = getOnlineService();
    const second = structuredClone(service.service_at_locations[0]);
    second.id = 'a0000000-0000-4000-8000-000000000001';
    second.location.id = 'b0000000-0000-4000-8000-000000000002';
    second.location.name = 'Example Library (Highfield)';
    second.location.latitude = 53.37;
    service.service_at_locations.push(second);
    const result = importOne(service);
    expect(result.resources.map((resource) => [resource.id, resource.place?.name])).toEqual([
      [`${GET_ONLINE}@efd3efb6-cfda-55e3-8045-cedc92fea459`, 'Example Community Hub (city centre)'],
      [`${GET_ONLINE}@b0000000-0000-4000-8000-000000000002`, 'Example Library (Highfield)'],
    ]);
  });

  it('reads a /service_at_locations page, where each item holds its service and location', () => {
    const {
      service_at_locations: [serviceAtLocation],
      ...service
    } = getOnlineService();
    const page = {
      total_items: 1,
      total_pages: 1,
      page_number: 1,
      contents: [{ id: serviceAtLocation.id, service, location: serviceAtLocation.location }],
    };
    const [resource] = importOne(page).resources;
    expect(resource?.id).toBe(GET_ONLINE);
    expect(resource?.place?.postcode).toBe('S1 2BJ');
  });

  it('treats a service with no location, or only a virtual one, as help by phone or online', () => {
    const noLocation = { ...getOnlineService(), service_at_locations: [] };
    const virtual = getOnlineService();
    virtual.service_at_locations[0].location.location_type = 'virtual';
    expect(importOne(noLocation).resources[0]?.place).toBeUndefined();
    expect(importOne(virtual).resources[0]?.place).toBeUndefined();
  });

  it('uses the postcode lookup for a location with no coordinates, and says the distance is approximate', () => {
    const service = getOnlineService();
    delete service.service_at_locations[0].location.latitude;
    delete service.service_at_locations[0].location.longitude;
    const located = importOne(service, (postcode) =>
      postcode === 'S1 2BJ' ? { latitude: 53.38, longitude: -1.47 } : undefined,
    );
    expect(located.resources[0]?.place).toMatchObject({ postcode: 'S1 2BJ', latitude: 53.38, longitude: -1.47 });
    expect(located.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('approximate') }),
    );
    expect(located.resources[0]?.place?.approximate).toBe(true);
    // Not placed: kept as phone and online help with its address in words (issue 10), never left out.
    const notLocated = importOne(service);
    expect(notLocated.resources[0]?.place).toBeUndefined();
    expect(notLocated.resources[0]?.description).toContain(
      'Address: Example Community Hub (city centre), 1 Example Street',
    );
    expect(notLocated.problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('the postcode S1 2BJ is not one it knows'),
      }),
    );
  });

  it('turns the phone numbers of the service, then the location, then the organisation into contact details', () => {
    const service = getOnlineService();
    service.organization.phones = [{ id: 'p1', number: '0114 000 0001' }];
    service.service_at_locations[0].location.phones = [
      { id: 'p2', number: '(0114) 273-4400' },
      { id: 'p3', number: '85258', description: 'Text only' },
    ];
    expect(importOne(service).resources[0]?.contact).toMatchObject({ phone: '0114 273 4400', text: '85258' });
  });

  it('drops a javascript: website and says so, but keeps the service', () => {
    const service = { ...getOnlineService(), url: 'javascript:alert(document.cookie)' };
    const result = importOne(service);
    expect(result.resources[0]?.contact.website).toBeUndefined();
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        field: 'url',
        severity: 'warning',
        message: expect.stringContaining('not a web address'),
      }),
    );
  });

  it('strips HTML tags from descriptions but keeps a name exactly as written', () => {
    const service = {
      ...getOnlineService(),
      name: '<b>Get Online</b> & more',
      description: '<p>Drop in on <strong>Tuesdays</strong>.</p><script>alert(1)</script>',
    };
    const [resource] = importOne(service).resources;
    expect(resource?.name).toBe('<b>Get Online</b> & more');
    expect(resource?.description).toBe('Drop in on Tuesdays.');
  });

  it('reads prices from cost options, and leaves free unknown for a service with no cost information', () => {
    const paid = {
      ...getOnlineService(),
      fees: null,
      cost_options: [{ id: 'c', option: 'Adults', amount: 3.5, amount_description: 'per session' }],
    };
    expect(importOne(paid).resources[0]).toMatchObject({ free: false, costNote: '£3.50 per session (Adults)' });
    const unknown = { ...getOnlineService(), fees: undefined, cost_options: undefined };
    const result = importOne(unknown);
    expect(result.resources[0]?.free).toBeUndefined();
    expect(result.notes.noCost).toBe(1);
  });

  it('keeps a service whose taxonomy terms match no category, guessing from its words and naming the terms', () => {
    const service = getOnlineService();
    service.attributes = [{ id: 'a', taxonomy_term: { id: 't', name: 'Knitting', term: 'knitting' } }];
    const result = importOne(service);
    expect(result.resources[0]?.categories).toEqual(['digital-skills']);
    expect(result.notes.unmappedTerms).toEqual([{ term: 'Knitting', count: 1 }]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        field: 'categories',
        severity: 'warning',
        message: expect.stringContaining('guessed from the words'),
      }),
    );
  });

  it('keeps the matching categories and reports the terms that match none', () => {
    const service = getOnlineService();
    service.attributes.push({ id: 'a', taxonomy_term: { id: 't', name: 'Knitting', term: 'knitting' } });
    const result = importOne(service);
    expect(result.resources[0]?.categories).toEqual(['digital-skills', 'devices-and-data']);
    expect(result.notes.unmappedTerms).toEqual([{ term: 'Knitting', count: 1 }]);
  });

  it('reads language names when a code is missing, and reports languages it does not know', () => {
    const service = {
      ...getOnlineService(),
      languages: [
        { id: 'l1', name: 'Welsh' },
        { id: 'l2', name: 'Elvish' },
      ],
    };
    const result = importOne(service);
    expect(result.resources[0]?.languages).toEqual(['cy']);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ field: 'languages', message: expect.stringContaining('"Elvish"') }),
    );
  });

  it('leaves out a service that is not active', () => {
    const result = importOne({ ...getOnlineService(), status: 'defunct' });
    expect(result.resources).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ field: 'status', severity: 'error', message: expect.stringContaining('"defunct"') }),
    ]);
  });

  it('leaves out a service with no last_modified date, since nobody can say when it was checked', () => {
    const service = getOnlineService();
    delete service.last_modified;
    expect(importOne(service).problems).toContainEqual(
      expect.objectContaining({ field: 'last_modified', severity: 'error' }),
    );
  });

  it('names the field when a value has the wrong type', () => {
    const service = getOnlineService();
    service.service_at_locations[0].location.name = 53.38;
    const result = importOne([service, getOnlineService()]);
    expect(result.counts).toEqual({ total: 2, loaded: 1, leftOut: 1 });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        record: 1,
        id: GET_ONLINE,
        field: 'service_at_locations.0.location.name',
        message: 'This must be text.',
      }),
    );
  });

  it('reports records that are not services at all', () => {
    const result = importOne([42, { name: 'No id' }]);
    expect(result.counts).toEqual({ total: 2, loaded: 0, leftOut: 2 });
    expect(result.problems.map((problem) => problem.record)).toEqual([1, 2]);
  });

  it('lists input that is not Open Referral UK as unreadable', () => {
    const result = importOpenReferral([{ source: 'pack.json', json: { format: 'signpost-pack' } }]);
    expect(result.unreadable).toEqual([
      { source: 'pack.json', message: expect.stringContaining('not Open Referral UK data') },
    ]);
    expect(result.resources).toEqual([]);
  });
});
