import * as z from 'zod/mini';
import { STEP_OUTCOMES } from '../paths/learning-path.ts';
import { recordId } from './record-id.ts';

const StepOutcomesSchema = z.record(
  recordId('A step id'),
  z.enum(STEP_OUTCOMES, { error: 'A step outcome must be done, needed-help or skipped.' }),
  { error: 'The step outcomes must be a list of steps and how they went.' },
);
/**
 * How each step of one path went ('done', 'needed-help' or 'skipped'), by step id. A step with no entry has
 * not been tried yet. The one type for this: the learner store keeps it, and the UI's LearningServices pass it.
 */
export type StepOutcomes = z.infer<typeof StepOutcomesSchema>;

/**
 * How one learner got on with one path, so a player can resume at the first step with no outcome and the
 * finish summary can still say which steps needed help or were skipped.
 */
export const ProgressSchema = z.object({
  learnerId: recordId('The learner id'),
  pathId: recordId('A path id'),
  outcomes: StepOutcomesSchema,
});
export type Progress = z.infer<typeof ProgressSchema>;
