import { WEEKDAYS, type WeeklyHours } from '../../hours/weekly-hours.ts';
import { writeCsv, type CsvCell } from '../../util/csv.ts';
import type { Resource } from '../resource.ts';
import { CSV_COLUMNS } from './import-csv.ts';

/*
 * A pack as the spreadsheet csv-columns.md documents, so a keeper can edit it in Excel and import it
 * again to get the same resources back (tested on both built-in packs). Written with writeCsv, the one
 * formula-safe writer. A place the pack marks approximate (a postcode district's centre) is written
 * without its latitude and longitude, so the import places it by its postcode again and marks it so.
 */

const DAY_NAMES: Record<string, string> = {
  MO: 'Mon',
  TU: 'Tue',
  WE: 'Wed',
  TH: 'Thu',
  FR: 'Fri',
  SA: 'Sat',
  SU: 'Sun',
};

export function exportCsv(resources: readonly Resource[]): string {
  return writeCsv(CSV_COLUMNS, resources.map(rowOf));
}

function rowOf(resource: Resource): CsvCell[] {
  const { place, contact } = resource;
  const exact = place !== undefined && place.approximate !== true;
  const phones = [
    ...(contact.phone === undefined ? [] : [{ number: contact.phone, label: contact.phoneLabel }]),
    ...(contact.morePhones ?? []),
  ].map(({ number, label }) => (label === undefined ? number : `${label}: ${number}`));
  const cells: Record<(typeof CSV_COLUMNS)[number], CsvCell> = {
    id: resource.id,
    name: resource.name,
    organisation: resource.organisation,
    description: resource.description,
    categories: resource.categories.join('; '),
    place_name: place?.name,
    address: place?.address?.join(', '),
    town: place?.town,
    postcode: place?.postcode,
    latitude: exact ? place.latitude : undefined,
    longitude: exact ? place.longitude : undefined,
    phone: phones.join('; '),
    text: contact.text,
    email: contact.email,
    website: contact.website,
    hours: (resource.hours ?? []).map(hoursText).join('; '),
    hours_note: resource.hoursNote,
    free: resource.free === undefined ? undefined : resource.free ? 'yes' : 'no',
    cost_note: resource.costNote,
    languages: resource.languages?.join('; '),
    access: resource.access?.join('; '),
    access_note: resource.accessNote,
    eligibility: resource.eligibility,
    what_to_bring: resource.whatToBring,
    how_to_get_in: resource.howToGetIn,
    last_verified: resource.lastVerified,
    source: resource.source,
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}

/** "Mon, Wed 09:00-17:00", with a note in brackets for a rule that is not every week. */
function hoursText(rule: WeeklyHours): string {
  const days = WEEKDAYS.filter((day) => rule.days.includes(day)).map((day) => DAY_NAMES[day]);
  return `${days.join(', ')} ${rule.opens}-${rule.closes}${rule.note === undefined ? '' : ` (${rule.note})`}`;
}
