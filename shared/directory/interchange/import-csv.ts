import Papa from 'papaparse';
import type { RecordProblem } from '../load-report.ts';
import { countLoaded } from '../load-report.ts';
import { ACCESS_FEATURES, type AccessFeature } from '../resource.ts';
import { checkResource } from '../check-resource.ts';
import type { ImportResult, Locate } from './import-result.ts';
import { leaveOutDuplicateIds, type PlacedResource } from '../leave-out-duplicate-ids.ts';
import { accessFeaturesIn } from './access-features-in.ts';
import { categorise, originText, type KeeperTerms } from '../categorise/category-cascade.ts';
import { tallyNotes, type NotesTally } from './import-notes.ts';
import { plainDecimal } from '../../util/plain-decimal.ts';
import { UK_LATITUDE, UK_LONGITUDE } from './resource-from-open-referral.ts';
import { compact } from '../../util/compact.ts';
import { joinPresent } from '../../util/join-present.ts';
import { languageCode } from './language-code.ts';
import { parseWeeklyHours } from './parse-weekly-hours.ts';
import { tidyEmail, tidyPhone, tidyWebsite, type Tidied, type TidiedPhone } from './tidy-contact.ts';

/*
 * A directory kept as a spreadsheet (columns in csv-columns.md). Forgiving where a person would be: header
 * case and spaces, "Y"/"yes"/"true", "www.example.org", category labels, day names, dd/mm/yyyy dates. It
 * never guesses quietly about what matters to a resident: anything it changes or can't read is reported.
 */

export const CSV_COLUMNS = [
  'id',
  'name',
  'organisation',
  'description',
  'categories',
  'place_name',
  'address',
  'town',
  'postcode',
  'latitude',
  'longitude',
  'phone',
  'text',
  'email',
  'website',
  'hours',
  'hours_note',
  'free',
  'cost_note',
  'languages',
  'access',
  'access_note',
  'eligibility',
  'what_to_bring',
  'how_to_get_in',
  'last_verified',
  'source',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

/** Only what no record can do without: what it is called and when someone last checked it. */
const REQUIRED_COLUMNS: readonly Column[] = ['name', 'last_verified'];

/** Other names people give columns. */
const COLUMN_ALIASES: Record<string, Column> = {
  organization: 'organisation',
  org: 'organisation',
  category: 'categories',
  post_code: 'postcode',
  lat: 'latitude',
  lng: 'longitude',
  lon: 'longitude',
  long: 'longitude',
  telephone: 'phone',
  tel: 'phone',
  phone_number: 'phone',
  sms: 'text',
  text_number: 'text',
  url: 'website',
  web: 'website',
  web_address: 'website',
  email_address: 'email',
  opening_hours: 'hours',
  opening_times: 'hours',
  cost: 'cost_note',
  language: 'languages',
  accessibility: 'access',
  who_it_is_for: 'eligibility',
  last_checked: 'last_verified',
  venue: 'place_name',
};

const YES = new Set(['yes', 'y', 'true', '1', 'free']);
const NO = new Set(['no', 'n', 'false', '0']);

export interface CsvImportOptions {
  /** The file name: each resource's `source` when its row has none, and named in reports. */
  source: string;
  /** Looks up rows that have a postcode but no latitude and longitude. */
  locate?: Locate;
  /** The keeper's own term → category rows (--categories terms.csv). */
  keeper?: KeeperTerms;
  /** How the file's bytes were read, when not plain UTF-8 ("Windows-1252"): said in the report. */
  encoding?: string;
}

/**
 * Imports a spreadsheet saved as CSV text. Problems name the spreadsheet row (the header is row 1, so the
 * first resource is row 2) and the file (`source`). Never throws: an empty file or one without the required columns is listed in
 * `unreadable` and gives no resources.
 */
export function importCsv(text: string, options: CsvImportOptions): ImportResult {
  const { source } = options;
  // Commas, or semicolons (Excel with European settings), or tabs; CRLF or LF: Papa Parse works out which.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
  });
  const [header = [], ...rows] = parsed.data;
  const tally = tallyNotes();
  if (options.encoding !== undefined) tally.encoding(source, options.encoding);
  const empty = { resources: [], placed: [], problems: [], counts: countLoaded(0, 0), notes: tally.notes() };
  if (header.every((cell) => cell.trim() === '')) {
    return {
      ...empty,
      unreadable: [
        {
          source,
          message: 'The spreadsheet is empty. Check that it saved, and that the first row has the column names.',
        },
      ],
    };
  }
  const columns = header.map(columnFor);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    const names = missing.map((column) => `"${column}"`).join(', ');
    return {
      ...empty,
      unreadable: [
        { source, message: `The spreadsheet has no ${names} column. Add it to the first row: see csv-columns.md.` },
      ],
    };
  }
  const problems: RecordProblem[] = header
    .filter((_cell, index) => columns[index] === undefined && header[index]?.trim() !== '')
    .map((cell) => ({
      record: 1,
      source,
      field: cell,
      severity: 'warning',
      message: `Signpost does not know the column "${cell}", so it was ignored. See csv-columns.md.`,
    }));
  problems.push(
    ...parsed.errors.map((error): RecordProblem => ({
      record: (error.row ?? 0) + 1,
      source,
      severity: 'warning',
      message: `The spreadsheet text is broken here: ${error.message}.`,
    })),
  );
  const placed: PlacedResource[] = [];
  let total = 0;
  rows.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    total += 1;
    const position = { record: index + 2, source };
    const row = rowOf(columns, cells);
    const mapped = candidateOf(row, options);
    const id = typeof mapped.candidate.id === 'string' ? mapped.candidate.id : undefined;
    const reported = mapped.problems.map((problem): RecordProblem => ({
      ...position,
      ...(id === undefined ? {} : { id }),
      ...problem,
    }));
    problems.push(...reported);
    if (reported.some((problem) => problem.severity === 'error')) return;
    const checked = checkResource(mapped.candidate, position);
    if (!checked.ok) {
      problems.push(...checked.problems.map((problem) => ({ ...problem, field: csvField(problem.field) })));
      return;
    }
    placed.push({ resource: checked.resource, position });
    mapped.count(tally);
  });
  const { kept, problems: duplicates, repeats } = leaveOutDuplicateIds(placed, 'row');
  problems.push(...duplicates);
  problems.sort((a, b) => a.record - b.record);
  const resources = kept.map((item) => item.resource);
  return {
    resources,
    placed: kept,
    problems,
    unreadable: [],
    counts: countLoaded(total - repeats, resources.length),
    notes: tally.notes(),
  };
}

