/*
 * What a helper checks before the person leaves a shared computer. Each check is answered "done" or
 * "not needed" (they never signed in, no password was typed, no email was used): a tick left blank could
 * mean "forgot", and the handover note waits until every check has an answer, so none is skipped by accident.
 */

export interface EndOfSessionCheck {
  id: 'signed-out' | 'no-saved-passwords' | 'own-email';
  /** Said of the resident, to the helper. */
  label: string;
  /** Why it matters, so the check is not just a box to tick. */
  why: string;
}

export type CheckId = EndOfSessionCheck['id'];
export type CheckAnswer = 'done' | 'not-needed';
export type CheckAnswers = Readonly<Partial<Record<CheckId, CheckAnswer>>>;

export const END_OF_SESSION_CHECKS: readonly EndOfSessionCheck[] = [
  {
    id: 'signed-out',
    label: 'They are signed out of their accounts',
    why: 'The next person on this computer could get into an account left signed in. Sign out of every website they used today.',
  },
  {
    id: 'no-saved-passwords',
    label: "Nothing was saved in the browser's password manager for them",
    why: 'A saved password lets anyone on this computer sign in as them. If the browser offered to save one, check it was not saved.',
  },
  {
    id: 'own-email',
    label: 'They used their own email address',
    why: "Codes and new passwords go to that address. If it was yours or your organisation's, they cannot get back in on their own.",
  },
];

/** The checks with no answer yet, in order; empty when the handover note can be made. */
export function unansweredChecks(answers: CheckAnswers): EndOfSessionCheck[] {
  return END_OF_SESSION_CHECKS.filter((check) => answers[check.id] === undefined);
}
