import * as z from 'zod/mini';
import { recordId } from './record-id.ts';

/** Which steps of one path a learner has done, so a player can resume at the first step not done. */
export const ProgressSchema = z.object({
  learnerId: recordId('The learner id'),
  pathId: recordId('A path id'),
  stepsDone: z.array(recordId('A step id'), { error: 'The steps done must be a list.' }),
});
export type Progress = z.infer<typeof ProgressSchema>;
