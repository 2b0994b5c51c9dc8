import { importCsv } from '../shared/directory/interchange/import-csv.ts';
import { decodeText } from '../shared/directory/interchange/decode-text.ts';
import { importOpenReferral } from '../shared/directory/interchange/import-open-referral.ts';
import { loadPack, PACK_FORMAT } from '../shared/directory/load-pack.ts';
import type { LoadCounts, RecordProblem } from '../shared/directory/load-report.ts';
import { outcodeLocator, postcodesIn } from '../shared/directory/interchange/outcode-locator.ts';
import { parseJson } from '../shared/util/parse-json.ts';
import type { Resource } from '../shared/directory/resource.ts';
import type { OutcodeTable } from '../shared/postcode/outcode-table.ts';

/** Which importer read the file. */
export type DirectoryFileKind = 'pack' | 'open-referral' | 'csv';

/** A file read and checked, not yet saved: the options page shows its report and asks before saving. */
export interface DirectoryFromFile {
  fileName: string;
  kind: DirectoryFileKind;
  /** The records that passed; the rest are in `problems`. */
  resources: Resource[];
  counts: LoadCounts;
  /** Every record left out (severity `error`) or changed on the way in (`warning`), in file order. */
  problems: RecordProblem[];
}

export type DirectoryFileRead = { ok: true; value: DirectoryFromFile } | { ok: false; message: string };

/** Far more than a town's directory (a few hundred records is well under 1 MB); bigger would stall the page. */
export const MAX_DIRECTORY_FILE_BYTES = 20_000_000;

const WHAT_WORKS =
  'Signpost can read a Signpost pack (.json), an Open Referral UK file (.json) or a spreadsheet saved as CSV (.csv).';

function refused(message: string): DirectoryFileRead {
  return { ok: false, message };
}

/** A .csv name, or text that does not start like JSON: spreadsheets saved without the ending still read. */
function looksLikeCsv(name: string, text: string): boolean {
  if (/\.csv$/i.test(name)) return true;
  if (/\.json$/i.test(name)) return false;
  return !/^\s*[[{]/.test(text);
}

function fromPack(fileName: string, json: unknown): DirectoryFileRead {
  const loaded = loadPack(json);
  if (!loaded.ok) return refused(loaded.message);
  return {
    ok: true,
    value: {
      fileName,
      kind: 'pack',
      resources: loaded.pack.resources,
      counts: loaded.counts,
      problems: loaded.problems,
    },
  };
}

async function fromText(fileName: string, text: string, outcodes: OutcodeTable): Promise<DirectoryFileRead> {
  // Rows with a postcode but no map position get the centre of their postcode district.
  const locate = await outcodeLocator(postcodesIn(text), outcodes);
  if (looksLikeCsv(fileName, text)) {
    const result = importCsv(text, { source: fileName, locate });
    const unreadable = result.unreadable[0];
    if (unreadable !== undefined) return refused(unreadable.message);
    return {
      ok: true,
      value: { fileName, kind: 'csv', resources: result.resources, counts: result.counts, problems: result.problems },
    };
  }
  const json = parseJson(text);
  if (!json.ok) return refused(`${json.message} ${WHAT_WORKS}`);
  const format = (json.value as { format?: unknown } | null)?.format;
  if (format === PACK_FORMAT) return fromPack(fileName, json.value);
  const result = importOpenReferral([{ source: fileName, json: json.value }], { locate });
  const unreadable = result.unreadable[0];
  if (unreadable !== undefined) return refused(`${unreadable.message} ${WHAT_WORKS}`);
  return {
    ok: true,
    value: {
      fileName,
      kind: 'open-referral',
      resources: result.resources,
      counts: result.counts,
      problems: result.problems,
    },
  };
}

/**
 * Reads a local directory file chosen on the options page: a Signpost pack, Open Referral UK JSON, or a
 * CSV spreadsheet, told apart by the file's ending and then its content. Never throws: a file that is too
 * big, cannot be read, or is none of these gives `{ ok: false, message }` in plain words; otherwise every
 * record is checked and the report says which were left out and why. Nothing is saved here.
 * `outcodes` places rows that have a postcode but no latitude and longitude.
 */
export async function localDirectoryFromFile(
  file: Pick<File, 'name' | 'size' | 'text'> & Partial<Pick<File, 'arrayBuffer'>>,
  outcodes: OutcodeTable,
): Promise<DirectoryFileRead> {
  if (file.size > MAX_DIRECTORY_FILE_BYTES)
    return refused(`This file is too big for Signpost to read here. ${WHAT_WORKS}`);
  let text: string;
  try {
    // The bytes, when the browser gives them, so a spreadsheet Excel saved as Windows-1252 reads right.
    text = file.arrayBuffer ? decodeText(new Uint8Array(await file.arrayBuffer())).text : await file.text();
  } catch {
    return refused('Signpost could not read that file. It may have been moved. Choose it again.');
  }
  return fromText(file.name, text, outcodes);
}
