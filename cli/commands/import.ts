import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importCsv } from '../../shared/directory/interchange/import-csv.ts';
import { importOpenReferral } from '../../shared/directory/interchange/import-open-referral.ts';
import type { ImportResult } from '../../shared/directory/interchange/import-result.ts';
import { leaveOutDuplicateIds } from '../../shared/directory/leave-out-duplicate-ids.ts';
import { countLoaded, formatLoadReport } from '../../shared/directory/load-report.ts';
import { PACK_FORMAT, PACK_VERSION, type Pack } from '../../shared/directory/load-pack.ts';
import { outcodeLocator, postcodesIn } from '../../shared/directory/interchange/outcode-locator.ts';
import { parseJson } from '../../shared/util/parse-json.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';
import { outcodeFiles } from '../outcode-files.ts';

const USAGE = `Usage: signpost import <file>... --out pack.json [--publisher name] [--area name]
Makes one directory pack from Open Referral UK JSON (.json) and spreadsheet (.csv) files.
Records that fail are reported and left out; the rest are written.
  --out file        where to write the pack
  --publisher name  who keeps the directory (default: "Not stated")
  --area name       where it covers, e.g. Sheffield (default: "Not stated")`;

/** `signpost import a.json b.csv --out pack.json`: 0 when every record came in, 1 when any was left out, 2 for wrong use. */
export async function importCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(
    args,
    {
      options: { out: { type: 'string' }, publisher: { type: 'string' }, area: { type: 'string' } },
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

  const results = await Promise.all(parsed.positionals.map(importFile));
  const merged = mergeImports(results);
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    publisher,
    area,
    generated: new Date().toISOString().slice(0, 10),
    resources: merged.resources,
  };
  try {
    await writeFile(out, `${JSON.stringify(pack, null, 2)}\n`);
  } catch (error) {
    io.err(
      `The pack could not be written to ${out} (${(error as NodeJS.ErrnoException).code}). Check the folder exists and there is space.`,
    );
    return 1;
  }
  io.out(formatLoadReport(merged));
  io.out(`Wrote ${merged.resources.length} ${merged.resources.length === 1 ? 'resource' : 'resources'} to ${out}.`);
  return merged.counts.leftOut === 0 && merged.unreadable.length === 0 ? 0 : 1;
}

async function importFile(path: string): Promise<ImportResult> {
  const source = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return emptyImport(source, code === 'ENOENT' ? 'There is no such file.' : `It could not be read (${code}).`);
  }
  const locate = await outcodeLocator(postcodesIn(text), outcodeFiles());
  if (path.toLowerCase().endsWith('.csv')) return importCsv(text, { source, locate });
  const json = parseJson(text);
  return json.ok ? importOpenReferral([{ source, json: json.value }], { locate }) : emptyImport(source, json.message);
}

function emptyImport(source: string, message: string): ImportResult {
  return { resources: [], placed: [], problems: [], counts: countLoaded(0, 0), unreadable: [{ source, message }] };
}

/** One pack from several files, such as the pages of a council's feed; a repeated id keeps its first record. */
function mergeImports(results: ImportResult[]): ImportResult {
  const { kept, problems: duplicates } = leaveOutDuplicateIds(results.flatMap((result) => result.placed));
  const total = results.reduce((sum, result) => sum + result.counts.total, 0);
  return {
    resources: kept.map((item) => item.resource),
    placed: kept,
    problems: [...results.flatMap((result) => result.problems), ...duplicates],
    counts: countLoaded(total, kept.length),
    unreadable: results.flatMap((result) => result.unreadable),
  };
}