function columnFor(heading: string): Column | undefined {
  const key = heading
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/[^a-z_]/g, '');
  if ((CSV_COLUMNS as readonly string[]).includes(key)) return key as Column;
  return COLUMN_ALIASES[key];
}

function rowOf(columns: ReadonlyArray<Column | undefined>, cells: readonly string[]): Row {
  const row: Row = {};
  columns.forEach((column, index) => {
    const cell = cells[index]?.trim();
    if (column !== undefined && cell !== undefined && cell !== '') row[column] = cell;
  });
  return row;
}

/** Our field names, as the spreadsheet's column names, so a report points at the right column. */
function csvField(field: string | undefined): string | undefined {
  const known: Record<string, Column> = {
    organisation: 'organisation',
    'contact.phone': 'phone',
    'contact.text': 'text',
    'contact.email': 'email',
    'contact.website': 'website',
    'place.latitude': 'latitude',
    'place.longitude': 'longitude',
    'place.postcode': 'postcode',
    'place.town': 'town',
    'place.name': 'place_name',
    hoursNote: 'hours_note',
    costNote: 'cost_note',
    accessNote: 'access_note',
    whatToBring: 'what_to_bring',
    howToGetIn: 'how_to_get_in',
    lastVerified: 'last_verified',
  };
  if (field === undefined) return undefined;
  const base = field.split('.').slice(0, 2).join('.');
  return known[base] ?? known[field.split('.')[0] ?? ''] ?? field.split('.')[0];
}

