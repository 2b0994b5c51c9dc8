import { signal } from '@preact/signals';
import type { Resource } from '../../directory/resource.ts';
import {
  CarePlanSchema,
  MOST_PLACES_ON_A_PLAN,
  WhatMattersSchema,
  type CarePlan,
  type CarePlanInput,
  type ChosenPlace,
} from '../../store/care-plan.ts';
import type { Learner } from '../../store/learner.ts';
import type { LearnerStore } from '../../store/open-learner-store.ts';
import type { Progress } from '../../store/progress.ts';
import { succeeded, type StoreResult } from '../../store/store-result.ts';
import { chosenPlace } from './chosen-place.ts';

export interface CarePlanStoreOptions {
  now: () => Date;
  /** The helper's organisation (options page); blank when not set. */
  organisation: () => string;
}

/** Whose plan: a learner saved on this computer with the store to save to, or practice (kept in memory only). */
export type PlanOwner = { learner: Learner; store: LearnerStore } | undefined;

/** The plan's details but what matters: the answer just given replaces it, or clears it. */
function withoutWhatMatters({ whatMatters: _whatMatters, ...rest }: CarePlanInput): CarePlanInput {
  return rest;
}

/** "2027-01-14" for today where this computer is, to leave a next session that has passed out of the form. */
function localDay(now: Date): string {
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}

/**
 * A learner's digital care plan during a session: what was saved before (shown at the start, so the plan
 * opens at the next session), "What matters to you?" with their own words (saved as soon as given), and
 * the details for next time the helper fills in before the handover note. Practice keeps it all in memory.
 */
