import Papa from 'papaparse';
import { WEEKDAYS, type WeeklyHours } from '../../hours/weekly-hours.ts';
import { parsePostcode } from '../../postcode/parse-postcode.ts';
import type { RecordProblem } from '../load-report.ts';
import type { Resource } from '../resource.ts';
import { checkResource } from '../check-resource.ts';
import { tidyEmail, tidyWebsite } from './tidy-contact.ts';
import { LIBRARY_SOURCE } from '../library-credits.ts';

/*
 * UK public libraries from Libraries Hacked's libraries.csv (../shared/data/libraries/SOURCE.md) as
 * Signpost resources: the real places a resident anywhere in England and Wales can go to use a computer.
 *
 * Which rows: England and Wales only (Scotland's and Northern Ireland's rows came from sites with no open
 * licence, so they wait until that is confirmed), open ones only (a year in "Year closed" means closed),
 * and no unstaffed book drops (type LAL-: no computers, no wifi, nobody to ask).
 *
 * The file has no coordinates, so each library sits at its postcode district's centre, marked
 * approximate: cards say "about 2 miles" and give directions by address, not by that rough point.
 */

/** The 32 Scottish councils as the file names them, and Northern Ireland's one row name. */
const NOT_YET_LICENSED = new Set([
  'Aberdeen City Council',
  'Aberdeenshire Council',
  'Angus Council',
  'Argyll and Bute Council',
  'City of Edinburgh Council',
  'Clackmannanshire Council',
  'Comhairle nan Eilean Siar',
  'Dumfries and Galloway Council',
  'Dundee City Council',
  'East Ayrshire Council',
  'East Dunbartonshire Council',
  'East Lothian Council',
  'East Renfrewshire Council',
  'Falkirk Council',
  'Fife Council',
  'Glasgow City Council',
  'Inverclyde Council',
  'Midlothian Council',
  'North Ayrshire Council',
  'North Lanarkshire Council',
  'Orkney Islands Council',
  'Perth and Kinross Council',
  'Renfrewshire Council',
  'Scottish Borders Council',
  'Shetland Islands Council',
  'South Ayrshire Council',
  'South Lanarkshire Council',
  'Stirling Council',
  'The Highland Council',
  'The Moray Council',
  'West Dunbartonshire Council',
  'West Lothian Council',
  'Northern Ireland',
]);

/** The 22 Welsh councils as the file names them: their rows came from Wikidata in 2020. */
const WELSH_COUNCILS = new Set([
  'Blaenau Gwent County Borough Council',
  'Bridgend County Borough Council',
  'Caerphilly County Borough Council',
  'Carmarthenshire County Council',
  'Ceredigion County Council',
  'City and County of Swansea Council',
  'City of Cardiff Council',
  'Conwy County Borough Council',
  'Denbighshire County Council',
  'Flintshire County Council',
  'Gwynedd Council',
  'Isle of Anglesey County Council',
  'Merthyr Tydfil County Borough Council',
  'Monmouthshire County Council',
  'Neath Port Talbot County Borough Council',
  'Newport City Council',
  'Pembrokeshire County Council',
  'Powys County Council',
  'Rhondda Cynon Taf County Borough Council',
  'Torfaen County Borough Council',
  'Vale of Glamorgan Council',
  'Wrexham County Borough Council',
]);

/**
 * When the facts were gathered, which is what "last checked" means on a card. SOURCE.md: England's rows
 * are Arts Council England's basic dataset for 2022/23 (the year to 31 March 2023); Wales's came from
 * Wikidata in 2020 (no month given, so the year's end: the card says "December 2020").
 */
const GATHERED = { england: '2023-03-31', wales: '2020-12-31' } as const;

/** The words on every library's card: what most libraries offer, and that the resident should ask. */
export const LIBRARY_DESCRIPTION = 'Most libraries have free computers and wifi. Ask the library.';

const DAY_COLUMNS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const HOURS_CELL = /^\d\d:\d\d-\d\d:\d\d(,\d\d:\d\d-\d\d:\d\d)*$/;

export interface LibrariesCompiled {
  resources: Resource[];
  /** Rows used, and why the others were not (counts), for the build's one-line summary. */
  counts: { rows: number; kept: number; scotlandOrNorthernIreland: number; closed: number; bookDrops: number };
  /** Cells that could not be read (hours, links) and rows left out for a reason of their own. */
  problems: RecordProblem[];
}

/**
 * The open, staffed public libraries of England and Wales in `csvText`. `centreOf` gives a postcode
 * district's centre (degrees), or undefined when the table does not know it (the row is then reported and
 * left out: there is nowhere to put it on the map).
 */
