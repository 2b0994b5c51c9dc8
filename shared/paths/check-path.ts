import { MENTIONS_A_HELPER, needsWordsForAlone, pathForSomeoneAlone } from './alone.ts';
import { jargonProblems } from './jargon.ts';
import type { LearningPath } from './learning-path.ts';
import type { PathProblem } from './path-problem.ts';
import { checkPathShape, type CheckPathOptions, type PathCheck } from './check-path-shape.ts';
import { readabilityProblems } from './readability.ts';
import { describePlace, textsForSomeoneAlone } from './resident-texts.ts';

export { checkPathShape, type CheckPathOptions, type PathCheck } from './check-path-shape.ts';

/**
 * Someone learning on their own must be told what to do without a helper: a together or helper step needs
 * `alone.say`, and nothing they read may mention a helper. Practice paths are left out: they run on the
 * extension's test pages, so nobody meets them alone.
 */
function aloneProblems(path: LearningPath): PathProblem[] {
  if (path.practice === true) return [];
  const missing = path.steps.flatMap((step, index): PathProblem[] =>
    needsWordsForAlone(step) && step.alone?.say === undefined
      ? [
          {
            where: `steps[${index}] (${step.id}).alone.say`,
            message: `A ${step.who} step needs alone.say: what to do on your own, or where to get help, for someone learning at home.`,
          },
        ]
      : [],
  );
  const mentions = textsForSomeoneAlone(path)
    .filter((text) => MENTIONS_A_HELPER.test(text.text))
    .map((text) => ({
      where: describePlace(path, text),
      message:
        text.field.startsWith('alone.') || text.stepIndex === undefined || text.field === 'title'
          ? `Someone learning on their own reads this, and has no helper: say it without one. Text: "${text.text}"`
          : `Someone learning on their own reads this, and has no helper: add alone.${text.field.replace(/\.say$/, '')} that says it without one. Text: "${text.text}"`,
    }));
  return [...missing, ...mentions];
}

/**
 * Checks a learning path a curator wrote: its shape (checkPathShape), then plain English
 * (READING_AGE_LIMITS) and hard words explained (jargon.ts). Returns every problem at once, each with
 * where it is and what to do.
 */
export function checkPath(json: unknown, options: CheckPathOptions = {}): PathCheck {
  const shape = checkPathShape(json, options);
  if (!shape.ok) return shape;
  const problems = [
    ...readabilityProblems(shape.path),
    ...aloneReadabilityProblems(shape.path),
    ...(options.metAlone === false ? [] : aloneProblems(shape.path)),
    ...jargonProblems(shape.path),
  ];
  return problems.length === 0 ? shape : { ok: false, problems };
}

/** Readability of what someone on their own reads, where it differs from the usual words. */
function aloneReadabilityProblems(path: LearningPath): PathProblem[] {
  if (!path.steps.some((step) => step.alone?.say !== undefined)) return [];
  const usual = new Set(readabilityProblems(path).map((problem) => problem.message));
  return readabilityProblems(pathForSomeoneAlone(path))
    .filter((problem) => !usual.has(problem.message))
    .map((problem) => ({
      where:
        problem.where === 'whole path'
          ? 'whole path, said to someone alone'
          : problem.where.replace(/, say$/, ', alone.say'),
      message: problem.message,
    }));
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
