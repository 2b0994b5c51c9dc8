import type { ComponentChildren } from 'preact';
import type { CategoryId } from '../../../directory/categories.ts';
import type { LearningPath } from '../../../paths/learning-path.ts';

/**
 * Where the player points for local support: a link to the finder, or later the finder's own results.
 * Given the kinds of help that fit; empty means any kind.
 */
export type LocalHelp = (categories: readonly CategoryId[]) => ComponentChildren;

/** Every kind of local help a path mentions, in its needs and its "if you're stuck" routes, first mention first. */
export function helpCategories(path: LearningPath): CategoryId[] {
  const routes = [...path.needs.map((need) => need.ifMissing), ...path.steps.map((step) => step.ifStuck)];
  return [...new Set(routes.flatMap((route) => route.categories ?? []))];
}
