import * as z from 'zod/mini';
import { SKILL_AREAS, SKILL_USES, STEP_OUTCOMES } from '../paths/learning-path.ts';
import { hasContactDetails } from './has-contact-details.ts';
import { outcodeOnly } from './outcode-only.ts';
import { recordId } from './record-id.ts';

export const NOTES_REFUSED =
  'Notes cannot hold email addresses, phone numbers or NHS numbers. Please take them out and try again.';
export const OUTCODE_REFUSED = 'Use only the first part of a postcode, like S1 or SK14.';

export const CONFIDENCE_LEVELS = [1, 2, 3, 4, 5] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** How one step of one path went. */
export const StepResultSchema = z.object({
  pathId: recordId('A path id'),
  stepId: recordId('A step id'),
  outcome: z.enum(STEP_OUTCOMES, { error: 'A step outcome must be done, needed-help or skipped.' }),
});
export type StepResult = z.infer<typeof StepResultSchema>;

/**
 * A skill gained in a session: a path that came to count as completed (its key steps done), with the
 * skills area and use it had then, so the funders' counts never change when a path is edited later.
 */
export const SkillGainedSchema = z.object({
  pathId: recordId('A path id'),
  area: z.enum(SKILL_AREAS, { error: 'A skill gained needs a skills area Signpost knows.' }),
  for: z.enum(SKILL_USES, { error: 'A skill gained is for life or for work.' }),
});
export type SkillGained = z.infer<typeof SkillGainedSchema>;

/** One sitting of a learner with a helper. */
export const SessionSchema = z.object({
  id: recordId('The session id'),
  learnerId: recordId('The learner id'),
  /** The day of the session, "2025-06-30" (year-month-day). */
  date: z.iso.date({ error: 'The session date must look like 2025-06-30 (year-month-day).' }),
  pathIds: z.array(recordId('A path id'), { error: 'The paths worked on must be a list.' }),
  outcomes: z.array(StepResultSchema, { error: 'The step outcomes must be a list.' }),
  /** Paths completed in this session (absent in sessions saved before skills were counted). */
  skillsGained: z.optional(z.array(SkillGainedSchema, { error: 'The skills gained must be a list.' })),
  /** How sure the learner feels, 1 (not at all) to 5 (very). */
  confidence: z.optional(z.literal(CONFIDENCE_LEVELS, { error: 'Confidence must be a whole number from 1 to 5.' })),
  notes: z.optional(
    z.string({ error: 'Notes must be text.' }).check(
      z.maxLength(2000, 'Notes must be 2,000 characters or fewer.'),
      z.refine((notes) => !hasContactDetails(notes), { error: NOTES_REFUSED }),
    ),
  ),
  /** The postcode district only, "S1": never a full postcode. */
  outcode: z.optional(
    z
      .string({ error: OUTCODE_REFUSED })
      .check(z.refine((outcode) => outcodeOnly(outcode) === outcode, { error: OUTCODE_REFUSED })),
  ),
  helperOrganisation: z.optional(
    z
      .string({ error: 'The helper organisation must be text.' })
      .check(
        z.trim(),
        z.minLength(1, 'The helper organisation is empty.'),
        z.maxLength(100, 'The helper organisation must be 100 characters or fewer.'),
      ),
  ),
});
export type Session = z.infer<typeof SessionSchema>;
