import {
  SKILL_AREAS,
  SKILL_USES,
  type Alone,
  type GlossaryEntry,
  HelpRoute,
  LearningPath,
  OnPage,
  PathLevel,
  PathTopic,
  SkillTag,
  StepAction,
  StepDoer,
  Target,
} from '../../shared/paths/learning-path.ts';
import { onPageWithFix, type StepFix } from '../../shared/paths/step-fix.ts';

/*
 * A path as a curator edits it on the options page: every text as typed (maybe empty while they work),
 * turned into a LearningPath's JSON to save and check. Parts the form doesn't edit (a glossary, sources,
 * categories for help) are carried through unchanged, so copying a built-in path loses nothing.
 */

export interface NeedDraft {
  id: string;
  say: string;
  ifMissing: string;
  /** Kept from the path it came from: the kinds of local help offered when this is missing. */
  categories?: HelpRoute['categories'];
}

export interface StepDraft {
  id: string;
  title: string;
  say: string;
  helperTip: string;
  who: StepDoer;
  whyHandsOff: string;
  ifStuck: string;
  ifStuckCategories?: HelpRoute['categories'];
  /** Where on the web the step happens, taught by pointing; absent for a step off the web. */
  onPage?: OnPage;
  /** The page's web address as typed, to open and point at. */
  address: string;
  glossary?: GlossaryEntry[];
  curatorNote: string;
  /** The Essential Digital Skills area the step practises. */
  skill: SkillTag;
  /** A key step: the path counts as learned once every key step is done. */
  key: boolean;
  /** Kept from the path it came from: what is said to someone on their own (paths made here run beside a helper). */
  alone?: Alone;
}

export interface PathDraft {
  id: string;
  title: string;
  goal: string;
  topic: PathTopic;
  level: PathLevel;
  minutes: string;
  needs: NeedDraft[];
  steps: StepDraft[];
  next: string[];
  glossary?: GlossaryEntry[];
  sources?: string[];
  /** Runs on practice pages on this computer (http://localhost), not a real site. */
  practice: boolean;
  curatorNote: string;
  /** The skill a learner gains when the path counts as completed. */
  skill: SkillTag;
  /** Kept from the path it came from: the service the learner now uses, for their plan. */
  nowUsing?: string;
}

const FIRST_SKILL: SkillTag = { area: 'foundation', for: 'life' };

/** A skill tag as saved, or the framework's first area for life when it is missing or unknown. */
function skillFrom(value: unknown): SkillTag {
  const tag = record(value);
  const area = SKILL_AREAS.find((known) => known === tag.area) ?? FIRST_SKILL.area;
  return { area, for: SKILL_USES.find((known) => known === tag.for) ?? FIRST_SKILL.for };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

export function emptyStep(id: string): StepDraft {
  return {
    id,
    title: '',
    say: '',
    helperTip: '',
    who: 'resident',
    whyHandsOff: '',
    ifStuck: '',
    address: '',
    curatorNote: '',
    skill: { ...FIRST_SKILL },
    key: true,
  };
}

export function emptyPath(): PathDraft {
  return {
    id: '',
    title: '',
    goal: '',
    topic: 'getting-started',
    level: 'beginner',
    minutes: '10',
    needs: [],
    steps: [emptyStep('step-1')],
    next: [],
    practice: false,
    curatorNote: '',
    skill: { ...FIRST_SKILL },
  };
}

/** An address to open for a step's place: its site and page when the page names one exact page. */
function addressOf(onPage: OnPage | undefined): string {
  if (onPage === undefined || onPage.site.includes('*')) return '';
  const page = onPage.page ?? '/';
  return page.includes('*') ? onPage.site : `${onPage.site}${page}`;
}

/** A draft from a saved path's JSON: what it has, and empty text where it has nothing (a half-written path). */
export function draftFromJson(json: unknown): PathDraft {
  const path = record(json);
  const base = emptyPath();
  const keySteps = list(path.keySteps);
  return {
    id: text(path.id),
    title: text(path.title),
    goal: text(path.goal),
    topic: (text(path.topic) || base.topic) as PathTopic,
    level: (text(path.level) || base.level) as PathLevel,
    minutes: typeof path.minutes === 'number' ? String(path.minutes) : text(path.minutes),
    needs: list(path.needs).map((raw) => {
      const need = record(raw);
      const ifMissing = record(need.ifMissing);
      return {
        id: text(need.id),
        say: text(need.say),
        ifMissing: text(ifMissing.say),
        categories: ifMissing.categories as NeedDraft['categories'],
      };
    }),
    steps: list(path.steps).map((raw, index) => {
      const step = record(raw);
      const ifStuck = record(step.ifStuck);
      const onPage = step.onPage as OnPage | undefined;
      const alone = step.alone === undefined ? undefined : (record(step.alone) as Alone);
      return {
        ...emptyStep(text(step.id) || `step-${index + 1}`),
        title: text(step.title),
        say: text(step.say),
        helperTip: text(step.helperTip),
        who: (text(step.who) || 'resident') as StepDoer,
        whyHandsOff: text(step.whyHandsOff),
        ifStuck: text(ifStuck.say),
        ifStuckCategories: ifStuck.categories as StepDraft['ifStuckCategories'],
        ...(onPage && { onPage }),
        address: addressOf(onPage),
        glossary: step.glossary as GlossaryEntry[] | undefined,
        curatorNote: text(step.curatorNote),
        skill: skillFrom(step.skill),
        // A path saved before key steps existed counts every step.
        key: keySteps.length === 0 || keySteps.includes(step.id),
        ...(alone && { alone }),
      };
    }),
    next: list(path.next).filter((id): id is string => typeof id === 'string'),
    glossary: path.glossary as GlossaryEntry[] | undefined,
    sources: path.sources as string[] | undefined,
    practice: path.practice === true,
    curatorNote: text(path.curatorNote),
    skill: skillFrom(path.skill),
    ...(typeof path.nowUsing === 'string' && { nowUsing: path.nowUsing }),
  };
}

/** Small letters, numbers and dashes, as ids must be: "Order a prescription!" → "order-a-prescription". */
export function idFrom(words: string, fallback: string): string {
  const id = words
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id || fallback;
}

/** `id`, or `id-2`, `id-3` ... : the first not already `taken`. */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  let candidate = id;
  for (let number = 2; taken.has(candidate); number += 1) candidate = `${id}-${number}`;
  return candidate;
}

