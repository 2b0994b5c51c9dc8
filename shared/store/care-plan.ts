import * as z from 'zod/mini';
import { hasContactDetails } from './has-contact-details.ts';
import { hasHiddenCharacters, HIDDEN_CHARACTERS_REFUSED } from './hidden-characters.ts';
import { recordId } from './record-id.ts';

/*
 * A learner's digital care plan, kept on this device with their progress and updated every session: what
 * matters to them, where they will meet next, the local help chosen for them, the organisation and how to
 * reach it, and where to use their codes at home. What they have learned, what to practise and the codes
 * themselves come from their progress and the paths, so the plan never disagrees with them.
 * The idea began in Sheffield: a set of online services, resources and actions, personal to what matters
 * to each person, kept and revisited.
 */

export const WORDS_REFUSED =
  'These words cannot hold email addresses, phone numbers or NHS numbers. Please take them out and try again.';

/** Text a helper or resident typed: trimmed, not blank, at most `most` characters, nothing hidden in it. */
function planText(what: string, most: number) {
  return z.string({ error: `${what} must be text.` }).check(
    z.trim(),
    z.minLength(1, `${what} is empty.`),
    z.maxLength(most, `${what} must be ${most} characters or fewer.`),
    z.refine((text) => !hasHiddenCharacters(text), { error: HIDDEN_CHARACTERS_REFUSED }),
  );
}

/** "What matters to you?": the answers chosen (ids from suggest-paths.ts, kept even if unknown here) and their own words. */
export const WhatMattersSchema = z.object({
  choices: z.array(recordId('An answer to What matters to you'), { error: 'The answers must be a list.' }),
  /** The resident's own words. About them, so no contact details. */
  inTheirWords: z.optional(
    planText('Their own words', 200).check(z.refine((words) => !hasContactDetails(words), { error: WORDS_REFUSED })),
  ),
});
export type WhatMattersAnswer = z.infer<typeof WhatMattersSchema>;

/** Where and when they meet a helper next: "Tuesday 14 January, 10:30am, Central Library". */
export const NextSessionSchema = z.object({
  date: z.optional(z.iso.date({ error: 'The date of the next session must look like 2027-01-14.' })),
  /** 24-hour clock, "10:30". */
  time: z.optional(
    z
      .string({ error: 'The time must look like 10:30.' })
      .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'The time must look like 10:30.')),
  ),
  place: z.optional(planText('The place', 100)),
});
export type NextSession = z.infer<typeof NextSessionSchema>;

/**
 * A place chosen for the learner, as it was when chosen: the plan must still print it at the next session,
 * when the directory or the last search may have changed.
 */
export const ChosenPlaceSchema = z.object({
  id: recordId('A place id'),
  name: planText('The place name', 200),
  address: z.optional(planText('The address', 300)),
  phone: z.optional(planText('The phone number', 40)),
  /** http(s) only: never a javascript: or data: link. */
  website: z.optional(z.httpUrl({ error: 'A website must be a full address starting with https:// or http://.' })),
  /** Opening times as lines, "Tuesday and Thursday: 10am to 12:30pm", or the place's own note. */
  hours: z.optional(z.array(planText('An opening times line', 200)).check(z.maxLength(14, 'Too many opening times.'))),
});
export type ChosenPlace = z.infer<typeof ChosenPlaceSchema>;

/** The helper's organisation, for the plan: its name and how to reach it (its own phone or email is welcome). */
export const PlanOrganisationSchema = z.object({
  name: z.optional(planText("The organisation's name", 100)),
  contact: z.optional(planText('How to reach the organisation', 200)),
});

/** At most this many places on a plan, with their hours and phone: it must print on two pages of large type. */
export const MOST_PLACES_ON_A_PLAN = 4;

export const CarePlanSchema = z.object({
  learnerId: recordId('The learner id'),
  /** When the plan last changed, ISO date and time (UTC). The newer plan wins when files are merged. */
  updatedAt: z.iso.datetime({ error: 'The date the plan changed must be a date and time like 2025-06-30T10:15:00Z.' }),
  whatMatters: z.optional(WhatMattersSchema),
  nextSession: z.optional(NextSessionSchema),
  places: z
    .array(ChosenPlaceSchema, { error: 'The places must be a list.' })
    .check(z.maxLength(MOST_PLACES_ON_A_PLAN, `A plan holds at most ${MOST_PLACES_ON_A_PLAN} places.`)),
  organisation: z.optional(PlanOrganisationSchema),
  /** Where they can use their resume codes at home: "Riverside Surgery's website, under Learn at home". */
  codesAtHome: z.optional(planText('Where to use the codes at home', 200)),
});
export type CarePlan = z.infer<typeof CarePlanSchema>;
/** A plan to save: `updatedAt` is stamped by the store. */
export type CarePlanInput = Omit<CarePlan, 'updatedAt'>;
