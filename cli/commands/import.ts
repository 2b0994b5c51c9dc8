import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { decodeText } from '../../shared/directory/interchange/decode-text.ts';
import { importCsv } from '../../shared/directory/interchange/import-csv.ts';
import { importOpenReferral } from '../../shared/directory/interchange/import-open-referral.ts';
import type { ImportResult } from '../../shared/directory/interchange/import-result.ts';
import { emptyNotes, formatImportNotes, mergeNotes } from '../../shared/directory/interchange/import-notes.ts';
import type { KeeperTerms } from '../../shared/directory/categorise/category-cascade.ts';
import { readKeeperTerms } from '../../shared/directory/categorise/keeper-terms.ts';
import {
  joinRows,
  rowsOf,
  servicesFromTables,
  TABLE_FILES,
  type Row,
} from '../../shared/directory/interchange/open-referral-tables.ts';
import { leaveOutDuplicateIds } from '../../shared/directory/leave-out-duplicate-ids.ts';
import { countLoaded, formatLoadReport } from '../../shared/directory/load-report.ts';
import { PACK_FORMAT, PACK_VERSION, type Pack } from '../../shared/directory/load-pack.ts';
import type { Resource } from '../../shared/directory/resource.ts';
import { outcodeLocator, postcodesIn } from '../../shared/directory/interchange/outcode-locator.ts';
import { parseJson } from '../../shared/util/parse-json.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';
import { outcodeFiles } from '../outcode-files.ts';
import { outputIsAnInput, writeFailure, writeFileAtomically } from '../write-output.ts';

const USAGE = `Usage: signpost import <file or folder>... --out pack.json [--categories terms.csv]
                       [--publisher name] [--publisher-email address] [--area name]
Makes one directory pack from Open Referral UK JSON (.json), spreadsheets (.csv: UTF-8 or Windows-1252,
commas, semicolons or tabs) and folders of Open Referral UK's linked CSV tables (services.csv,
locations.csv ...). Every service with a name and a way to reach it is kept; the report says what was
changed, where each category came from and which terms could not be mapped.
  --out file              where to write the pack (never one of the inputs)
  --categories file       your own terms: a CSV of term,category id rows, used before any other mapping
  --publisher name        who keeps the directory (default: "Not stated")
  --publisher-email addr  where people can report a mistake: each card then offers "Something wrong? Tell us"
  --area name             where it covers, e.g. Sheffield (default: "Not stated")`;

export interface ImportSettings {
  out: string;
  publisher: string;
  publisherEmail?: string;
  area: string;
}

/** `signpost import a.json b.csv --out pack.json`: 0 when every record came in, 1 when any was left out, 2 for wrong use. */
export async function importCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(
    args,
    {
      options: {
        out: { type: 'string' },
        publisher: { type: 'string' },
        'publisher-email': { type: 'string' },
        area: { type: 'string' },
        categories: { type: 'string' },
      },
      positionals: { min: 1, max: Infinity },
      usage: USAGE,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { out, publisher = 'Not stated', area = 'Not stated' } = parsed.values;
  if (!out) {
    io.err(`Say where to write the pack with --out.\n\n${USAGE}`);
    return 2;
  }
  const inputs = [...parsed.positionals, ...(parsed.values.categories ? [parsed.values.categories] : [])];
  const clash = outputIsAnInput(out, inputs);
  if (clash) {
    io.err(clash);
    return 2;
  }
  const keeper = await keeperTerms(parsed.values.categories);
  if (typeof keeper === 'string') {
    io.err(keeper);
    return 2;
  }
  const merged = mergeImports(await Promise.all(parsed.positionals.map((path) => importPath(path, keeper))));
  const written = await writePack(
    { out, publisher, area, publisherEmail: parsed.values['publisher-email'] },
    merged.resources,
  );
  if (written !== undefined) {
    io.err(written);
    return 1;
  }
  io.out(importReport(merged));
  io.out(`Wrote ${merged.resources.length} ${merged.resources.length === 1 ? 'resource' : 'resources'} to ${out}.`);
  return merged.counts.leftOut === 0 && merged.unreadable.length === 0 ? 0 : 1;
}

/** The keeper's terms file, read; a message when it can't be used. */
export async function keeperTerms(path: string | undefined): Promise<KeeperTerms | string | undefined> {
  if (path === undefined) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return `The categories file ${path} could not be read (${(error as NodeJS.ErrnoException).code}).`;
  }
  const read = readKeeperTerms(decodeText(bytes).text, path);
  return read.ok ? read.terms : read.message;
}

