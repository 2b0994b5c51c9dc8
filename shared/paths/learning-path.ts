import * as z from 'zod/mini';
import { CATEGORY_IDS } from '../directory/categories.ts';
import { textError, textField } from '../util/text-field-schema.ts';
import { TARGET_ROLES } from './target-roles.ts';

/*
 * A learning path: a short, guided piece of learning a resident does with a helper ("I want to order my
 * repeat prescription without phoning"). Paths are data: JSON files in shared/paths/content/, checked by
 * this schema, so a curator can add one without a developer (see check-path.ts for the cross-checks).
 *
 * Every step must make sense read aloud with no highlight on the screen: `onPage` only adds a pointer
 * for the browser extension, and many residents learn on their own phone where we cannot point at all.
 * Messages are plain English: they reach curators fixing a JSON file.
 */

const kebabCase = (what: string) =>
  z
    .string({ error: textError(what) })
    .check(
      z.regex(
        /^[a-z0-9]+(-[a-z0-9]+)*$/,
        `${what} must be small letters, numbers and dashes, like "order-a-prescription".`,
      ),
    );

const categories = z.array(
  z.enum(CATEGORY_IDS, { error: 'Unknown category: use one of the ids in shared/directory/categories.ts.' }),
);

/** How a step went for the learner. Saved by the learner store, so never rename one. */
export const STEP_OUTCOMES = ['done', 'needed-help', 'skipped'] as const;
export type StepOutcome = (typeof STEP_OUTCOMES)[number];

/** Who does a step. `hands-off`: the helper steps back and must not watch or prompt (give the reason). */
export const STEP_DOERS = ['resident', 'helper', 'together', 'hands-off'] as const;
export type StepDoer = (typeof STEP_DOERS)[number];

export const PATH_LEVELS = ['beginner', 'next-steps'] as const;
export type PathLevel = (typeof PATH_LEVELS)[number];

export const PATH_TOPICS = [
  'getting-started',
  'staying-safe',
  'keeping-in-touch',
  'nhs-online',
  'money-and-benefits',
  'local-help',
] as const;
export type PathTopic = (typeof PATH_TOPICS)[number];

/*
 * The UK Essential Digital Skills framework (Department for Education, 2018, refreshed in 2022): foundation
 * skills and five areas, each for life and for work (gov.uk/government/publications/essential-digital-skills-framework).
 * Paths and steps are tagged with the area only: the framework's own "I can" statements are not quoted,
 * as we could not check the 2022 wording. skills.ts has the names people read.
 */
export const SKILL_AREAS = [
  'foundation',
  'communicating',
  'handling-information-and-content',
  'transacting',
  'problem-solving',
  'being-safe-and-legal-online',
] as const;
export type SkillArea = (typeof SKILL_AREAS)[number];

/** The framework has skills for life and for work: what a step or path is for. */
export const SKILL_USES = ['life', 'work'] as const;
export type SkillUse = (typeof SKILL_USES)[number];

/** Where a path or a step sits in the Essential Digital Skills framework. */
export const SkillTagSchema = z.strictObject({
  area: z.enum(SKILL_AREAS, { error: `The skill area must be one of: ${SKILL_AREAS.join(', ')}.` }),
  for: z.enum(SKILL_USES, { error: 'The skill is for life or for work: use "life" or "work".' }),
});
export type SkillTag = z.infer<typeof SkillTagSchema>;

