import { allPaths } from '../../shared/paths/all-paths.ts';
import { checkPath, describePathCheck } from '../../shared/paths/check-path.ts';
import { pathReadability, READING_AGE_LIMITS } from '../../shared/paths/readability.ts';
import { completionText, skillText } from '../../shared/paths/skills.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';
import { readJsonFile } from '../read-json-file.ts';

const USAGE = `Usage: signpost check-path <file.json>
Checks a learning path you wrote: its fields, its ids, its reading age and its hard words.
Exit code 0 when it is ready, 1 when there is something to fix.`;

/** `signpost check-path <file>`: 0 when the path passes every check, 1 with a report (or an unreadable file), 2 with usage. */
export async function checkPathCommand(args: string[], io: CommandIo): Promise<number> {
  const parsedArgs = commandArgs(args, { options: {}, positionals: { min: 1, max: 1 }, usage: USAGE }, io);
  if (typeof parsedArgs === 'number') return parsedArgs;
  const file = parsedArgs.positionals[0]!;
  const read = await readJsonFile(file);
  if (!read.ok) {
    io.out(read.message);
    return 1;
  }
  const check = checkPath(read.value, { knownPathIds: allPaths().map((path) => path.id) });
  io.out(describePathCheck(file, check));
  if (!check.ok) return 1;
  const readability = pathReadability(check.path);
  const hardest = Math.max(...readability.steps.map((step) => step.readingAge));
  io.out(
    `Reads at age ${readability.readingAge} (limit ${READING_AGE_LIMITS.path}); hardest step ${hardest} (limit ${READING_AGE_LIMITS.step}).`,
  );
  io.out(`Skills area: ${skillText(check.path.skill)}. ${completionText(check.path)}`);
  return 0;
}
