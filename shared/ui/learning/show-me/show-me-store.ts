import { effect, signal } from '@preact/signals';
import type { GuideLook } from '../../../guide/look.ts';
import type { PagePattern } from '../../../guide/page-pattern.ts';
import { isOnPage, pageMatches } from '../../../paths/is-on-page.ts';
import type { OnPage, Step, Target } from '../../../paths/learning-path.ts';
import { onPageWithFix, type StepFix } from '../../../paths/step-fix.ts';
import type { PathStore } from '../path-store.ts';
import type { GuideEvent, GuideShown, PageGuide, TaughtTargets } from '../../services.ts';
import { dayOf } from './taught-targets.ts';
import { pointingBanner } from './target-words.ts';

/** What Show me says under the step: ready to press, looking, the page's answer, or why it could not point. */
export type ShowMeState =
  | { kind: 'ready' }
  /** The person pressed Escape on the page: the mark is gone until Show me is pressed again. */
  | { kind: 'dismissed' }
  /** `asking`: after a press, when the browser may be asking the helper to let Signpost use the site. */
  | { kind: 'looking'; asking: boolean }
  | { kind: 'found' }
  | { kind: 'missing' }
  | Exclude<GuideShown, { kind: 'shown' }>
  /** Teaching a step with no mark: the page is guessing what the step's words mean. */
  | { kind: 'guessing' }
  /** The guess is ringed on the page: "Is it this one?" */
  | { kind: 'is-it-this'; fix: StepFix }
  /** Nothing on the page fits the step's words. */
  | { kind: 'no-guess' }
  /** The helper is pointing at the thing on the page. */
  | { kind: 'pointing' }
  /** The helper pointed at something: what Signpost learnt, waiting for "Keep it". */
  | { kind: 'learnt'; fix: StepFix };

const PLAIN: GuideLook = { largeText: false, highContrast: false };

/** Show me is for steps on a real page, and never for hands-off steps, where the helper steps back. */
export function canShowMe(step: Step, onPage = step.onPage): onPage is OnPage {
  return onPage !== undefined && step.who !== 'hands-off';
}

/** The step a report is about: path and step id, so a late report is not taken for the next step. */
export function stepKey(pathId: string, stepId: string): string {
  return `${pathId}/${stepId}`;
}

export interface ShowMeOptions {
  /** The organisation's fixes: used before the step's own place, kept when the helper teaches one. */
  taught?: TaughtTargets;
  /** How the player looks now, for the bubble on the page. */
  look?: () => GuideLook;
  now?: () => Date;
}

/**
 * Show me for one path being played. After a press it keeps guiding: each new step, and each page the
 * tab loads (a reload, or the next page), is shown by itself until the helper stops or the person
 * presses Escape on the page. A step is done by itself when the page says so or the tab reaches the
 * step's doneWhen page; the helper can always move on by hand.
 *
 * A step with no mark on the page (no target, and no fix taught) can be taught: Show me guesses from the
 * step's words and asks "Is it this one?"; or the helper points at it. What is kept is the organisation's
 * fix, used before the step's own place from then on.
 */
