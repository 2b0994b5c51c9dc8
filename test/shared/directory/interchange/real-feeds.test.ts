import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOpenReferral } from '../../../../shared/directory/interchange/import-open-referral.ts';
import { formatImportNotes } from '../../../../shared/directory/interchange/import-notes.ts';

/*
 * Real published records (test/fixtures/real-feeds/README.md: cut down, personal details redacted), one
 * test per quirk issue 10 lists: they imported 0 of 4 before.
 */
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(`test/fixtures/real-feeds/${name}`, 'utf8')) as unknown;
const BRISTOL_CENTRE = { latitude: 51.4545, longitude: -2.5879 };
/** Bristol's districts are known; the made-up ZZ9 is not. */
const locate = (postcode: string) => (postcode.startsWith('BS') ? BRISTOL_CENTRE : undefined);
const importFeed = (name: string) =>
  importOpenReferral([{ source: name, json: fixture(name) }], { locate, today: '2026-12-06' });

describe('a real v3 feed with no taxonomy at all (Bristol, Placecube)', () => {
  const page = importFeed('bristol-v3-services-page.json');
  const byName = (name: string) => page.resources.find((resource) => resource.name === name);

  it('keeps every record: categories from the vendor audience field, then words, never left out', () => {
    expect(page.counts).toEqual({ total: 3, loaded: 3, leftOut: 0 });
    expect(byName('1625 Independent People')?.categories).toEqual(['housing']);
    expect(byName('2 Way St Bristol')?.categories).toContain('mental-health');
    expect(page.notes.categoryOrigins).toMatchObject({ audience: 1 });
    expect(page.notes.unmappedTerms).toEqual([{ term: 'Care leavers', count: 1 }]);
  });

  it('says where a guessed category came from', () => {
    expect(page.problems).toContainEqual(
      expect.objectContaining({
        id: '93657689-252d-5a77-de87-42ca43452b0e',
        field: 'categories',
        message: expect.stringMatching(/^"Mental health and someone to talk to" guessed from the words "/),
      }),
    );
  });

  it('leaves cost unknown rather than "not free"', () => {
    expect(byName('A Picture of Health')?.free).toBeUndefined();
    expect(page.notes.noCost).toBe(3);
  });

  it('reads -1 ages as not set', () => {
    expect(byName('1625 Independent People')?.eligibility ?? '').not.toMatch(/-1|ages/);
  });

  it('drops a placeholder e-mail with a note, and keeps the record by its website', () => {
    const nhs = byName('A Picture of Health');
    expect(nhs?.contact).toEqual({ website: 'https://www.nhs.uk/' });
    expect(page.problems).toContainEqual(
      expect.objectContaining({ field: 'email', message: expect.stringContaining('placeholder') }),
    );
  });

  it('turns HTML descriptions into plain text with their paragraphs, entities as characters', () => {
    const description = byName('1625 Independent People')?.description ?? '';
    expect(description).not.toMatch(/[<>]|&nbsp;/);
    expect(description.split('\n\n')[0]).toBe('About Us');
    expect(description).toContain('Monday – Friday 9 – 4.30pm');
    expect(description).toContain('‘drop in’');
    expect(byName('2 Way St Bristol')?.description).toContain('£10 a hour');
  });

  it('counts the vendor fields it does not carry, so nothing is lost silently', () => {
    expect(page.notes.unusedFields).toContainEqual({ field: 'assurer_email', count: 3 });
    expect(formatImportNotes(page.notes)).toContain('3 records had assurer_email: not used yet.');
  });
});

describe("the same feed's detail record", () => {
  const detail = importFeed('bristol-v3-service-detail.json');
  const [resource] = detail.resources;

  it('keeps a labelled phone with its label, and every other number', () => {
    expect(resource?.contact).toMatchObject({
      phone: '0800 0354213',
      morePhones: [{ number: '0117 332 7111', label: 'Bristol Youth MAPS' }],
    });
  });

  it('says "serves Bristol" for service areas that have only a name', () => {
    expect(resource?.place).toBeUndefined();
    expect(resource?.eligibility).toBe('Serves Bristol and South Gloucestershire.');
  });
});

describe('a v1 (legacy API) feed', () => {
  const page = importFeed('bristol-v1-services-page.json');
  const byName = (name: string) => page.resources.find((resource) => resource.name === name);

  it('reads the v1 page, its physical addresses and its regular schedules at service and location level', () => {
    expect(page.counts).toEqual({ total: 3, loaded: 3, leftOut: 0 });
    expect(byName('Tuesday Lunch and Chat')).toMatchObject({
      place: { name: 'Example Community Centre', address: ['1 Example Street'], town: 'Bristol', postcode: 'BS1 5TR' },
      hours: [
        { days: ['TU'], opens: '12:00', closes: '14:00' },
        { days: ['TH'], opens: '10:00', closes: '11:30' },
      ],
      access: ['step-free'],
      languages: ['en'],
      eligibility: 'Older people living in Bristol',
      contact: { phone: '0117 496 0001' },
    });
  });

  it('keeps holiday closures that have not ended, at service and location level, and drops past ones', () => {
    const note = byName('Tuesday Lunch and Chat')?.hoursNote ?? '';
    expect(note).toContain('Closed 24 December 2099 to 2 January 2100.');
    expect(note).toContain('27 December 2099: open 10am to midday only.');
    expect(note).not.toContain('2001');
  });

  it('maps LGA/esd service types by id, and each level of a hierarchical local term', () => {
    expect(byName('Tuesday Lunch and Chat')?.categories).toEqual(['social-and-community']);
    expect(byName('Move and Groove')?.categories).toContain('health-and-wellbeing');
    expect(page.notes.categoryOrigins.esd).toBeGreaterThanOrEqual(1);
    expect(byName('Home Help Bristol')?.categories).toContain('money-and-benefits');
  });

  it('lists the terms it could not map, most frequent first', () => {
    expect(page.notes.unmappedTerms[0]).toEqual({ term: 'Older People', count: 3 });
  });

  it('places hex, exponent and out-of-the-country coordinates by postcode, or keeps them as phone help', () => {
    expect(byName('Tuesday Lunch and Chat')?.place).toMatchObject({ ...BRISTOL_CENTRE, approximate: true });
    expect(byName('Home Help Bristol')?.place).toMatchObject({ ...BRISTOL_CENTRE, approximate: true });
    const unplaced = byName('Move and Groove');
    expect(unplaced?.place).toBeUndefined();
    expect(unplaced?.contact.phone).toBe('0117 496 0003');
    const coordinateNotes = page.problems.filter((problem) => problem.field === 'location.latitude');
    expect(coordinateNotes.map((problem) => problem.message).join('\n')).toMatch(/"0x35"[\s\S]*10\.5[\s\S]*"5\.14e1"/);
  });

  it('counts fields Signpost does not carry yet', () => {
    expect(page.notes.unusedFields).toContainEqual({ field: 'accreditations', count: 3 });
    expect(page.notes.unusedFields).toContainEqual({ field: 'deliverable_type', count: 3 });
  });
});

describe('a feed whose terms are nearly our own', () => {
  const service = (id: string, term: string) => ({
    id,
    name: `Service ${id}`,
    status: 'active',
    url: `https://example.org/${id}`,
    last_modified: '2026-01-01',
    attributes: [{ taxonomy_term: { id: `t-${id}`, name: term } }],
  });

  it('keeps every record: "Free wifi and computers", "Data SIM giveaway", "Walking group"', () => {
    const terms = ['Free wifi and computers', 'Data SIM giveaway', 'Walking group'];
    const services = Array.from({ length: 600 }, (_, index) => service(String(index), terms[index % 3]!));
    const result = importOpenReferral([{ source: 'feed.json', json: { contents: services } }]);
    expect(result.counts).toEqual({ total: 600, loaded: 600, leftOut: 0 });
    expect(result.resources.slice(0, 3).map((resource) => resource.categories)).toEqual([
      ['wifi-and-computers'],
      ['devices-and-data'],
      ['health-and-wellbeing'],
    ]);
  });

  it("takes the keeper's own terms file before anything else", () => {
    const result = importOpenReferral([{ source: 'feed.json', json: [service('1', 'Walking group')] }], {
      keeper: new Map([['walking-group', 'social-and-community']]),
    });
    expect(result.resources[0]?.categories).toEqual(['social-and-community']);
    expect(result.notes.categoryOrigins).toEqual({ keeper: 1 });
  });

  it('maps OpenActive activities and Family Hubs categories', () => {
    const activity = {
      ...service('2', 'Aikido'),
      attributes: [
        {
          taxonomy_term: {
            id: 'https://openactive.io/activity-list#22584a2a-fafc-4710-863c-8a1fc3f96b2c',
            name: 'Aikido',
          },
        },
      ],
    };
    const hubs = service('3', 'Debt and welfare advice');
    const result = importOpenReferral([{ source: 'feed.json', json: [activity, hubs] }]);
    expect(result.resources.map((resource) => resource.categories)).toEqual([
      ['health-and-wellbeing'],
      ['money-and-benefits'],
    ]);
  });

  it('puts a service nothing describes under "Other local help", and says so', () => {
    const result = importOpenReferral([{ source: 'feed.json', json: [service('4', 'Zzyzx')] }]);
    expect(result.resources[0]?.categories).toEqual(['other']);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('Other local help') }),
    );
  });
});
