import * as z from 'zod/mini';

/*
 * Field rules shared by every schema a person fixes by hand (directory packs, spreadsheets, learning
 * paths), so the messages read the same everywhere.
 */

/** A value quoted back to the person fixing it, cut short so one bad cell can't flood a report. */
export const quoted = (input: unknown): string => JSON.stringify(String(input).slice(0, 60));

/** A zod error message that tells "missing" apart from "wrong": a blank cell and a typo need different fixes. */
export const missingOr =
  (what: string, wrong: (input: unknown) => string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `${what} is missing.` : wrong(issue.input);

/** "The name is missing." or "The name must be text." */
export const textError = (what: string) => missingOr(what, () => `${what} must be text.`);

/** Trimmed text that can't be blank, with messages naming the field. */
export const textField = (what: string) =>
  z.string({ error: textError(what) }).check(z.trim(), z.minLength(1, `${what} is empty.`));
