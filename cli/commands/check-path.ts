import { allPaths } from '../../shared/paths/all-paths.ts';
import { checkPath, describePathCheck } from '../../shared/paths/check-path.ts';
import { checkOrganisationFile, isOrganisationFile } from '../../shared/paths/organisation-file.ts';
import { pathReadability, READING_AGE_LIMITS } from '../../shared/paths/readability.ts';
import { completionText, skillText } from '../../shared/paths/skills.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';
import { readJsonFile } from '../read-json-file.ts';

const USAGE = `Usage: signpost check-path <file.json>
Checks a learning path you wrote: its fields, its ids, its reading age and its hard words.
Also checks a file of an organisation's paths and fixes, saved from Signpost's options page.
Exit code 0 when it is ready, 1 when there is something to fix.`;

/** An organisation file: every path with the same checks as one path, and every fix against its path. */
function checkOrganisation(file: string, json: unknown, io: CommandIo): number {
  const checked = checkOrganisationFile(json, allPaths(), checkPath);
  const count = (number: number, one: string, many: string) => `${number} ${number === 1 ? one : many}`;
  const holds = `${count(checked.paths.length, 'path', 'paths')} and ${count(checked.fixes.length, 'fix', 'fixes')} ready`;
  if (checked.problems.length === 0) {
    io.out(`${file}: no problems found. ${holds}.`);
    return 0;
  }
  io.out(`${file}: ${count(checked.problems.length, 'problem', 'problems')} to fix. ${holds}.`);
  for (const problem of checked.problems) io.out(`  - ${problem.where}: ${problem.message}`);
  return 1;
}

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
  if (isOrganisationFile(read.value)) return checkOrganisation(file, read.value, io);
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
