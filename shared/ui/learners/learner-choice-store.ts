import { signal } from '@preact/signals';
import type { Learner } from '../../store/learner.ts';
import type { LearnerStore } from '../../store/open-learner-store.ts';
import type { StoreResult } from '../../store/store-result.ts';
import { inMemoryLearningServices } from '../learning/in-memory-learning-services.ts';
import { learnerStoreServices } from './learner-store-services.ts';
import type { LearningServices } from '../services.ts';

/** Who is learning: someone whose progress is saved on this computer, or nobody (nothing saved). */
export type LearnerChoice =
  | { readonly kind: 'learner'; readonly learner: Learner; readonly services: LearningServices }
  | { readonly kind: 'practice'; readonly services: LearningServices };

const LIST_PROBLEM =
  'Signpost could not show everyone learning on this computer just now. Close Signpost and open it again to see them.';

/**
 * Asks who is learning before the first path, so progress is saved only under a name the person gave,
 * or not at all. `openStore` opens the learner store (openLearnerStore); if it fails, only practice is offered.
 */
export function createLearnerChoiceStore(openStore: () => Promise<StoreResult<LearnerStore>>) {
  const ready = signal(false);
  const learners = signal<readonly Learner[]>([]);
  /** Why nothing can be saved on this computer: then only practice is offered. */
  const storeProblem = signal<string | undefined>(undefined);
  /**
   * True when trying again may help: another Signpost page held the saved learners at an older version, or
   * opening them failed. Not when the browser saves nothing at all, or the data is from a newer Signpost.
   */
  const canTryAgain = signal(false);
  /** Why the list of learners may be out of date. Saving still works, so the panel stays as it is. */
  const listProblem = signal<string | undefined>(undefined);
  const name = signal('');
  const nameProblem = signal<string | undefined>(undefined);
  const choice = signal<LearnerChoice | undefined>(undefined);
  let store: LearnerStore | undefined;

  /**
   * Lists the learners on this computer again, after a file was opened or someone erased. A failed read
   * keeps the last list and says so in its own words: the store's messages are about saving, and nothing
   * failed to save.
   */
  async function reloadLearners(): Promise<void> {
    if (store === undefined) return;
    const listed = await store.listLearners();
    if (listed.ok) learners.value = listed.value;
    listProblem.value = listed.ok ? undefined : LIST_PROBLEM;
  }

  async function load(): Promise<void> {
    const opened = await openStore();
    if (opened.ok) {
      store = opened.value;
      storeProblem.value = undefined;
      canTryAgain.value = false;
      await reloadLearners();
    } else {
      storeProblem.value = opened.message;
      canTryAgain.value = opened.kind === 'blocked' || opened.kind === 'failed';
    }
    ready.value = true;
  }

  function choose(learner: Learner): void {
    if (store === undefined) return;
    choice.value = { kind: 'learner', learner, services: learnerStoreServices(store, learner.id) };
  }

  /** Adds the typed name (the store refuses anything but a first name or nickname) and chooses them. */
  async function addLearner(): Promise<void> {
    if (store === undefined) return;
    const added = await store.addLearner(name.value);
    if (!added.ok) {
      nameProblem.value = added.message;
      return;
    }
    nameProblem.value = undefined;
    name.value = '';
    learners.value = [...learners.value, added.value];
    choose(added.value);
  }

  function practise(): void {
    choice.value = { kind: 'practice', services: inMemoryLearningServices() };
  }

  function changeLearner(): void {
    choice.value = undefined;
  }

  /** The learner store once open; undefined before, or when this browser will not save anything. */
  const learnerStore = (): LearnerStore | undefined => store;

  return {
    ready,
    learners,
    storeProblem,
    canTryAgain,
    listProblem,
    name,
    nameProblem,
    choice,
    load,
    reloadLearners,
    learnerStore,
    choose,
    addLearner,
    practise,
    changeLearner,
  };
}

export type LearnerChoiceStore = ReturnType<typeof createLearnerChoiceStore>;
