import { exportCsv } from '../../shared/directory/interchange/export-csv.ts';
import { exportOpenReferral } from '../../shared/directory/interchange/export-open-referral.ts';
import { formatLoadReport } from '../../shared/directory/load-report.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';
import { readPackFile } from '../read-pack-file.ts';
import { outputIsAnInput, writeFailure, writeFileAtomically } from '../write-output.ts';

const USAGE = `Usage: signpost export <pack> --oruk | --csv [--out file]
Writes a directory pack for other systems or for a spreadsheet, on standard output unless --out is given.
  --oruk       as Open Referral UK JSON (a /services page)
  --csv        as the spreadsheet columns in csv-columns.md: edit it, then "signpost import" it again
  --out file   write to this file instead (never the pack itself)`;

/** `signpost export pack.json --oruk > services.json`: 0 when all exported, 1 when a record had problems, 2 for wrong use. */
export async function exportCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(
    args,
    {
      options: { oruk: { type: 'boolean' }, csv: { type: 'boolean' }, out: { type: 'string' } },
      positionals: { min: 1, max: 1 },
      usage: USAGE,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { oruk, csv, out } = parsed.values;
  if (oruk === csv) {
    io.err(`Say which format with --oruk or --csv (one of them).\n\n${USAGE}`);
    return 2;
  }
  const path = parsed.positionals[0]!;
  const clash = out === undefined ? undefined : outputIsAnInput(out, [path]);
  if (clash) {
    io.err(clash);
    return 2;
  }
  const loaded = await readPackFile(path);
  if (!loaded.ok) {
    io.err(loaded.message);
    return 1;
  }
  const exported = csv
    ? { text: exportCsv(loaded.pack.resources), problems: [] }
    : (() => {
        const written = exportOpenReferral(loaded.pack.resources);
        return { text: JSON.stringify(written.page, null, 2), problems: written.problems };
      })();
  if (out === undefined) io.out(exported.text);
  else {
    try {
      await writeFileAtomically(out, exported.text.endsWith('\n') ? exported.text : `${exported.text}\n`);
    } catch (error) {
      io.err(writeFailure(out, error));
      return 1;
    }
  }
  const problems = [...loaded.problems, ...exported.problems];
  if (problems.length > 0) io.err(formatLoadReport({ counts: loaded.counts, problems }));
  return loaded.counts.leftOut === 0 && exported.problems.every((problem) => problem.severity === 'warning') ? 0 : 1;
}