/** Leaves out empty optional text, so the JSON holds only what the curator wrote. */
function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const trimmed = value.trim();
  return trimmed === '' ? {} : ({ [key]: trimmed } as Record<K, string>);
}

/** A selector target needs a reason (check-path asks for one): a taught selector says why itself. */
const SELECTOR_NOTE = 'Taught by pointing: the thing had no name, label or words to find it by.';

function stepJson(step: StepDraft) {
  const usesSelector = step.onPage?.target !== undefined && 'selector' in step.onPage.target;
  const note = step.curatorNote.trim() || (usesSelector ? SELECTOR_NOTE : '');
  return {
    id: step.id,
    title: step.title.trim(),
    say: step.say.trim(),
    helperTip: step.helperTip.trim(),
    who: step.who,
    ...(step.who === 'hands-off' && { whyHandsOff: step.whyHandsOff.trim() }),
    ifStuck: { say: step.ifStuck.trim(), ...(step.ifStuckCategories && { categories: step.ifStuckCategories }) },
    ...(step.alone && { alone: step.alone }),
    skill: step.skill,
    ...(step.onPage && { onPage: step.onPage }),
    ...(step.glossary && { glossary: step.glossary }),
    ...optional('curatorNote', note),
  };
}

/**
 * The draft as a learning path's JSON, to check and save: reviewed `today` (like 2026-12-06), made by
 * `madeBy` (the organisation's name; left out when empty). Minutes that are not a whole number stay as
 * typed, for the check to name.
 */
export function jsonFromDraft(draft: PathDraft, today: string, madeBy: string): unknown {
  const minutes = /^\d+$/.test(draft.minutes.trim()) ? Number(draft.minutes.trim()) : draft.minutes;
  return {
    id: draft.id,
    title: draft.title.trim(),
    goal: draft.goal.trim(),
    topic: draft.topic,
    level: draft.level,
    minutes,
    needs: draft.needs.map((need) => ({
      id: need.id,
      say: need.say.trim(),
      ifMissing: { say: need.ifMissing.trim(), ...(need.categories && { categories: need.categories }) },
    })),
    steps: draft.steps.map(stepJson),
    next: draft.next,
    skill: draft.skill,
    keySteps: draft.steps.filter((step) => step.key).map((step) => step.id),
    ...(draft.nowUsing && { nowUsing: draft.nowUsing }),
    ...(draft.glossary && { glossary: draft.glossary }),
    ...(draft.sources && { sources: draft.sources }),
    ...(draft.practice && { practice: true }),
    lastReviewed: today,
    ...optional('madeBy', madeBy),
    ...optional('curatorNote', draft.curatorNote),
  };
}

/**
 * A built-in path to start from, as the organisation's own: a new id, and each step where its fixes put
 * it, so what was taught in the side panel comes along.
 */
export function copyOfBuiltIn(path: LearningPath, fixes: readonly StepFix[], id: string): PathDraft {
  const steps = path.steps.map((step) => {
    const fix = fixes.find((each) => each.pathId === path.id && each.stepId === step.id);
    const onPage = onPageWithFix(step, fix);
    return { ...step, ...(onPage && { onPage }) };
  });
  return { ...draftFromJson({ ...path, steps }), id };
}

/** What a person does with a thing, from what it is: type in a box, choose a tick box, read a heading, else click. */
export function actionFor(target: Target): StepAction {
  if (!('role' in target)) return 'label' in target ? 'type' : 'click';
  if (['textbox', 'searchbox'].includes(target.role)) return 'type';
  if (['checkbox', 'radio', 'combobox', 'option'].includes(target.role)) return 'choose';
  return target.role === 'heading' ? 'read' : 'click';
}
