import { computed, signal } from '@preact/signals';
import type { Resource } from '../../directory/resource.ts';
import type { LearningPath } from '../../paths/learning-path.ts';
import type { LearnerChoiceStore } from '../learners/learner-choice-store.ts';
import type { LearningServices } from '../services.ts';
import { createCarePlanStore } from './care-plan-store.ts';
import { unansweredChecks, type CheckAnswer, type CheckAnswers, type CheckId } from './end-of-session-checks.ts';
import { recordingServices } from './recording-services.ts';
import { sessionForHistory } from './session-for-history.ts';
import { withSavedProgress, type SessionWork } from './session-work.ts';

/** Where a session is: learning (what matters, paths), the checks before the person leaves, the handover note. */
export type SessionStage = 'learning' | 'checks' | 'handover';

/** Whether the session went into the learner's history; both messages can be shown as they are. */
export type HistorySaved = { ok: boolean; message: string };

export interface SessionStoreOptions {
  /** The clock, for the session's date. */
  now: () => Date;
  /** The postcode the finder last searched with success, if any: only its district is saved. */
  postcode: () => string | undefined;
  /** The helper's organisation (options page); blank when not set. */
  organisation: () => string;
  /** Told when a saved learner opens a path, e.g. to remember it for "Carry on" next time. */
  onPathOpened?: (learnerId: string, pathId: string) => void;
  /** The paths on offer, to tell which were completed today (skills gained). */
  paths: () => readonly LearningPath[];
}

/**
 * One sitting of a resident with a helper, from "What matters to you?" to the handover note. It starts
 * when someone is chosen in `learnerChoice` and starts again whenever that changes. Progress is saved as
 * the player goes; the session itself goes into the learner's history once, when the handover note is made.
 */
export function createSessionStore(learnerChoice: LearnerChoiceStore, options: SessionStoreOptions) {
  const stage = signal<SessionStage>('learning');
  /** The learner's digital care plan: read when they are chosen, what matters saved at once, the rest at the handover note. */
  const plan = createCarePlanStore({ now: options.now, organisation: options.organisation });
  /** The id of the answer to "What matters to you?" (WHAT_MATTERS), once given: kept with the plan. */
  const whatMatters = plan.whatMatters;
  const work = signal<SessionWork>([]);
  const answers = signal<CheckAnswers>({});
  /** True after "Make the handover note" was pressed with checks unanswered: the checks say which. */
  const checksMissed = signal(false);
  /** Places the helper added to the handover note from the finder, in the order added. */
  const onNote = signal<readonly Resource[]>([]);
  const saved = signal<HistorySaved | undefined>(undefined);
  /** A path to open straight away (carrying on the last session); cleared once it is open. */
  const pathToOpen = signal<string | undefined>(undefined);
  /** Paths opened in this session: a save to any other (a resume code, before its path opens) was not done today. */
  let opened = new Set<string>();

  const services = computed((): LearningServices | undefined => {
    const choice = learnerChoice.choice.value;
    if (choice === undefined) return undefined;
    return recordingServices(choice.services, (pathId, before, after) => {
      if (opened.has(pathId)) work.value = withSavedProgress(work.value, pathId, before, after);
    });
  });

  function startAgain(): void {
    stage.value = 'learning';
    const choice = learnerChoice.choice.value;
    const store = learnerChoice.learnerStore();
    void plan.begin(choice?.kind === 'learner' && store !== undefined ? { learner: choice.learner, store } : undefined);
    work.value = [];
    answers.value = {};
    checksMissed.value = false;
    onNote.value = [];
    saved.value = undefined;
    pathToOpen.value = undefined;
    opened = new Set();
  }

  function pathOpened(pathId: string): void {
    opened.add(pathId);
    pathToOpen.value = undefined;
    const choice = learnerChoice.choice.value;
    if (choice?.kind === 'learner') options.onPathOpened?.(choice.learner.id, pathId);
  }

  /** Opens a path at once, back in the learning part of the session. */
  function openPath(pathId: string): void {
    stage.value = 'learning';
    pathToOpen.value = pathId;
  }

  function endSession(): void {
    stage.value = 'checks';
  }

  function backToLearning(): void {
    stage.value = 'learning';
  }

  function answer(check: CheckId, given: CheckAnswer): void {
    answers.value = { ...answers.value, [check]: given };
  }

  function isOnNote(resource: Resource): boolean {
    return onNote.value.some((added) => added.id === resource.id);
  }

  function toggleOnNote(resource: Resource): void {
    onNote.value = isOnNote(resource)
      ? onNote.value.filter((added) => added.id !== resource.id)
      : [...onNote.value, resource];
  }

  /** Saves the session to the learner's history; practice saves nothing. Can be asked again after a failure. */
  async function saveToHistory(): Promise<void> {
    const choice = learnerChoice.choice.value;
    const store = learnerChoice.learnerStore();
    if (choice?.kind !== 'learner' || store === undefined) {
      saved.value = { ok: true, message: 'This was practice, so nothing was saved.' };
      return;
    }
    const session = sessionForHistory(work.value, {
      learnerId: choice.learner.id,
      now: options.now(),
      postcode: options.postcode(),
      organisation: options.organisation(),
      paths: options.paths(),
    });
    const result = await store.saveSession(session);
    saved.value = result.ok
      ? { ok: true, message: `Today's session is saved in ${choice.learner.name}'s history on this computer.` }
      : result;
  }

  /**
   * Shows the handover note (the learner's plan) once every check has an answer and the plan's details can
   * be kept, then saves the session (once) and the plan (each time). Otherwise says what is missing.
   */
  async function makeHandoverNote(): Promise<void> {
    checksMissed.value = unansweredChecks(answers.value).length > 0;
    if (checksMissed.value) return;
    const problem = plan.check(onNote.value);
    plan.problem.value = problem;
    if (problem !== undefined) return;
    stage.value = 'handover';
    if (saved.value?.ok !== true) await saveToHistory();
    await plan.save(onNote.value);
    await plan.reloadProgress();
  }

  /** Back from the note to the checks, where the plan's details are, to change them and make the note again. */
  function changePlan(): void {
    stage.value = 'checks';
  }

  learnerChoice.choice.subscribe(() => startAgain());

  return {
    stage,
    plan,
    whatMatters,
    work,
    answers,
    checksMissed,
    onNote,
    saved,
    pathToOpen,
    services,
    pathOpened,
    openPath,
    endSession,
    backToLearning,
    answer,
    isOnNote,
    toggleOnNote,
    saveToHistory,
    makeHandoverNote,
    changePlan,
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
