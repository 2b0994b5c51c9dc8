import { computed, signal } from '@preact/signals';
import type { LearningPath, StepOutcome } from '../../paths/learning-path.ts';
import {
  currentStep,
  goBack,
  goForward,
  isFinished,
  recordOutcome,
  resumePath,
  startPath,
  stepCounter,
  type PathProgress,
} from '../../paths/progress.ts';
import type { StepOutcomes } from '../../store/progress.ts';
import type { LearningServices } from '../services.ts';

/** What the player shows: "start" is the goal and the "what you'll need" check before step 1. */
export type PathScreen = 'loading' | 'start' | 'step' | 'finished';

/** How the resident ends a step. "I did it" after "I need help" is saved as needed-help. */
export type StepEnding = 'done' | 'skipped';

/**
 * The path as it was left: saved outcomes of steps the path still has, on the first step with none (or
 * finished when every step has one). Undefined when no step of the path has an outcome.
 */
function reopenPath(path: LearningPath, saved: StepOutcomes, now: Date): PathProgress | undefined {
  const outcomes: StepOutcomes = Object.fromEntries(
    path.steps.flatMap((step) => {
      const outcome = saved[step.id];
      return outcome === undefined ? [] : [[step.id, outcome] as const];
    }),
  );
  if (Object.keys(outcomes).length === 0) return undefined;
  // resumePath lands on the first step not flagged: flagging every step with an outcome makes that the first one untried.
  const resumed = resumePath(
    path,
    path.steps.map((step) => outcomes[step.id] !== undefined),
    now,
  );
  return { ...resumed, outcomes };
}

/**
 * One learning path being played, as small signals. Every change of step goes through progress.ts; each
 * outcome is saved through `services` at once, so closing the page loses nothing. `now` is the clock.
 */
export function createPathStore(path: LearningPath, services: LearningServices, now: () => Date = () => new Date()) {
  const screen = signal<PathScreen>('loading');
  const progress = signal<PathProgress>(startPath(path, now()));
  /** The resident's answers to "Do you have this?", by need id. */
  const needAnswers = signal<Readonly<Record<string, boolean>>>({});
  /** True after "I need help" on the step on screen: "I did it" then counts as done with help. */
  const askedForHelp = signal(false);
  const stuckOpen = signal(false);
  /** Why progress could not be loaded or saved, said plainly; the path still works without it. */
  const problem = signal<string | undefined>(undefined);

  const step = computed(() => currentStep(path, progress.value));
  const counter = computed(() => stepCounter(path, progress.value));
  const missingNeeds = computed(() => path.needs.filter((need) => needAnswers.value[need.id] === false));

  async function save(): Promise<void> {
    const saved = await services.saveProgress(path.id, progress.value.outcomes);
    problem.value = saved.ok ? undefined : saved.message;
  }

  function showStep(next: PathProgress): void {
    progress.value = next;
    askedForHelp.value = false;
    stuckOpen.value = false;
  }

  /**
   * Picks up at the first step with no outcome, knowing which were done with help or skipped; a path
   * never started opens on its start screen, and one where every step has an outcome on its summary.
   */
  async function open(): Promise<void> {
    const loaded = await services.loadProgress(path.id);
    problem.value = loaded.ok ? undefined : loaded.message;
    const resumed = loaded.ok ? reopenPath(path, loaded.outcomes, now()) : undefined;
    if (resumed === undefined) {
      screen.value = 'start';
      return;
    }
    showStep(resumed);
    screen.value = isFinished(path, resumed) ? 'finished' : 'step';
  }

  function answerNeed(needId: string, has: boolean): void {
    needAnswers.value = { ...needAnswers.value, [needId]: has };
  }

  function beginSteps(): void {
    screen.value = 'step';
  }

  function askForHelp(): void {
    askedForHelp.value = true;
    stuckOpen.value = true;
  }

  function endStep(ending: StepEnding): Promise<void> {
    const outcome: StepOutcome = ending === 'done' && askedForHelp.value ? 'needed-help' : ending;
    const next = recordOutcome(path, progress.value, outcome, now());
    showStep(next);
    if (isFinished(path, next)) screen.value = 'finished';
    return save();
  }

  function next(): void {
    showStep(goForward(path, progress.value));
  }

  function back(): void {
    showStep(goBack(path, progress.value));
  }

  function startAgain(): Promise<void> {
    showStep(startPath(path, now()));
    needAnswers.value = {};
    screen.value = 'start';
    return save();
  }

  return {
    path,
    screen,
    progress,
    needAnswers,
    askedForHelp,
    stuckOpen,
    problem,
    step,
    counter,
    missingNeeds,
    open,
    answerNeed,
    beginSteps,
    askForHelp,
    endStep,
    next,
    back,
    startAgain,
  };
}

export type PathStore = ReturnType<typeof createPathStore>;
