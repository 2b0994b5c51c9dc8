import { allPaths } from '../../shared/paths/all-paths.ts';
import { pathReadability, READING_AGE_LIMITS } from '../../shared/paths/readability.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';

const USAGE = `Usage: signpost paths [--json]
Lists every built-in learning path with its number of steps and reading age.
  --json   print the list as JSON`;

/** One row per path, as `--json` prints it. Reading age in years (readability.ts). */
interface PathRow {
  id: string;
  title: string;
  topic: string;
  level: string;
  minutes: number;
  steps: number;
  readingAge: number;
  hardestStepReadingAge: number;
  practice: boolean;
}

function pathRows(): PathRow[] {
  return allPaths().map((path) => {
    const readability = pathReadability(path);
    return {
      id: path.id,
      title: path.title,
      topic: path.topic,
      level: path.level,
      minutes: path.minutes,
      steps: path.steps.length,
      readingAge: readability.readingAge,
      hardestStepReadingAge: Math.max(...readability.steps.map((step) => step.readingAge)),
      practice: path.practice === true,
    };
  });
}

function table(rows: readonly PathRow[]): string {
  const idWidth = Math.max(...rows.map((row) => row.id.length), 'path'.length);
  const header = `${'path'.padEnd(idWidth)}  steps  reading age  hardest step  title`;
  const lines = rows.map(
    (row) =>
      `${row.id.padEnd(idWidth)}  ${String(row.steps).padStart(5)}  ${row.readingAge.toFixed(1).padStart(11)}  ` +
      `${row.hardestStepReadingAge.toFixed(1).padStart(12)}  ${row.title}${row.practice ? ' (practice)' : ''}`,
  );
  const limits = `Reading age = Flesch-Kincaid grade + 5. Limits: a path ${READING_AGE_LIMITS.path}, any one step ${READING_AGE_LIMITS.step}.`;
  return [header, ...lines, '', limits].join('\n');
}

/** `signpost paths [--json]`: 0 with the list, 2 with usage for anything else. */
export async function paths(args: string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(
    args,
    { options: { json: { type: 'boolean' } }, positionals: { min: 0, max: 0 }, usage: USAGE },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  io.out(parsed.values.json ? JSON.stringify(pathRows(), null, 2) : table(pathRows()));
  return 0;
}
