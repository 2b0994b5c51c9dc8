import { formatLoadReport } from '../../shared/directory/load-report.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';
import { readPackFile } from '../read-pack-file.ts';

const USAGE = `Usage: signpost validate <file>
Checks a directory pack: every record, every field.`;

/** `signpost validate pack.json`: 0 when every record is good, 1 with a readable report, 2 for wrong use. */
export async function validate(args: string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(args, { options: {}, positionals: { min: 1, max: 1 }, usage: USAGE }, io);
  if (typeof parsed === 'number') return parsed;
  const path = parsed.positionals[0]!;
  const loaded = await readPackFile(path);
  if (!loaded.ok) {
    io.out(loaded.message);
    return 1;
  }
  io.out(`${path}: ${formatLoadReport(loaded)}`);
  return loaded.counts.leftOut === 0 ? 0 : 1;
}