interface RowProblem {
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

function candidateOf(
  row: Row,
  options: CsvImportOptions,
): { candidate: Record<string, unknown>; problems: RowProblem[]; count: (tally: NotesTally) => void } {
  const problems: RowProblem[] = [];
  const warn = (field: Column, message: string) => problems.push({ field, message, severity: 'warning' });
  const fail = (field: Column, message: string) => problems.push({ field, message, severity: 'error' });
  const hours = parseWeeklyHours(row.hours ?? '');
  if (hours.unread.length > 0) {
    warn(
      'hours',
      `Signpost could not read the hours "${hours.unread.join('; ')}", so they are shown as written and it won't say if it is open now. Write them like "Mon-Fri 09:00-17:00; Sat 10:00-12:00".`,
    );
  }
  const access = accessOf(row.access, warn);
  const categorised = categorise(
    {
      terms: (row.categories ?? '')
        .split(';')
        .map((word) => word.trim())
        .filter(Boolean)
        .map((name) => ({ name })),
      name: row.name ?? '',
      description: row.description,
    },
    options.keeper,
  );
  categorised.categories.forEach((category, index) => {
    const origin = categorised.origins[index]!;
    if (origin.kind === 'words' || origin.kind === 'other') warn('categories', `${originText(category, origin)}.`);
  });
  if (categorised.unmapped.length > 0)
    warn(
      'categories',
      `Signpost does not know the category ${categorised.unmapped.map((word) => `"${word}"`).join(', ')}. Use ids or labels from the category list, separated by semicolons, or teach it with --categories.`,
    );
  const place = placeOf(row, options.locate, warn);
  const candidate = compact({
    id: idOf(row, warn),
    name: row.name,
    organisation: row.organisation,
    description: row.description,
    categories: categorised.categories,
    place,
    contact: compact({
      ...phonesOf(row.phone, warn),
      text: tidied(row.text, tidyPhone, 'text', warn),
      email: tidied(row.email, tidyEmail, 'email', warn),
      website: tidied(row.website, tidyWebsite, 'website', warn),
    }),
    hours: hours.hours.length === 0 ? undefined : hours.hours,
    hoursNote: joinPresent([...hours.unread, row.hours_note]),
    free: freeOf(row.free, fail),
    costNote: row.cost_note,
    languages: languagesOf(row.languages, warn),
    access: access.features.length === 0 ? undefined : access.features,
    accessNote: joinPresent([row.access_note, ...access.unread]),
    eligibility: row.eligibility,
    whatToBring: row.what_to_bring,
    howToGetIn: row.how_to_get_in?.toLowerCase().replace(/[\s_]+/g, '-'),
    lastVerified: dateOf(row.last_verified),
    source: row.source ?? options.source,
  });
  if (place === undefined && Object.keys(candidate.contact).length === 0)
    warn(
      'postcode',
      'It has no place on the map, phone number, e-mail or website that Signpost could use, so residents cannot reach it from the card. It was kept: add one of them.',
    );
  const count = (tally: NotesTally) => {
    new Set(categorised.origins.map((origin) => origin.kind)).forEach((kind) => tally.origin(kind));
    categorised.unmapped.forEach((term) => tally.unmapped(term));
    if (row.free === undefined && row.cost_note === undefined) tally.noCost();
  };
  return { candidate, problems, count };
}

/**
 * The phone column: one number, or several separated by semicolons, each with its label if it has one
 * ("Youth service: 0117 332 7111; 0800 035 4213"), as the CSV export writes them.
 */
function phonesOf(cell: string | undefined, warn: (field: Column, message: string) => void) {
  const calls = (cell ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const tidied: TidiedPhone = tidyPhone(part);
      if (tidied.ok) return [compact({ number: tidied.value, label: tidied.label })];
      warn('phone', tidied.message);
      return [];
    });
  const [main, ...more] = calls;
  return compact({
    phone: main?.number,
    phoneLabel: main?.label,
    morePhones: more.length === 0 ? undefined : more,
  });
}

/** The row's id, or one made from its name and postcode (reported, so it can be written into the sheet). */
function idOf(row: Row, warn: (field: Column, message: string) => void): string | undefined {
  if (row.id !== undefined) return row.id;
  if (row.name === undefined) return undefined;
  const made = [row.name, row.postcode ?? '']
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  warn(
    'id',
    `It had no id, so it was given "${made}". Put that in the id column so links to it keep working if the name changes.`,
  );
  return made;
}