export function createCarePlanStore(options: CarePlanStoreOptions) {
  /** The plan as it is on this device: from an earlier session, then as saved today. */
  const saved = signal<CarePlan | undefined>(undefined);
  /** The plan as it was when this session began: what opens at the start of the next session. */
  const fromBefore = signal<CarePlan | undefined>(undefined);
  /** How the learner got on with every path they have started, for what they now use and what to practise. */
  const progress = signal<readonly Progress[]>([]);
  /** The id of the answer to "What matters to you?" (WHAT_MATTERS), once given. */
  const whatMatters = signal<string | undefined>(undefined);
  const inTheirWords = signal('');
  /** Why their own words were not taken (contact details, hidden characters, too long). */
  const wordsProblem = signal<string | undefined>(undefined);
  const nextDate = signal('');
  const nextTime = signal('');
  const nextPlace = signal('');
  const contact = signal('');
  const codesAtHome = signal('');
  /** Places from earlier plans still on it (the helper can take them off). */
  const keptPlaces = signal<readonly ChosenPlace[]>([]);
  /** Why the plan could not be made or saved, in plain words, shown where the helper fills it in. */
  const problem = signal<string | undefined>(undefined);
  /** True once the plan from last time has been shown (and read out) in this session. */
  const seen = signal(false);
  let owner: PlanOwner;

  function reset(): void {
    owner = undefined;
    saved.value = undefined;
    fromBefore.value = undefined;
    progress.value = [];
    whatMatters.value = undefined;
    inTheirWords.value = '';
    wordsProblem.value = undefined;
    nextDate.value = '';
    nextTime.value = '';
    nextPlace.value = '';
    contact.value = '';
    codesAtHome.value = '';
    keptPlaces.value = [];
    problem.value = undefined;
    seen.value = false;
  }

  /** Fills the form from the learner's plan; the organisation's details from the last plan on this device. */
  function fillFrom(plan: CarePlan | undefined, latest: CarePlan | undefined): void {
    // What the resident said while this was being read stays.
    whatMatters.value ??= plan?.whatMatters?.choices[0];
    if (inTheirWords.value === '') inTheirWords.value = plan?.whatMatters?.inTheirWords ?? '';
    const next = plan?.nextSession;
    // A next session that has passed is not next any more.
    const stillAhead = next?.date === undefined || next.date >= localDay(options.now());
    nextDate.value = stillAhead ? (next?.date ?? '') : '';
    nextTime.value = stillAhead ? (next?.time ?? '') : '';
    nextPlace.value = next?.place ?? '';
    contact.value = plan?.organisation?.contact ?? latest?.organisation?.contact ?? '';
    codesAtHome.value = plan?.codesAtHome ?? latest?.codesAtHome ?? '';
    keptPlaces.value = plan?.places ?? [];
  }

  async function reloadProgress(): Promise<void> {
    const current = owner;
    if (current === undefined) return;
    const listed = await current.store.listProgress(current.learner.id);
    if (listed.ok && owner === current) progress.value = listed.value;
  }

  /** Starts with someone: reads their plan and progress. Failures leave an empty plan: learning goes on. */
  async function begin(next: PlanOwner): Promise<void> {
    reset();
    owner = next;
    if (next === undefined) return;
    const [plan, latest] = await Promise.all([next.store.getCarePlan(next.learner.id), next.store.latestCarePlan()]);
    if (owner !== next) return;
    if (plan.ok) {
      saved.value = plan.value;
      fromBefore.value = plan.value;
    }
    fillFrom(plan.ok ? plan.value : undefined, latest.ok ? latest.value : undefined);
    await reloadProgress();
  }

  /** What matters, as the plan keeps it; undefined when nothing was said. */
  function whatMattersAnswer(): CarePlanInput['whatMatters'] {
    const words = inTheirWords.value.trim();
    if (whatMatters.value === undefined && words === '') return undefined;
    return {
      choices: whatMatters.value === undefined ? [] : [whatMatters.value],
      ...(words && { inTheirWords: words }),
    };
  }

  /** The plan from the form: earlier places first, then today's, at most MOST_PLACES_ON_A_PLAN. */
  function planInput(learnerId: string, onNote: readonly Resource[]): CarePlanInput {
    const today = onNote.map((resource) => chosenPlace(resource, options.now()));
    const places = [...keptPlaces.value.filter((kept) => !today.some((place) => place.id === kept.id)), ...today];
    const next = {
      ...(nextDate.value && { date: nextDate.value }),
      ...(nextTime.value && { time: nextTime.value }),
      ...(nextPlace.value.trim() && { place: nextPlace.value.trim() }),
    };
    const organisation = {
      ...(options.organisation().trim() && { name: options.organisation().trim() }),
      ...(contact.value.trim() && { contact: contact.value.trim() }),
    };
    const answer = whatMattersAnswer();
    return {
      learnerId,
      ...(answer && { whatMatters: answer }),
      ...(Object.keys(next).length > 0 && { nextSession: next }),
      places: places.slice(-MOST_PLACES_ON_A_PLAN),
      ...(Object.keys(organisation).length > 0 && { organisation }),
      ...(codesAtHome.value.trim() && { codesAtHome: codesAtHome.value.trim() }),
    };
  }

  /** The plan as it stands now, saved or not: what the handover note shows. */
  function planNow(onNote: readonly Resource[]): CarePlan {
    return { ...planInput(owner?.learner.id ?? 'practice', onNote), updatedAt: options.now().toISOString() };
  }

  /** Checks the plan from the form; the first problem in plain words, or undefined when it can be kept. */
  function check(onNote: readonly Resource[]): string | undefined {
    const parsed = CarePlanSchema.safeParse(planNow(onNote));
    return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'This plan could not be kept.');
  }

  /** Saves the plan from the form for a learner; practice saves nothing and succeeds. */
  async function save(onNote: readonly Resource[]): Promise<StoreResult<CarePlan>> {
    const current = owner;
    if (current === undefined) return succeeded(planNow(onNote));
    const result = await current.store.saveCarePlan(planInput(current.learner.id, onNote));
    if (owner !== current) return result;
    problem.value = result.ok ? undefined : result.message;
    if (result.ok) {
      saved.value = result.value;
      keptPlaces.value = result.value.places;
    }
    return result;
  }

  /**
   * Saves what matters at once, on top of the plan as it was saved: the rest of the form waits for the
   * handover note. Their own words are checked first, and kept in the box when refused.
   */
  async function saveWhatMatters(): Promise<void> {
    const answer = whatMattersAnswer();
    if (answer !== undefined) {
      const checked = WhatMattersSchema.safeParse(answer);
      wordsProblem.value = checked.success ? undefined : checked.error.issues[0]?.message;
      if (!checked.success) return;
    } else {
      wordsProblem.value = undefined;
    }
    const current = owner;
    if (current === undefined) return;
    const before = withoutWhatMatters(saved.value ?? { learnerId: current.learner.id, places: [] });
    const result = await current.store.saveCarePlan({ ...before, ...(answer && { whatMatters: answer }) });
    if (owner !== current) return;
    if (result.ok) saved.value = result.value;
    else wordsProblem.value = result.message;
  }

  function choose(answerId: string): void {
    whatMatters.value = answerId;
    void saveWhatMatters();
  }

  function takeOff(placeId: string): void {
    keptPlaces.value = keptPlaces.value.filter((place) => place.id !== placeId);
  }

  return {
    saved,
    fromBefore,
    progress,
    whatMatters,
    inTheirWords,
    wordsProblem,
    nextDate,
    nextTime,
    nextPlace,
    contact,
    codesAtHome,
    keptPlaces,
    problem,
    seen,
    begin,
    reset,
    reloadProgress,
    planNow,
    check,
    save,
    saveWhatMatters,
    choose,
    takeOff,
  };
}

export type CarePlanStore = ReturnType<typeof createCarePlanStore>;
