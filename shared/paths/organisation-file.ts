import type { CheckPathOptions, PathCheck } from './check-path-shape.ts';
import type { LearningPath } from './learning-path.ts';
import type { PathProblem } from './path-problem.ts';
import { StepFixSchema, type StepFix } from './step-fix.ts';

/*
 * One file with an organisation's own learning paths and its fixes to steps (step-fix.ts), made on the
 * options page to share with another champion's Signpost, and checked by `signpost check-path` with the
 * same rules as a single path. Paths and fixes are checked one by one, so one bad path doesn't stop the rest.
 */

export const ORGANISATION_FILE_FORMAT = 'signpost-organisation';
export const ORGANISATION_FILE_VERSION = 1;

export interface OrganisationFile {
  format: typeof ORGANISATION_FILE_FORMAT;
  version: typeof ORGANISATION_FILE_VERSION;
  /** Who made it, as set on the options page; empty when not set. */
  organisation: string;
  /** The day it was saved, like 2026-12-06. */
  exported: string;
  paths: LearningPath[];
  fixes: StepFix[];
}

export function buildOrganisationFile(
  organisation: string,
  paths: readonly LearningPath[],
  fixes: readonly StepFix[],
  now: Date,
): OrganisationFile {
  return {
    format: ORGANISATION_FILE_FORMAT,
    version: ORGANISATION_FILE_VERSION,
    organisation,
    exported: now.toISOString().slice(0, 10),
    paths: [...paths],
    fixes: [...fixes],
  };
}

/** True when `json` says it is an organisation file (its paths and fixes may still be wrong). */
export function isOrganisationFile(json: unknown): boolean {
  return (
    typeof json === 'object' && json !== null && (json as { format?: unknown }).format === ORGANISATION_FILE_FORMAT
  );
}

/** What a file holds that can be used, and what was left out and why. */
export interface OrganisationFileCheck {
  organisation: string;
  paths: LearningPath[];
  fixes: StepFix[];
  problems: PathProblem[];
}

function idOf(json: unknown): string | undefined {
  const id = (json as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

function listAt(json: Record<string, unknown>, key: string, problems: PathProblem[]): unknown[] {
  const list = json[key];
  if (Array.isArray(list)) return list;
  problems.push({ where: key, message: `This should be a list in [ ]: the file's ${key} are missing.` });
  return [];
}

/**
 * Checks an organisation file: its header, each path with `check` (checkPath, or checkPathShape where the
 * readability libraries are not loaded) and each fix against the paths it mends (`builtIn` and the file's
 * own). A path may not take a built-in path's id. Never throws.
 */
export function checkOrganisationFile(
  json: unknown,
  builtIn: readonly LearningPath[],
  check: (json: unknown, options: CheckPathOptions) => PathCheck,
): OrganisationFileCheck {
  const problems: PathProblem[] = [];
  const empty = { organisation: '', paths: [], fixes: [], problems };
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !isOrganisationFile(json)) {
    problems.push({ where: 'the whole file', message: 'This is not a file of Signpost paths and fixes.' });
    return empty;
  }
  const file = json as Record<string, unknown>;
  if (file.version !== ORGANISATION_FILE_VERSION) {
    problems.push({
      where: 'version',
      message: `This file is version ${String(file.version)}: this Signpost reads version ${ORGANISATION_FILE_VERSION}. Update Signpost, or save the file again from the Signpost that made it.`,
    });
    return empty;
  }
  const organisation = typeof file.organisation === 'string' ? file.organisation.trim() : '';
  const builtInIds = new Set(builtIn.map((path) => path.id));
  const rawPaths = listAt(file, 'paths', problems);
  const knownPathIds = [...builtInIds, ...rawPaths.flatMap((raw) => idOf(raw) ?? [])];

  const paths: LearningPath[] = [];
  rawPaths.forEach((raw, index) => {
    const where = `paths[${index}]${idOf(raw) ? ` (${idOf(raw)})` : ''}`;
    const checked = check(raw, { knownPathIds, metAlone: false });
    if (!checked.ok) {
      problems.push(
        ...checked.problems.map((problem) => ({ where: `${where}: ${problem.where}`, message: problem.message })),
      );
    } else if (builtInIds.has(checked.path.id)) {
      problems.push({
        where: `${where}.id`,
        message: 'A path that comes with Signpost has this id: give your path its own id.',
      });
    } else if (paths.some((path) => path.id === checked.path.id)) {
      problems.push({ where: `${where}.id`, message: 'Two paths in the file have this id: give each its own.' });
    } else {
      paths.push(checked.path);
    }
  });

  const allPaths = [...builtIn, ...paths];
  const fixes: StepFix[] = [];
  listAt(file, 'fixes', problems).forEach((raw, index) => {
    const parsed = StepFixSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push({ where: `fixes[${index}].${issue.path.join('.')}`, message: issue.message });
      return;
    }
    const fix = parsed.data;
    const where = `fixes[${index}] (${fix.pathId}/${fix.stepId})`;
    const path = allPaths.find((candidate) => candidate.id === fix.pathId);
    if (path === undefined) problems.push({ where, message: `There is no path with the id "${fix.pathId}".` });
    else if (!path.steps.some((step) => step.id === fix.stepId))
      problems.push({ where, message: `The path "${fix.pathId}" has no step with the id "${fix.stepId}".` });
    else if (fixes.some((other) => other.pathId === fix.pathId && other.stepId === fix.stepId))
      problems.push({ where, message: 'Two fixes mend this step: keep one.' });
    else fixes.push(fix);
  });
  return { organisation, paths, fixes, problems };
}
