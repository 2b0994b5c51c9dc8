import * as z from 'zod/mini';
import { checkLearnerName, LEARNER_NAME_REFUSED } from './check-learner-name.ts';
import { recordId } from './record-id.ts';

/** Someone learning with a helper, known only by a first name or nickname (see check-learner-name.ts). */
export const LearnerSchema = z.object({
  id: recordId('The learner id'),
  name: z.string({ error: LEARNER_NAME_REFUSED }).check(
    z.trim(),
    // The name check's own words, so a file with a reversed name says what is wrong with it.
    z.superRefine((name, context) => {
      const checked = checkLearnerName(name);
      if (!checked.ok) context.addIssue({ code: 'custom', message: checked.message, input: name });
    }),
  ),
  /** ISO date and time, UTC: "2025-06-30T10:15:00.000Z". */
  createdAt: z.iso.datetime({
    error: 'The date a learner was added must be a date and time like 2025-06-30T10:15:00Z.',
  }),
});
export type Learner = z.infer<typeof LearnerSchema>;
