import { allPaths } from '../../../shared/paths/all-paths.ts';
import type { LearningPath } from '../../../shared/paths/learning-path.ts';

/** The built-in path with this id; the test fails at once, saying which, if there is none. */
export function builtInPath(id: string): LearningPath {
  const path = allPaths().find((candidate) => candidate.id === id);
  if (path === undefined) throw new Error(`No built-in path ${id}`);
  return path;
}
