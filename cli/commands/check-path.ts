import { readFileSync } from 'node:fs';
import { allPaths } from '../../shared/paths/all-paths.ts';
import { checkPath, describePathCheck } from '../../shared/paths/check-path.ts';
import { pathReadability, READING_AGE_LIMITS } from '../../shared/paths/readability.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';

const USAGE = `Usage: signpost check-path <file.json>
Checks a learning path you wrote: its fields, its ids, its reading age and its hard words.
Exit code 0 when it is ready, 1 when there is something to fix.`;

type FileText = { ok: true; text: string } | { ok: false; message: string };

function readText(file: string): FileText {
  try {
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? `There is no file called ${file}.` : `Could not read ${file} (${code ?? 'unknown error'}).` };
  }
}

type Parsed = { ok: true; json: unknown } | { ok: false; message: string };

function parseJson(file: string, text: string): Parsed {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `${file} is not valid JSON: ${(error as Error).message}. Look for a missing comma, quote or bracket.` };
  }
}

/** `signpost check-path <file>`: 0 when the path passes every check, 1 with a report, 2 with usage. */
export async function checkPathCommand(args: string[], io: CommandIo): Promise<number> {
  const parsedArgs = commandArgs(args, { options: {}, positionals: { min: 1, max: 1 }, usage: USAGE }, io);
  if (!parsedArgs) return 2;
  const file = parsedArgs.positionals[0]!;
  const text = readText(file);
  if (!text.ok) {
    io.err(`${text.message}\n${USAGE}`);
    return 2;
  }
  const parsed = parseJson(file, text.text);
  if (!parsed.ok) {
    io.out(parsed.message);
    return 1;
  }
  const check = checkPath(parsed.json, { knownPathIds: allPaths().map((path) => path.id) });
  io.out(describePathCheck(file, check));
  if (!check.ok) return 1;
  const readability = pathReadability(check.path);
  const hardest = Math.max(...readability.steps.map((step) => step.readingAge));
  io.out(`Reads at age ${readability.readingAge} (limit ${READING_AGE_LIMITS.path}); hardest step ${hardest} (limit ${READING_AGE_LIMITS.step}).`);
  return 0;
}
