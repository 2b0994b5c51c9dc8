import { allPaths } from '../../shared/paths/all-paths.ts';
import type { SkillArea, SkillUse } from '../../shared/paths/learning-path.ts';
import { pathReadability, READING_AGE_LIMITS } from '../../shared/paths/readability.ts';
import { completionText, SKILL_AREA_NAMES, skillText } from '../../shared/paths/skills.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';

const USAGE = `Usage: signpost paths [--steps] [--json]
Lists every built-in learning path with its number of steps, reading age, Essential Digital Skills area
(for life or work) and the key steps that make it count as completed.
  --steps  list each step under its path, with its skills area and whether it is a key step
  --json   print the list as JSON (always with the steps)`;

interface StepRow {
  id: string;
  title: string;
  skill: { area: SkillArea; for: SkillUse };
  key: boolean;
}

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
  skill: { area: SkillArea; for: SkillUse };
  /** "Counts as completed when steps 3, 5 and 7 are done, on their own or with help." */
  completedWhen: string;
  keySteps: string[];
  stepSkills: StepRow[];
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
      skill: path.skill,
      completedWhen: completionText(path),
      keySteps: path.keySteps,
      stepSkills: path.steps.map((step) => ({
        id: step.id,
        title: step.title,
        skill: step.skill,
        key: path.keySteps.includes(step.id),
      })),
    };
  });
}

function table(rows: readonly PathRow[], withSteps: boolean): string {
  const idWidth = Math.max(...rows.map((row) => row.id.length), 'path'.length);
  const skillWidth = Math.max(...rows.map((row) => skillText(row.skill).length), 'skills area'.length);
  const header = `${'path'.padEnd(idWidth)}  steps  reading age  hardest step  ${'skills area'.padEnd(skillWidth)}  title`;
  const lines = rows.flatMap((row) => [
    `${row.id.padEnd(idWidth)}  ${String(row.steps).padStart(5)}  ${row.readingAge.toFixed(1).padStart(11)}  ` +
      `${row.hardestStepReadingAge.toFixed(1).padStart(12)}  ${skillText(row.skill).padEnd(skillWidth)}  ` +
      `${row.title}${row.practice ? ' (practice)' : ''}`,
    `${''.padEnd(idWidth)}  ${row.completedWhen}`,
    ...(withSteps
      ? row.stepSkills.map(
          (step, index) =>
            `${''.padEnd(idWidth)}    ${String(index + 1).padStart(2)}. ${step.title} (${skillText(step.skill)})${step.key ? ' key step' : ''}`,
        )
      : []),
  ]);
  const limits = `Reading age = Flesch-Kincaid grade + 5. Limits: a path ${READING_AGE_LIMITS.path}, any one step ${READING_AGE_LIMITS.step}.`;
  const areas = `Skills areas (Essential Digital Skills framework): ${Object.values(SKILL_AREA_NAMES).join('; ')}.`;
  return [header, ...lines, '', limits, areas].join('\n');
}

/** `signpost paths [--steps] [--json]`: 0 with the list, 2 with usage for anything else. */
export async function paths(args: string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(
    args,
    {
      options: { json: { type: 'boolean' }, steps: { type: 'boolean' } },
      positionals: { min: 0, max: 0 },
      usage: USAGE,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  io.out(parsed.values.json ? JSON.stringify(pathRows(), null, 2) : table(pathRows(), parsed.values.steps === true));
  return 0;
}