export function librariesFromCsv(
  csvText: string,
  centreOf: (outcode: string) => { latitude: number; longitude: number } | undefined,
): LibrariesCompiled {
  const rows = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const counts = { rows: rows.length, kept: 0, scotlandOrNorthernIreland: 0, closed: 0, bookDrops: 0 };
  const problems: RecordProblem[] = [];
  const resources: Resource[] = [];
  const ids = new Set<string>();
  rows.forEach((row, index) => {
    const cell = (name: string) => (row[name] ?? '').trim();
    const record = index + 2;
    const authority = cell('Local authority');
    if (NOT_YET_LICENSED.has(authority)) return void (counts.scotlandOrNorthernIreland += 1);
    if (cell('Year closed') !== '') return void (counts.closed += 1);
    if (cell('Type of library') === 'LAL-') return void (counts.bookDrops += 1);
    const note = (field: string, message: string) =>
      problems.push({ record, field, message, severity: 'warning', id: cell('Library name') });
    const postcode = parsePostcode(cell('Postcode'));
    const centre = postcode.ok ? centreOf(postcode.outcode) : undefined;
    if (!postcode.ok || centre === undefined) {
      problems.push({
        record,
        field: 'Postcode',
        severity: 'error',
        message: `The postcode "${cell('Postcode')}" is not one Signpost can place, so this library was left out.`,
      });
      return;
    }
    const id = uniqueId(`library-${slug(authority)}-${slug(cell('Library name'))}`, postcode.outcode, ids);
    const candidate = {
      id,
      name: cell('Library name'),
      organisation: authority,
      description: [LIBRARY_DESCRIPTION, cell('Notes')].filter(Boolean).join('\n\n'),
      categories: ['wifi-and-computers'],
      place: {
        address: [cell('Address 1'), cell('Address 2'), cell('Address 3')].filter(Boolean),
        postcode: postcode.postcode ?? cell('Postcode'),
        ...centre,
        approximate: true,
      },
      contact: contactOf(cell('Email address'), cell('URL'), note),
      hours: hoursOf((day) => cell(`${day} staffed hours`), note),
      lastVerified: WELSH_COUNCILS.has(authority) ? GATHERED.wales : GATHERED.england,
      source: LIBRARY_SOURCE,
    };
    if (candidate.place.address.length === 0) delete (candidate.place as { address?: string[] }).address;
    if (candidate.hours.length === 0) delete (candidate as { hours?: WeeklyHours[] }).hours;
    const checked = checkResource(candidate, { record });
    if (!checked.ok) return void problems.push(...checked.problems);
    resources.push(checked.resource);
    counts.kept += 1;
  });
  return { resources, counts, problems };
}

function contactOf(email: string, url: string, note: (field: string, message: string) => void) {
  const contact: { email?: string; website?: string } = {};
  if (email !== '') {
    const tidied = tidyEmail(email);
    if (tidied.ok) contact.email = tidied.value;
    else note('Email address', tidied.message);
  }
  if (url !== '') {
    const tidied = tidyWebsite(url);
    if (tidied.ok) contact.website = tidied.value;
    else note('URL', tidied.message);
  }
  return contact;
}

/**
 * Weekly rules from the staffed-hours columns ("10:00-13:00,14:00-17:00"): days with the same times share
 * a rule. A blank cell means closed or not known, so it adds nothing. A cell in any other form ("00:00",
 * "1:00-18:00") is reported and that day left out; the other days are kept.
 */
function hoursOf(cellFor: (day: string) => string, note: (field: string, message: string) => void): WeeklyHours[] {
  const byTimes = new Map<string, WeeklyHours>();
  DAY_COLUMNS.forEach((day, index) => {
    const text = cellFor(day);
    if (text === '') return;
    const ranges = HOURS_CELL.test(text) ? text.split(',').map((range) => range.split('-')) : undefined;
    if (ranges === undefined || ranges.some(([opens, closes]) => !isClockTime(opens) || !isClockTime(closes))) {
      note(
        `${day} staffed hours`,
        `The hours "${text}" are not like 09:00-17:00, so ${day} was left out of the opening times.`,
      );
      return;
    }
    for (const [opens, closes] of ranges) {
      const key = `${opens}-${closes}`;
      const rule = byTimes.get(key) ?? { days: [], opens: opens!, closes: closes! };
      rule.days.push(WEEKDAYS[index]!);
      byTimes.set(key, rule);
    }
  });
  return [...byTimes.values()];
}

function isClockTime(text: string | undefined): boolean {
  return text !== undefined && /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Ids stay the same from one build to the next; two libraries of one name and council are told apart by district. */
function uniqueId(base: string, outcode: string, taken: Set<string>): string {
  let id = taken.has(base) ? `${base}-${outcode.toLowerCase()}` : base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${outcode.toLowerCase()}-${n}`;
  taken.add(id);
  return id;
}
