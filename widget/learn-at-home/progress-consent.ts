import { computed, signal } from '@preact/signals';
import {
  forgetRememberedProgress,
  openRememberedProgress,
  rememberedProgressExists,
  type RememberedProgress,
} from '../../shared/store/open-remembered-progress.ts';
import type { StepOutcomes } from '../../shared/store/progress.ts';
import type { LearningServices, ProgressLoaded, ProgressSaved } from '../../shared/ui/services.ts';

/**
 * - 'checking': looking for progress kept on an earlier visit;
 * - 'not-asked': progress is kept while the page is open, and nothing is stored;
 * - 'kept-before': progress was kept on an earlier visit; it stays unopened until the resident chooses;
 * - 'remembering': the resident agreed, and progress is kept on this device.
 */
export type ConsentState = 'checking' | 'not-asked' | 'kept-before' | 'remembering';

const FORGET_FAILED = 'We could not forget your progress just now. Please try again.';

/**
 * Where "Learn at home" keeps progress, and the resident's say in it. Until `remember()`, progress lives
 * in memory and nothing at all is stored (no database opened or created, no cookies, no localStorage):
 * the issue asks for no storage before consent. `remember()` opens the device's database and adds what
 * was done so far; `forget()` deletes the database. `services` is what the path player calls, whichever
 * place is in use at that moment. Calls run one after another, so a save made while the database
 * opens is never lost. Nothing here throws: problems are plain-English messages in `problem`.
 */
export function createProgressConsent(databaseName: string) {
  const state = signal<ConsentState>('checking');
  const problem = signal<string | undefined>(undefined);
  /** Goes up on every forget, so the player can start afresh rather than show what was forgotten. */
  const forgotten = signal(0);
  /** The resident said "Not now" on this visit: nothing is kept, and they are not asked above every step. */
  const declined = signal(false);
  /**
   * True once the resident has said what they want on this visit (remember, not now, or forget), so the
   * question need not sit above every step. Progress kept from an earlier visit is still a question.
   */
  const answered = computed(() => state.value === 'remembering' || declined.value || forgotten.value > 0);
  /** True just after a choice, until what it now says has taken focus (wherever it is drawn). */
  const chose = signal(false);
  let inMemory = new Map<string, StepOutcomes>();
  let kept: RememberedProgress | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  function inTurn<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  }

  async function loadProgress(pathId: string): Promise<ProgressLoaded> {
    if (kept === undefined) return { ok: true, outcomes: inMemory.get(pathId) ?? {} };
    const loaded = await kept.get(pathId);
    return loaded.ok ? { ok: true, outcomes: loaded.value } : { ok: false, message: loaded.message };
  }

  async function saveProgress(pathId: string, outcomes: StepOutcomes): Promise<ProgressSaved> {
    if (kept === undefined) {
      inMemory.set(pathId, { ...outcomes });
      return { ok: true };
    }
    const saved = await kept.save(pathId, outcomes);
    return saved.ok ? { ok: true } : { ok: false, message: saved.message };
  }

  const services: LearningServices = {
    loadProgress: (pathId) => inTurn(() => loadProgress(pathId)),
    saveProgress: (pathId, outcomes) => inTurn(() => saveProgress(pathId, outcomes)),
  };

  /** Looks for progress from an earlier visit without opening, or creating, anything. */
  const check = () =>
    inTurn(async () => {
      const exists = await rememberedProgressExists(databaseName);
      if (state.value === 'checking') state.value = exists ? 'kept-before' : 'not-asked';
    });

  /**
   * The resident said "remember my progress" (or "carry on" after an earlier visit): keeps progress on
   * this device from now on, with what was done so far on this visit added to anything kept before.
   */
  const remember = () =>
    inTurn(async () => {
      if (kept !== undefined) return;
      const opened = await openRememberedProgress(databaseName);
      if (!opened.ok) {
        problem.value = opened.message;
        return;
      }
      const added = await opened.value.addProgress(inMemory);
      if (!added.ok) {
        opened.value.close();
        problem.value = added.message;
        return;
      }
      kept = opened.value;
      inMemory = new Map();
      problem.value = undefined;
      state.value = 'remembering';
    });

  /** Erases progress from this device, and from this visit's memory too, so every path starts afresh. */
  const forget = () =>
    inTurn(async () => {
      kept?.close();
      kept = undefined;
      inMemory = new Map();
      const erased = await forgetRememberedProgress(databaseName);
      if (!erased.ok) {
        problem.value = FORGET_FAILED;
        state.value = 'kept-before';
        return;
      }
      problem.value = undefined;
      state.value = 'not-asked';
      forgotten.value++;
    });

  /** "Not now": keeps progress in memory only, as before, and stops asking above every step. */
  function decline(): void {
    declined.value = true;
  }

  return { state, problem, forgotten, declined, answered, chose, services, check, remember, forget, decline };
}

export type ProgressConsent = ReturnType<typeof createProgressConsent>;