/** A word a resident may not know, and what it means, in plain words. */
export const GlossaryEntrySchema = z.strictObject({
  term: textField('The word'),
  meaning: textField('The meaning'),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** Where to turn when something is missing or a step goes wrong. Categories point at local support. */
export const HelpRouteSchema = z.strictObject({
  say: textField('The help text'),
  categories: z.optional(categories),
});
export type HelpRoute = z.infer<typeof HelpRouteSchema>;

/** Something to have ready before starting, and another way forward without it. */
export const NeedSchema = z.strictObject({
  id: kebabCase('A need id'),
  say: textField('What you need'),
  ifMissing: HelpRouteSchema,
});
export type Need = z.infer<typeof NeedSchema>;

export { TARGET_ROLES, type TargetRole } from './target-roles.ts';

/*
 * How to find the thing to point at, most robust first (the Testing Library query order): role and
 * accessible name, then form label, then visible text. A CSS selector is a last resort: it breaks when a
 * site changes its markup, so check-path asks for a curator note saying why nothing better works.
 */
const wording = {
  /** Other wording seen for the same thing ("Continue to NHS login"): sites change their words, so each is tried. */
  alsoNamed: z.optional(z.array(textField('Another name')).check(z.minLength(1, 'alsoNamed needs at least one name.'))),
  /** When the wording was last checked on the live page, like 2026-12-06. */
  wordingChecked: z.optional(z.iso.date({ error: 'wordingChecked must be a date like 2026-12-06.' })),
};

export const TargetSchema = z.union(
  [
    z.strictObject({
      role: z.enum(TARGET_ROLES, { error: `The role must be one of: ${TARGET_ROLES.join(', ')}.` }),
      name: textField('The name'),
      ...wording,
    }),
    z.strictObject({ label: textField('The label'), ...wording }),
    z.strictObject({ text: textField('The text'), ...wording }),
    z.strictObject({ selector: textField('The selector') }),
  ],
  { error: 'A target needs role and name, or label, or text, or (as a last resort) selector.' },
);
export type Target = z.infer<typeof TargetSchema>;

/*
 * A site is an origin, "https://111.nhs.uk", with an optional "*." before the host for any subdomain.
 * A site with no port matches any port, so "http://localhost" fits every local test server.
 */
const sitePattern = z
  .string({ error: 'The site must be text.' })
  .check(
    z.regex(
      /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/,
      'The site must be an origin like https://www.nhs.uk or http://localhost, with no path and no slash at the end.',
    ),
  );
/** A page is a path on the site; "*" stands for any characters. Query and fragment are ignored. */
const pagePattern = z
  .string({ error: 'The page must be text.' })
  .check(z.regex(/^[/*][^\s?#]*$/, 'The page must be a path like /login or */login.html, starting with / or *.'));

export const STEP_ACTIONS = ['click', 'type', 'choose', 'read', 'wait'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

export const DoneWhenSchema = z.union(
  [z.strictObject({ urlMatches: pagePattern }), z.strictObject({ appears: TargetSchema })],
  { error: 'doneWhen needs either urlMatches (a page like /login) or appears (a target).' },
);
export type DoneWhen = z.infer<typeof DoneWhenSchema>;

/** Where on a real site a step happens, so the extension can point at it. Optional, always. */
export const OnPageSchema = z.strictObject({
  site: sitePattern,
  page: z.optional(pagePattern),
  target: z.optional(TargetSchema),
  action: z.enum(STEP_ACTIONS, { error: `The action must be one of: ${STEP_ACTIONS.join(', ')}.` }),
  doneWhen: z.optional(DoneWhenSchema),
});
export type OnPage = z.infer<typeof OnPageSchema>;

/*
 * The same step said to someone learning on their own ("Learn at home" on a website), where nobody sits
 * beside them. Give a field here when the usual one talks about a helper or doing it together; the rest
 * are used as they are. check-path makes sure nothing said alone mentions a helper.
 */
export const AloneSchema = z.strictObject({
  /** What to do alone, or where to get help with this step. */
  say: z.optional(textField('What to say to someone on their own')),
  whyHandsOff: z.optional(textField('The hands-off reason for someone on their own')),
  ifStuck: z.optional(HelpRouteSchema),
});
export type Alone = z.infer<typeof AloneSchema>;

export const StepSchema = z
  .strictObject({
    id: kebabCase('A step id'),
    title: textField('The step title'),
    /** What to do, said to the resident: one action, short sentences. */
    say: textField('What to say'),
    /** For the helper only: how to support without taking over. */
    helperTip: textField('The helper tip'),
    who: z.enum(STEP_DOERS, { error: `Who must be one of: ${STEP_DOERS.join(', ')}.` }),
    /** Required when `who` is hands-off: the reason the helper steps back, said kindly to both. */
    whyHandsOff: z.optional(textField('The hands-off reason')),
    ifStuck: HelpRouteSchema,
    /** Required for a together or helper step: what to do alone, or where to get help. */
    alone: z.optional(AloneSchema),
    /** The Essential Digital Skills area this step practises. */
    skill: SkillTagSchema,
    onPage: z.optional(OnPageSchema),
    /** Words first used in this step, explained. */
    glossary: z.optional(z.array(GlossaryEntrySchema)),
    /** For curators only, never shown: e.g. why a step has no target. */
    curatorNote: z.optional(textField('The curator note')),
  })
  .check(
    z.refine((step) => step.who !== 'hands-off' || step.whyHandsOff !== undefined, {
      message: 'A hands-off step needs whyHandsOff: say why the helper steps back.',
      path: ['whyHandsOff'],
    }),
    z.refine((step) => step.who === 'hands-off' || step.whyHandsOff === undefined, {
      message: 'Only a hands-off step has whyHandsOff: remove it or set who to hands-off.',
      path: ['whyHandsOff'],
    }),
  );
export type Step = z.infer<typeof StepSchema>;

export const LearningPathSchema = z.strictObject({
  id: kebabCase('The path id'),
  title: textField('The title'),
  /** The resident's own words: "I want to ...". */
  goal: textField('The goal'),
  topic: z.enum(PATH_TOPICS, { error: `The topic must be one of: ${PATH_TOPICS.join(', ')}.` }),
  level: z.enum(PATH_LEVELS, { error: 'The level must be beginner or next-steps.' }),
  /** A rough guide for planning a session, in minutes. */
  minutes: z
    .int({ error: 'Minutes must be a whole number.' })
    .check(z.gte(1, 'Minutes must be at least 1.'), z.lte(120, 'Minutes must be 120 or fewer: split a longer path.')),
  needs: z.array(NeedSchema),
  /** At most 32 steps: a resume code spends one character on the count (resume-code.ts), and longer paths tire people. */
  steps: z
    .array(StepSchema)
    .check(
      z.minLength(1, 'A path needs at least one step.'),
      z.maxLength(32, 'A path can have at most 32 steps: split it into two paths.'),
    ),
  /** Ids of paths to suggest after this one. */
  next: z.array(kebabCase('A next path id')),
  /** The skill a learner gains when the path counts as completed (see keySteps). */
  skill: SkillTagSchema,
  /**
   * The path counts as completed once each of these steps is done, on the learner's own or with help:
   * the steps that are the skill itself, not the ones that explain or tidy up.
   */
  keySteps: z
    .array(kebabCase('A key step id'), { error: 'keySteps must be a list of step ids.' })
    .check(z.minLength(1, 'Name at least one key step: the steps that show the path is learned.')),
  /** Once completed, a service the learner now uses, for their plan: "NHS App: set up, identity proved". */
  nowUsing: z.optional(textField('What they now use')),
  /** Words used on the start screen (title, goal, needs), explained there. */
  glossary: z.optional(z.array(GlossaryEntrySchema)),
  /** A practice path runs on Signpost's own test pages, not a real site. */
  practice: z.optional(z.boolean({ error: 'Practice must be true or false.' })),
  /** Public pages the facts were checked against. */
  sources: z.optional(z.array(z.httpUrl({ error: 'A source must be a full web address starting with https://.' }))),
  /** The date a curator last checked the path against the real sites. */
  lastReviewed: z.iso.date({ error: 'lastReviewed must be a date like 2025-06-30 (year-month-day).' }),
  /** An organisation's own path (made on the options page): who made it, shown beside its title. */
  madeBy: z.optional(textField('Made by')),
  curatorNote: z.optional(textField('The curator note')),
});
export type LearningPath = z.infer<typeof LearningPathSchema>;
