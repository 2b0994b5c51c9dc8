/** One thing wrong with a learning path, for the curator who wrote it: where, and what to do. */
export interface PathProblem {
  /** "step 3 (open-the-app), say", "start screen, goal" or a field path like "steps[2].onPage.target". */
  readonly where: string;
  readonly message: string;
}
