import { exportOpenReferral } from '../../shared/directory/interchange/export-open-referral.ts';
import { formatLoadReport } from '../../shared/directory/load-report.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';
import { readPackFile } from '../read-pack-file.ts';

const USAGE = `Usage: signpost export <pack> --oruk
Prints a directory pack as Open Referral UK JSON (a /services page), for other directories to use.
  --oruk   the format to export to (the only one so far)`;

/** `signpost export pack.json --oruk > services.json`: 0 when all exported, 1 when a record had problems, 2 for wrong use. */
export async function exportCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(
    args,
    { options: { oruk: { type: 'boolean' } }, positionals: { min: 1, max: 1 }, usage: USAGE },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  if (!parsed.values.oruk) {
    io.err(`Say which format with --oruk.\n\n${USAGE}`);
    return 2;
  }
  const loaded = await readPackFile(parsed.positionals[0]!);
  if (!loaded.ok) {
    io.err(loaded.message);
    return 1;
  }
  const exported = exportOpenReferral(loaded.pack.resources);
  io.out(JSON.stringify(exported.page, null, 2));
  const problems = [...loaded.problems, ...exported.problems];
  if (problems.length > 0) io.err(formatLoadReport({ counts: loaded.counts, problems }));
  return loaded.counts.leftOut === 0 && exported.problems.every((problem) => problem.severity === 'warning') ? 0 : 1;
}
