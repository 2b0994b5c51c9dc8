import { jargonProblems } from './jargon.ts';
import { checkPathShape, type CheckPathOptions, type PathCheck } from './check-path-shape.ts';
import { readabilityProblems } from './readability.ts';

export { checkPathShape, type CheckPathOptions, type PathCheck } from './check-path-shape.ts';

/**
 * Checks a learning path a curator wrote: its shape (checkPathShape), then plain English
 * (READING_AGE_LIMITS) and hard words explained (jargon.ts). Returns every problem at once, each with
 * where it is and what to do.
 */
export function checkPath(json: unknown, options: CheckPathOptions = {}): PathCheck {
  const shape = checkPathShape(json, options);
  if (!shape.ok) return shape;
  const problems = [...readabilityProblems(shape.path), ...jargonProblems(shape.path)];
  return problems.length === 0 ? shape : { ok: false, problems };
}

/** The check as lines a curator can read: one line per problem, where first. */
export function describePathCheck(name: string, check: PathCheck): string {
  if (check.ok) return `${name}: no problems found.`;
  const count = check.problems.length === 1 ? '1 problem' : `${check.problems.length} problems`;
  return [
    `${name}: ${count} to fix.`,
    ...check.problems.map((problem) => `  - ${problem.where}: ${problem.message}`),
  ].join('\n');
}
