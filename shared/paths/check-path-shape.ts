/*
 * The checks of a path's shape, apart from check-path.ts's wording checks: the extension checks paths as
 * they load, and must not carry the readability libraries to do it (they load only in the path editor).
 */
import type * as z from 'zod/mini';
import { LearningPathSchema, type LearningPath, type Target } from './learning-path.ts';
import type { PathProblem } from './path-problem.ts';
import { ownData } from '../util/own-data.ts';

export interface CheckPathOptions {
  /** Ids of the paths that exist, so `next` can be checked. Leave out to skip that check. */
  readonly knownPathIds?: readonly string[];
  /**
   * False for an organisation's own paths: they run in the side panel beside a helper, never in Learn at
   * home, so the words for someone on their own are not asked for. True when left out.
   */
  readonly metAlone?: boolean;
}

/** A path that passed every check, or everything wrong with it. Never throws. */
export type PathCheck =
  | { readonly ok: true; readonly path: LearningPath }
  | { readonly ok: false; readonly problems: readonly PathProblem[] };

function stepIdAt(json: unknown, index: number): string | undefined {
  const steps = (json as { steps?: unknown } | null)?.steps;
  const id = Array.isArray(steps) ? (steps[index] as { id?: unknown } | null)?.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** "steps[2] (open-the-app).onPage.target": the field path, with the step's id to find it by. */
function fieldPath(json: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the whole file';
  return path
    .map((key, index) => {
      if (typeof key !== 'number') return (index === 0 ? '' : '.') + String(key);
      const stepId = path[index - 1] === 'steps' && index === 1 ? stepIdAt(json, key) : undefined;
      return `[${key}]${stepId === undefined ? '' : ` (${stepId})`}`;
    })
    .join('');
}

/** zod's own wording is for developers; these say what to do. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling, or remove it.`;
  }
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const shape = JSON_SHAPES[issue.expected] ?? issue.expected;
    return issue.input === undefined ? `This is missing: add it (it should be ${shape}).` : `This should be ${shape}.`;
  }
  return issue.message;
}

/** What each JSON type looks like, in a curator's words. */
const JSON_SHAPES: Partial<Record<string, string>> = {
  array: 'a list in [ ]',
  object: 'a group of fields in { }',
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
};

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

function isSelectorTarget(target: Target | undefined): boolean {
  return target !== undefined && 'selector' in target;
}

const LOCAL_SITE = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

function crossCheckProblems(path: LearningPath, options: CheckPathOptions): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const id of duplicates(path.steps.map((step) => step.id))) {
    problems.push({ where: 'steps', message: `Two steps have the id "${id}": give each step its own id.` });
  }
  for (const id of duplicates(path.needs.map((need) => need.id))) {
    problems.push({ where: 'needs', message: `Two needs have the id "${id}": give each one its own id.` });
  }
  const known = options.knownPathIds;
  for (const id of path.next) {
    if (id === path.id)
      problems.push({ where: 'next', message: `"${id}" is this path: suggest a different path to learn next.` });
    else if (known !== undefined && !known.includes(id)) {
      problems.push({
        where: 'next',
        message: `There is no path with the id "${id}": check the spelling against the path list.`,
      });
    }
  }
  problems.push(...keyStepProblems(path));
  path.steps.forEach((step, index) => {
    const where = `steps[${index}] (${step.id})`;
    const usesSelector =
      isSelectorTarget(step.onPage?.target) ||
      (step.onPage?.doneWhen !== undefined &&
        'appears' in step.onPage.doneWhen &&
        isSelectorTarget(step.onPage.doneWhen.appears));
    if (usesSelector && step.curatorNote === undefined) {
      problems.push({
        where: `${where}.onPage`,
        message:
          'A selector breaks when the site changes: use role and name, label or text, or add a curatorNote saying why none of them works.',
      });
    }
    const site = step.onPage?.site;
    if (site !== undefined && path.practice !== true && LOCAL_SITE.test(site)) {
      problems.push({
        where: `${where}.onPage.site`,
        message: 'Only a practice path may point at a local test site: set "practice": true or use the real site.',
      });
    }
    if (site !== undefined && path.practice === true && !LOCAL_SITE.test(site)) {
      problems.push({
        where: `${where}.onPage.site`,
        message: 'A practice path runs on the local test pages: use http://localhost as the site.',
      });
    }
  });
  return problems;
}

/** Key steps must be steps of this path, each once, and the path's skill area must be one they practise. */
function keyStepProblems(path: LearningPath): PathProblem[] {
  const problems: PathProblem[] = [];
  const stepIds = path.steps.map((step) => step.id);
  for (const id of duplicates(path.keySteps)) {
    problems.push({ where: 'keySteps', message: `"${id}" is listed twice: list each key step once.` });
  }
  for (const id of path.keySteps.filter((keyStep) => !stepIds.includes(keyStep))) {
    problems.push({
      where: 'keySteps',
      message: `There is no step with the id "${id}" in this path: check the spelling against the step ids.`,
    });
  }
  const keyAreas = path.steps.filter((step) => path.keySteps.includes(step.id)).map((step) => step.skill.area);
  if (keyAreas.length > 0 && !keyAreas.includes(path.skill.area)) {
    problems.push({
      where: 'skill.area',
      message: `The path counts as "${path.skill.area}", but none of its key steps does: tag a key step with it, or change the path's area.`,
    });
  }
  return problems;
}

/**
 * Checks a path's shape (LearningPathSchema) and what the schema alone can't see: unique ids, `next` ids
 * that exist, selectors with a reason, local sites only on practice paths. Cheap enough to run whenever
 * paths load; the wording checks are not (they pull in the readability libraries). Never throws.
 */
export function checkPathShape(json: unknown, options: CheckPathOptions = {}): PathCheck {
  // Own fields only, going in and coming out: on a page that added fields to Object.prototype, zod's strict
  // check would call them unknown fields, and a field a path lacks would read as the page's.
  const parsed = LearningPathSchema.safeParse(ownData(json));
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        where: fieldPath(json, issue.path),
        message: plainMessage(issue),
      })),
    };
  }
  const problems = crossCheckProblems(parsed.data, options);
  return problems.length === 0 ? { ok: true, path: ownData(parsed.data) } : { ok: false, problems };
}