/** The import report and its notes, as `import` and `pull` print them. */
export function importReport(result: ImportResult): string {
  return [formatLoadReport(result), ...formatImportNotes(result.notes)].join('\n');
}

/** A checked pack, written whole (temporary file, then renamed). Undefined when written, else why not. */
export async function writePack(settings: ImportSettings, resources: Resource[]): Promise<string | undefined> {
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    publisher:
      settings.publisherEmail === undefined
        ? settings.publisher
        : { name: settings.publisher, email: settings.publisherEmail },
    area: settings.area,
    generated: new Date().toISOString().slice(0, 10),
    // Every record passed checkResource on the way in: browsers may make the quick check only (load-pack.ts).
    checked: true,
    resources,
  };
  try {
    await writeFileAtomically(settings.out, `${JSON.stringify(pack, null, 2)}\n`);
    return undefined;
  } catch (error) {
    return `The pack was not written: ${writeFailure(settings.out, error)}`;
  }
}

async function importPath(path: string, keeper: KeeperTerms | undefined): Promise<ImportResult> {
  const source = basename(path);
  try {
    if ((await stat(path)).isDirectory()) return await importTables(path, keeper);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return emptyImport(source, code === 'ENOENT' ? 'There is no such file.' : `It could not be read (${code}).`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return emptyImport(source, `It could not be read (${(error as NodeJS.ErrnoException).code}).`);
  }
  const { text, encoding } = decodeText(bytes);
  const locate = await outcodeLocator(postcodesIn(text), outcodeFiles());
  if (path.toLowerCase().endsWith('.csv')) return importCsv(text, { source, locate, keeper, encoding });
  const json = parseJson(text.replace(/^\uFEFF/, ''));
  return json.ok
    ? importOpenReferral([{ source, json: json.value }], { locate, keeper })
    : emptyImport(source, json.message);
}

/** A folder of Open Referral UK's linked CSV tables, joined back into services and imported as JSON is. */
async function importTables(folder: string, keeper: KeeperTerms | undefined): Promise<ImportResult> {
  const files = new Set(await readdir(folder));
  const tables = new Map<string, Row[]>();
  const texts: string[] = [];
  for (const [table, names] of Object.entries(TABLE_FILES)) {
    const found: Row[][] = [];
    for (const name of names.filter((candidate) => files.has(candidate))) {
      const { text } = decodeText(await readFile(join(folder, name)));
      texts.push(text);
      found.push(rowsOf(text));
    }
    if (found.length > 0) tables.set(table, joinRows(found));
  }
  if (!tables.has('service'))
    return emptyImport(
      basename(folder),
      'This folder has no services.csv, so it is not Open Referral UK tables. Give the files themselves, or the folder that holds services.csv.',
    );
  const locate = await outcodeLocator(postcodesIn(texts.join('\n')), outcodeFiles());
  return importOpenReferral([{ source: `${basename(folder)}/services.csv`, json: servicesFromTables(tables) }], {
    locate,
    keeper,
  });
}

function emptyImport(source: string, message: string): ImportResult {
  return {
    resources: [],
    placed: [],
    problems: [],
    counts: countLoaded(0, 0),
    unreadable: [{ source, message }],
    notes: emptyNotes(),
  };
}

/** One pack from several files, such as the pages of a council's feed; a repeated id keeps its first record. */
export function mergeImports(results: ImportResult[]): ImportResult {
  const { kept, problems: duplicates, repeats } = leaveOutDuplicateIds(results.flatMap((result) => result.placed));
  const total = results.reduce((sum, result) => sum + result.counts.total, 0);
  return {
    resources: kept.map((item) => item.resource),
    placed: kept,
    problems: [...results.flatMap((result) => result.problems), ...duplicates],
    counts: countLoaded(total - repeats, kept.length),
    unreadable: results.flatMap((result) => result.unreadable),
    notes: mergeNotes(results.map((result) => result.notes)),
  };
}
