import * as z from 'zod/mini';
import { recordId } from './record-id.ts';

/*
 * "Was this clear?" after a step: counts only, by month, path and step, so an organisation can see which
 * steps confuse people and improve them. No learner, session or name is kept with a count.
 */

export const StepFeedbackSchema = z.object({
  /** "2026-12". */
  month: z
    .string({ error: 'The month must look like 2026-12.' })
    .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'The month must look like 2026-12.')),
  pathId: recordId('A path id'),
  stepId: recordId('A step id'),
  /** Answers "Yes". */
  clear: z.int().check(z.gte(0)),
  /** Answers "Not really". */
  notClear: z.int().check(z.gte(0)),
});
export type StepFeedback = z.infer<typeof StepFeedbackSchema>;