export function createShowMe(guide: PageGuide, store: PathStore, options: ShowMeOptions = {}) {
  const { taught, look = () => PLAIN, now = () => new Date() } = options;
  const state = signal<ShowMeState>({ kind: 'ready' });
  /** What teaching just did, in plain words: kept, forgotten, or why not. Cleared when the step changes. */
  const notice = signal<string | undefined>(undefined);
  let guiding = false;
  const currentKey = () => stepKey(store.path.id, store.step.value.id);
  const fix = () => taught?.fixFor(store.path.id, store.step.value.id);
  /** Where the step happens and what to point at: its fix's when it has one. */
  const onPage = () => onPageWithFix(store.step.value, fix());
  /** Where the player is: the screen and the step, so finishing the path also counts as a move. */
  const stepPlace = () => `${store.screen.value} ${currentKey()}`;
  /** And where the step points, so a fix kept or forgotten counts as a move too. */
  const place = () => `${stepPlace()} ${JSON.stringify(onPage() ?? null)}`;
  const teaching = () => ['guessing', 'is-it-this', 'pointing', 'learnt'].includes(state.value.kind);

  async function showStep(fromClick: boolean, anywhere = false): Promise<void> {
    const step = store.step.value;
    const where = onPage();
    if (store.screen.value !== 'step' || !canShowMe(step, where) || where.target === undefined) {
      guide.hide();
      state.value = { kind: 'ready' };
      return;
    }
    const key = currentKey();
    state.value = { kind: 'looking', asking: fromClick };
    const request = { stepKey: key, onPage: where, say: step.say, look: look() };
    const shown = await guide.show(request, { fromClick, anywhere });
    // The page's found or missing report may come first; a step that moved on has its own answer.
    if (shown.kind === 'shown' || currentKey() !== key) return;
    state.value = shown;
  }

  /** Asks the page what this step with no mark most likely means. */
  async function guess(): Promise<void> {
    const step = store.step.value;
    const where = onPage();
    if (!canShowMe(step, where)) return;
    const key = currentKey();
    state.value = { kind: 'guessing' };
    const shown = await guide.guess(
      { stepKey: key, onPage: where, title: step.title, say: step.say },
      { fromClick: true },
    );
    if (shown.kind !== 'shown' && currentKey() === key) state.value = shown;
  }

  /** The Show me button; `anywhere` after the helper chose to go on although the address does not match. */
  function press(anywhere = false): Promise<void> {
    notice.value = undefined;
    if (onPage()?.target === undefined) return guess();
    guiding = true;
    return showStep(true, anywhere);
  }

  function stop(after: ShowMeState = { kind: 'ready' }): void {
    guiding = false;
    guide.hide();
    state.value = after;
  }

  /** "Point to it on the page": the helper's next click on the page is what the step is about. */
  async function point(): Promise<void> {
    const step = store.step.value;
    const where = onPage();
    if (!canShowMe(step, where)) return;
    const key = currentKey();
    notice.value = undefined;
    guiding = false;
    guide.hide();
    state.value = { kind: 'pointing' };
    const say = pointingBanner(store.counter.value.number, step.title);
    const shown = await guide.point({ stepKey: key, onPage: where, say }, { fromClick: true });
    if (shown.kind !== 'shown' && currentKey() === key) state.value = shown;
  }

  /** The fix that `target`, found on `page`, makes for the step on screen. */
  function fixFrom(target: Target, page: PagePattern | undefined): StepFix {
    const step = store.step.value;
    const where = onPage() ?? { site: page?.site ?? '', action: 'click' as const };
    // The step's own site stays when the page is on it ("https://*.nhs.uk" covers "https://www.nhs.uk").
    const site = page === undefined || isOnPage({ site: where.site }, `${page.site}/`) ? where.site : page.site;
    return {
      pathId: store.path.id,
      stepId: step.id,
      onPage: { site, ...(page && site === where.site && { page: page.page }), action: where.action, target },
      taught: dayOf(now()),
    };
  }

  async function keep(kept: StepFix): Promise<void> {
    if (taught === undefined) return;
    const saved = await taught.keep(kept);
    if (!saved.ok) {
      notice.value = saved.message;
      return;
    }
    notice.value = 'Kept. Show me will point at it on this step from now on.';
    guiding = true;
    await showStep(false);
  }

  /** "Yes" to "Is it this one?": the guess becomes the organisation's fix. */
  function confirmGuess(): Promise<void> {
    return state.value.kind === 'is-it-this' ? keep(state.value.fix) : Promise.resolve();
  }

  /** "Keep it" after pointing. */
  function keepLearnt(): Promise<void> {
    return state.value.kind === 'learnt' ? keep(state.value.fix) : Promise.resolve();
  }

  /** Back to the path's own step: the organisation's fix for it is forgotten. */
  async function useBuiltIn(): Promise<void> {
    if (taught === undefined) return;
    const forgotten = await taught.forget(store.path.id, store.step.value.id);
    notice.value = forgotten.ok ? 'Show me uses the built-in step again.' : forgotten.message;
  }

  function reachedDonePage(url: string | undefined): boolean {
    const doneWhen = onPage()?.doneWhen;
    return (
      url !== undefined && doneWhen !== undefined && 'urlMatches' in doneWhen && pageMatches(doneWhen.urlMatches, url)
    );
  }

  function hearTeaching(event: Exclude<GuideEvent, { kind: 'page-changed' }>): void {
    if (event.kind === 'guessed' && state.value.kind === 'guessing') {
      if (event.target === undefined) {
        state.value = { kind: 'no-guess' };
        return;
      }
      const guessed = fixFrom(event.target, event.page);
      state.value = { kind: 'is-it-this', fix: guessed };
      const step = store.step.value;
      void guide.show(
        { stepKey: currentKey(), onPage: guessed.onPage, say: step.say, look: look() },
        { fromClick: false },
      );
    } else if (event.kind === 'taught' && state.value.kind === 'pointing') {
      state.value = { kind: 'learnt', fix: fixFrom(event.target, event.page) };
    } else if (event.kind === 'stopped-pointing' && state.value.kind === 'pointing') {
      state.value = { kind: 'ready' };
    }
  }

  function hear(event: GuideEvent): void {
    if (event.kind === 'page-changed') {
      if (!guiding) return;
      if (reachedDonePage(event.url)) void store.endStep('done');
      else void showStep(false);
      return;
    }
    if (event.stepKey !== currentKey()) return;
    if (teaching()) return hearTeaching(event);
    if (!guiding) return;
    if (event.kind === 'done') void store.endStep('done');
    else if (event.kind === 'dismissed') stop({ kind: 'dismissed' });
    else if (event.kind === 'found' || event.kind === 'missing') {
      state.value = { kind: event.kind };
      if (event.kind === 'found' && fix() !== undefined) taught?.seenWorking(store.path.id, store.step.value.id);
    }
  }

  /** Starts hearing the page and following the steps; returns a function that stops and takes the highlight away. */
  function start(): () => void {
    const stopListening = guide.listen(hear);
    let shownPlace = place();
    let shownStep = stepPlace();
    const stopFollowing = effect(() => {
      const now = place();
      if (now === shownPlace) return;
      const sameStep = stepPlace() === shownStep;
      shownPlace = now;
      shownStep = stepPlace();
      if (!sameStep) notice.value = undefined;
      if (guiding) void showStep(false);
      else if (!teaching() || !sameStep) {
        guide.hide();
        state.value = { kind: 'ready' };
      }
    });
    return () => {
      stopListening();
      stopFollowing();
      guide.hide();
    };
  }

  /** Shows the step again as the player now looks (Bigger text or High contrast changed), if it is showing. */
  function restyle(): void {
    if (guiding && state.value.kind === 'found') void showStep(false);
  }

  return {
    state,
    notice,
    fix,
    onPage,
    press,
    stop,
    point,
    confirmGuess,
    keepLearnt,
    useBuiltIn,
    restyle,
    start,
  };
}

export type ShowMe = ReturnType<typeof createShowMe>;
