import Papa from 'papaparse';
import { plainDecimal } from '../../util/plain-decimal.ts';

/*
 * Open Referral UK's tabular form: one CSV per table (services.csv, locations.csv, phones.csv …), linked by
 * ids, as the UK profile's datapackage.json describes. This joins them back into services in the API's shape,
 * so the one ORUK reader (import-open-referral.ts) imports them: each service with its organisation,
 * contacts and their phones, locations (with addresses, accessibility and phones), schedules, cost options,
 * service areas, languages, required documents and taxonomy terms (through attributes).
 *
 * A table may come in more than one file (the profile's examples have address.csv and addresses.csv): rows
 * are joined, and a row whose id was already read is the same row again, so it is counted once.
 */

export type Row = Record<string, string>;

/**
 * The file names each table is published under: the names in datapackage.json first, then the other
 * spellings seen in the wild (singular and plural).
 */
export const TABLE_FILES: Readonly<Record<string, readonly string[]>> = {
  organization: ['organizations.csv', 'organization.csv'],
  service: ['services.csv', 'service.csv'],
  attribute: ['attribute.csv', 'attributes.csv'],
  service_at_location: ['service_at_location.csv', 'service_at_locations.csv'],
  location: ['locations.csv', 'location.csv'],
  phone: ['phones.csv', 'phone.csv'],
  contact: ['contacts.csv', 'contact.csv'],
  address: ['address.csv', 'addresses.csv'],
  schedule: ['schedule.csv', 'schedules.csv'],
  service_area: ['service_areas.csv', 'service_area.csv'],
  language: ['languages.csv', 'language.csv'],
  accessibility: ['accessibility.csv', 'accessibilities.csv'],
  taxonomy_term: ['taxonomy_terms.csv', 'taxonomy_term.csv'],
  cost_option: ['cost_options.csv', 'cost_option.csv'],
  required_document: ['required_documents.csv', 'required_document.csv'],
};

/** The tables' rows, parsed from each file's text (header row first). */
export function rowsOf(csvText: string): Row[] {
  return Papa.parse<Row>(csvText.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' }).data;
}

/** Rows of one table from several files, each id once. */
export function joinRows(files: readonly Row[][]): Row[] {
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const row of files.flat()) {
    const id = row.id?.trim();
    if (id !== undefined && id !== '') {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    rows.push(row);
  }
  return rows;
}

/** Rows grouped by one of their columns. */
function byColumn(rows: readonly Row[], column: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = row[column]?.trim();
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

/** A row without its blank cells, so an empty cell is "not given" rather than an empty text. */
function present(row: Row, leaveOut: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).filter(([column, value]) => value.trim() !== '' && !leaveOut.includes(column)),
  );
}

/** Number columns as numbers when they are plain decimals; anything else stays text for the reader to report. */
function withNumbers(row: Record<string, unknown>, columns: readonly string[]): Record<string, unknown> {
  const out = { ...row };
  for (const column of columns) {
    const value = plainDecimal(out[column]);
    if (value !== undefined) out[column] = value;
  }
  return out;
}

/** The services of the tables, in the shape of the `/services/{id}` API. */
export function servicesFromTables(tables: ReadonlyMap<string, Row[]>): Record<string, unknown>[] {
  const table = (name: string) => tables.get(name) ?? [];
  const organisations = new Map(table('organization').map((row) => [row.id?.trim(), row]));
  const locations = new Map(table('location').map((row) => [row.id?.trim(), row]));
  const terms = new Map(table('taxonomy_term').map((row) => [row.id?.trim(), row]));
  const contactsByService = byColumn(table('contact'), 'service_id');
  const phonesByContact = byColumn(table('phone'), 'contact_id');
  const phonesByService = byColumn(table('phone'), 'service_id');
  const phonesByLocation = byColumn(table('phone'), 'location_id');
  const placesByService = byColumn(table('service_at_location'), 'service_id');
  const addressesByLocation = byColumn(table('address'), 'location_id');
  const accessByLocation = byColumn(table('accessibility'), 'location_id');
  const schedulesByService = byColumn(table('schedule'), 'service_id');
  const schedulesByLocation = byColumn(table('schedule'), 'location_id');
  const attributesByLink = byColumn(table('attribute'), 'link_id');
  const costsByService = byColumn(table('cost_option'), 'service_id');
  const areasByService = byColumn(table('service_area'), 'service_id');
  const languagesByService = byColumn(table('language'), 'service_id');
  const documentsByService = byColumn(table('required_document'), 'service_id');
  const related = (groups: Map<string, Row[]>, id: string, numbers: readonly string[] = [], leaveOut: string[] = []) =>
    (groups.get(id) ?? []).map((row) => withNumbers(present(row, leaveOut), numbers));
  const attributesOf = (id: string) =>
    (attributesByLink.get(id) ?? []).flatMap((attribute) => {
      const term = terms.get(attribute.taxonomy_term_id?.trim());
      return term === undefined ? [] : [{ ...present(attribute), taxonomy_term: present(term) }];
    });

  return table('service').map((row) => {
    const id = row.id?.trim() ?? '';
    const organisation = organisations.get(row.organization_id?.trim());
    const servicesAtLocations = (placesByService.get(id) ?? []).flatMap((link) => {
      const location = locations.get(link.location_id?.trim());
      if (location === undefined) return [];
      const locationId = location.id?.trim() ?? '';
      return [
        {
          ...present(link),
          location: {
            ...present(location),
            addresses: related(addressesByLocation, locationId),
            accessibility: related(accessByLocation, locationId),
            phones: related(phonesByLocation, locationId),
            schedules: related(schedulesByLocation, locationId, ['interval']),
            attributes: attributesOf(locationId),
          },
        },
      ];
    });
    return {
      ...withNumbers(present(row), []),
      ...(organisation === undefined ? {} : { organization: present(organisation) }),
      contacts: (contactsByService.get(id) ?? []).map((contact) => ({
        ...present(contact),
        phones: related(phonesByContact, contact.id?.trim() ?? ''),
      })),
      phones: related(phonesByService, id),
      service_at_locations: servicesAtLocations,
      // Schedules tied to a location are read with that location.
      schedules: related(schedulesByService, id, ['interval']).filter((schedule) => schedule.location_id === undefined),
      cost_options: related(costsByService, id, ['amount']),
      service_areas: related(areasByService, id),
      languages: related(languagesByService, id),
      required_documents: related(documentsByService, id),
      attributes: attributesOf(id),
    };
  });
}
