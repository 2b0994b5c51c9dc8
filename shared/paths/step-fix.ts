import * as z from 'zod/mini';
import { OnPageSchema, type OnPage, type Step } from './learning-path.ts';

/*
 * An organisation's own fix for one step of a path: where the step happens and what to point at, taught by
 * a helper pointing at it on the real page (or kept from Signpost's guess). Kept on the device and used
 * before the path's own `onPage`, so sites that changed their buttons still get pointed at; shared with
 * other champions in an organisation file (organisation-file.ts).
 */

const id = (what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `${what} is not a path or step id.`));
const date = (what: string) => z.iso.date({ error: `${what} must be a date like 2026-12-06.` });

export const StepFixSchema = z.strictObject({
  pathId: id('The path id'),
  stepId: id('The step id'),
  /** Where the step happens and what to point at; a fix always has a target. */
  onPage: OnPageSchema.check(
    z.refine((onPage) => onPage.target !== undefined, { message: 'A fix needs a target.', path: ['target'] }),
  ),
  /** When a helper taught it. */
  taught: date('taught'),
  /** When Show me last found it on the page: a fix not seen for months may need teaching again. */
  lastSeenWorking: z.optional(date('lastSeenWorking')),
});
export type StepFix = z.infer<typeof StepFixSchema>;

/** The step as Show me uses it: its fix's place on the page when it has one, else its own. */
export function onPageWithFix(step: Pick<Step, 'onPage'>, fix: StepFix | undefined): OnPage | undefined {
  if (fix === undefined) return step.onPage;
  // The path's own doneWhen still says when the step is done, unless the fix moved it to another site.
  const doneWhen = step.onPage?.site === fix.onPage.site ? step.onPage.doneWhen : undefined;
  return { ...(doneWhen && { doneWhen }), ...fix.onPage };
}
