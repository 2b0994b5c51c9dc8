import * as z from 'zod/mini';
import { CATEGORY_IDS } from './categories.ts';
import { WeeklyHoursSchema } from '../hours/weekly-hours.ts';
import { missingOr, quoted, textField } from '../util/text-field-schema.ts';

/*
 * One place or service a resident can go to for help: our working shape of an Open Referral UK
 * (HSDS 3.0 UK profile) service at one location. ORUK's service, organization, location, address,
 * phone, schedule, cost_option, language, accessibility and attribute tables fold into one record,
 * because every screen shows one service at one place. A service at three locations imports as three
 * resources; a service with no location (a helpline, a website) is one resource with no `place`.
 *
 * zod/mini keeps the widget and content script small (../shared/notes/toolchain.md: 14 KB vs 32 KB gzip).
 * Messages are plain English: they reach practice managers fixing a spreadsheet.
 */

export const PlaceSchema = z.object(
  {
    name: z.optional(textField('The place name')),
    address: z.optional(z.array(textField('An address line')).check(z.minLength(1, 'The address has no lines.'))),
    town: z.optional(textField('The town')),
    postcode: z.optional(textField('The postcode')),
    latitude: z
      .number({ error: missingOr('The latitude', () => 'The latitude must be a number, like 53.38.') })
      .check(
        z.gte(49, 'The latitude is outside the UK: it should be between 49 and 61.'),
        z.lte(61, 'The latitude is outside the UK: it should be between 49 and 61.'),
      ),
    longitude: z
      .number({ error: missingOr('The longitude', () => 'The longitude must be a number, like -1.46.') })
      .check(
        z.gte(-9, 'The longitude is outside the UK: it should be between -9 and 2.'),
        z.lte(2, 'The longitude is outside the UK: it should be between -9 and 2.'),
      ),
    /**
     * True when the point is only roughly right, such as the centre of the postcode district: distances are
     * then "about", and directions go by the address and postcode rather than by the point.
     */
    approximate: z.optional(z.boolean({ error: '"approximate" must be true or false.' })),
  },
  { error: 'The place must be an object with a latitude and longitude.' },
);
export type Place = z.infer<typeof PlaceSchema>;

/** Only http(s) websites: a `javascript:` or `data:` link in a directory must never reach a page. */
const website = z.httpUrl({
  error: (issue) => `The website ${quoted(issue.input)} must be a full address starting with https:// or http://.`,
});
/** UK numbers as people write them: digits, spaces, and an optional leading +. Shown as a tel: link. */
const phone = z
  .string({ error: 'A phone number must be text, like "0114 273 4400".' })
  .check(z.trim(), z.regex(/^\+?[0-9][0-9 ]{1,18}[0-9]$/, 'A phone number must be digits, like 0114 273 4400 or 111.'));

/** Another number to call, with what it is for ("Youth service"). */
const LabelledPhoneSchema = z.object(
  { number: phone, label: z.optional(textField('The phone label')) },
  { error: 'Each other phone must be an object like { "number": "0117 332 7111", "label": "Youth service" }.' },
);

export const ContactSchema = z.object({
  phone: z.optional(phone),
  /** What the main number is for, when the publisher said ("Youth service"). */
  phoneLabel: z.optional(textField('The phone label')),
  /** More numbers, each with what it is for, so a second line the publisher gave is not lost. */
  morePhones: z.optional(z.array(LabelledPhoneSchema, { error: 'The other phones must be a list.' })),
  /** A text-only number, e.g. 85258 for Shout. */
  text: z.optional(phone),
  email: z.optional(
    z.email({
      error: (issue) =>
        `The email address ${quoted(issue.input)} does not look right: it should be like name@example.org.`,
    }),
  ),
  website: z.optional(website),
});
export type Contact = z.infer<typeof ContactSchema>;

import { ACCESS_FEATURES, HOW_TO_GET_IN } from './resource-vocabulary.ts';

export {
  ACCESS_FEATURES,
  HOW_TO_GET_IN,
  isRemote,
  type AccessFeature,
  type HowToGetIn,
} from './resource-vocabulary.ts';

export const ResourceSchema = z.object({
  id: textField('The id'),
  name: textField('The name'),
  organisation: z.optional(textField('The organisation name')),
  /** Absent when the publisher gave none: a name and a way to reach it are enough to be useful. */
  description: z.optional(textField('The description')),
  categories: z
    .array(
      z.enum(CATEGORY_IDS, {
        error: (issue) =>
          `The category ${quoted(issue.input)} is not one Signpost knows: see the category list in the README.`,
      }),
      {
        error: missingOr('The categories', () => 'The categories must be a list, like ["food"].'),
      },
    )
    .check(z.minLength(1, 'Give at least one category.')),
  /** Absent for help by phone or online only. */
  place: z.optional(PlaceSchema),
  contact: z.object(ContactSchema.shape, {
    error: missingOr(
      'The contact details',
      () => 'The contact details must be an object, like { "phone": "0114 273 4400" }.',
    ),
  }),
  hours: z.optional(z.array(WeeklyHoursSchema, { error: 'The opening hours must be a list of weekly rules.' })),
  /** Opening times in words when rules can't say it, e.g. "24 hours a day, every day". */
  hoursNote: z.optional(textField('The opening times note')),
  /** Absent when the publisher did not say: unknown, never "not free". Cards then say "Ask about cost". */
  free: z.optional(z.boolean({ error: 'Whether it is free must be true or false, or left out when nobody knows.' })),
  costNote: z.optional(textField('The cost note')),
  /** BCP 47 language codes, e.g. en, cy, ur, pl. */
  languages: z.optional(
    z.array(
      z
        .string({ error: 'A language must be a code like en, cy or ur.' })
        .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language must be a code like en, cy or ur.')),
      { error: 'The languages must be a list of codes, like ["en", "cy"].' },
    ),
  ),
  access: z.optional(
    z.array(
      z.enum(ACCESS_FEATURES, {
        error: (issue) =>
          `The access feature ${quoted(issue.input)} is not one Signpost knows: see the list in the README.`,
      }),
      {
        error: 'The access features must be a list, like ["step-free"].',
      },
    ),
  ),
  accessNote: z.optional(textField('The access note')),
  /** Who it is for, in plain words. */
  eligibility: z.optional(textField('Who it is for')),
  whatToBring: z.optional(textField('What to bring')),
  howToGetIn: z.optional(
    z.enum(HOW_TO_GET_IN, {
      error: (issue) => `How to get in is ${quoted(issue.input)}: it must be drop-in, book, phone-first or referral.`,
    }),
  ),
  lastVerified: z.iso.date({
    error: missingOr(
      'The date it was last checked',
      (input) => `The date it was last checked, ${quoted(input)}, must look like 2025-06-30 (year-month-day).`,
    ),
  }),
  /** Where the facts came from: a web address or an organisation's name. */
  source: textField('The source'),
  /**
   * Where a resident or helper can report a mistake in this entry: the pack's publisher's e-mail, filled
   * in when the pack is loaded (load-pack.ts).
   */
  correctionsEmail: z.optional(
    z.email({
      error: (issue) => `The corrections e-mail ${quoted(issue.input)} does not look like an e-mail address.`,
    }),
  ),
});
export type Resource = z.infer<typeof ResourceSchema>;