function placeOf(
  row: Row,
  locate: Locate | undefined,
  warn: (field: Column, message: string) => void,
): Record<string, unknown> | undefined {
  const lines = row.address?.split(/\s*[,\n]\s*/).filter(Boolean);
  const where = compact({
    name: row.place_name,
    address: lines,
    town: row.town,
    postcode: row.postcode?.toUpperCase(),
  });
  const latitude = numberOf(row.latitude, 'latitude', UK_LATITUDE, warn);
  const longitude = numberOf(row.longitude, 'longitude', UK_LONGITUDE, warn);
  if (latitude !== undefined && longitude !== undefined) return { ...where, latitude, longitude };
  if ((latitude === undefined) !== (longitude === undefined))
    warn(latitude === undefined ? 'latitude' : 'longitude', 'Give both the latitude and the longitude, or neither.');
  if (where.postcode !== undefined) {
    const located = locate?.(where.postcode);
    if (located !== undefined) {
      warn(
        'latitude',
        `The latitude and longitude came from the postcode ${where.postcode}: the centre of its area, so distances are approximate.`,
      );
      return { ...where, ...located, approximate: true };
    }
  }
  if (Object.keys(where).length > 0) {
    warn(
      'postcode',
      `Signpost could not put it on the map${where.postcode === undefined ? ' (it has no postcode, latitude or longitude)' : ` (the postcode ${where.postcode} is not one it knows)`}, so it is listed as help by phone or online. Add the postcode, or the latitude and longitude.`,
    );
  }
  return undefined;
}

/** A plain decimal inside Great Britain and Northern Ireland: hex, exponents and points at sea are reported. */
function numberOf(
  cell: string | undefined,
  field: Column,
  bounds: { min: number; max: number },
  warn: (field: Column, message: string) => void,
): number | undefined {
  if (cell === undefined) return undefined;
  const value = plainDecimal(cell, bounds);
  if (value !== undefined) return value;
  warn(
    field,
    `The ${field} "${cell}" is not a number inside Great Britain and Northern Ireland (write it like 53.38 or -1.46), so it was not used.`,
  );
  return undefined;
}

/** yes, no, or blank when nobody knows (cards then say "Ask about cost"). */
function freeOf(cell: string | undefined, fail: (field: Column, message: string) => void): boolean | undefined {
  if (cell === undefined) return undefined;
  const answer = cell.toLowerCase();
  if (YES.has(answer)) return true;
  if (NO.has(answer)) return false;
  fail(
    'free',
    `The free column says "${cell}": write yes or no, or leave it blank if you don't know. Put anything else in cost_note.`,
  );
  return undefined;
}

function languagesOf(cell: string | undefined, warn: (field: Column, message: string) => void): string[] | undefined {
  if (cell === undefined) return undefined;
  const codes = new Set<string>();
  for (const word of cell
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean)) {
    const code = languageCode(word);
    if (code === undefined)
      warn(
        'languages',
        `Signpost does not know the language "${word}", so it was not kept. Use a code like en, cy or ur.`,
      );
    else codes.add(code);
  }
  return codes.size === 0 ? undefined : [...codes];
}

/** Features by id ("step-free") or plain words ("hearing loop"); words that name none go to the access note. */
function accessOf(
  cell: string | undefined,
  warn: (field: Column, message: string) => void,
): { features: AccessFeature[]; unread: string[] } {
  const found = new Set<AccessFeature>();
  const unread: string[] = [];
  for (const item of (cell ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const asId = item.toLowerCase().replace(/\s+/g, '-');
    const features = (ACCESS_FEATURES as readonly string[]).includes(asId)
      ? [asId as AccessFeature]
      : accessFeaturesIn(item);
    if (features.length === 0) {
      unread.push(item);
      warn('access', `"${item}" is not an access feature Signpost knows, so it was kept in the access note.`);
    }
    features.forEach((feature) => found.add(feature));
  }
  return { features: ACCESS_FEATURES.filter((feature) => found.has(feature)), unread };
}

function tidied(
  cell: string | undefined,
  tidy: (raw: string) => Tidied,
  field: Column,
  warn: (field: Column, message: string) => void,
): string | undefined {
  if (cell === undefined) return undefined;
  const result = tidy(cell);
  if (result.ok) return result.value;
  warn(field, result.message);
  return undefined;
}

/** "2025-06-30" as is; "30/06/2025" (the UK order) turned round. Anything else is left for the schema to report. */
function dateOf(cell: string | undefined): string | undefined {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell ?? '');
  if (uk === null) return cell;
  return `${uk[3]}-${(uk[2] ?? '').padStart(2, '0')}-${(uk[1] ?? '').padStart(2, '0')}`;
}
