import { effect, signal } from '@preact/signals';
import { pageMatches } from '../../../paths/is-on-page.ts';
import type { Step } from '../../../paths/learning-path.ts';
import type { PathStore } from '../path-store.ts';
import type { GuideEvent, GuideShown, PageGuide } from '../../services.ts';

/** What Show me says under the step: ready to press, looking, the page's answer, or why it could not point. */
export type ShowMeState =
  | { kind: 'ready' }
  /** The person pressed Escape on the page: the mark is gone until Show me is pressed again. */
  | { kind: 'dismissed' }
  /** `asking`: after a press, when the browser may be asking the helper to let Signpost use the site. */
  | { kind: 'looking'; asking: boolean }
  | { kind: 'found' }
  | { kind: 'missing' }
  | Exclude<GuideShown, { kind: 'shown' }>;

/** Show me is for steps on a real page, and never for hands-off steps, where the helper steps back. */
export function canShowMe(step: Step): step is Step & { onPage: NonNullable<Step['onPage']> } {
  return step.onPage !== undefined && step.who !== 'hands-off';
}

/** The step a report is about: path and step id, so a late report is not taken for the next step. */
export function stepKey(pathId: string, stepId: string): string {
  return `${pathId}/${stepId}`;
}

/**
 * Show me for one path being played. After a press it keeps guiding: each new step, and each page the
 * tab loads (a reload, or the next page), is shown by itself until the helper stops or the person
 * presses Escape on the page. A step is done by itself when the page says so or the tab reaches the
 * step's doneWhen page; the helper can always move on by hand.
 */
export function createShowMe(guide: PageGuide, store: PathStore) {
  const state = signal<ShowMeState>({ kind: 'ready' });
  let guiding = false;
  const currentKey = () => stepKey(store.path.id, store.step.value.id);
  /** Where the player is: the screen and the step, so finishing the path also counts as a move. */
  const place = () => `${store.screen.value}:${currentKey()}`;

  async function showStep(fromClick: boolean, anywhere = false): Promise<void> {
    const step = store.step.value;
    if (store.screen.value !== 'step' || !canShowMe(step)) {
      guide.hide();
      state.value = { kind: 'ready' };
      return;
    }
    const key = currentKey();
    state.value = { kind: 'looking', asking: fromClick };
    const shown = await guide.show({ stepKey: key, onPage: step.onPage, say: step.say }, { fromClick, anywhere });
    // The page's found or missing report may come first; a step that moved on has its own answer.
    if (shown.kind === 'shown' || currentKey() !== key) return;
    state.value = shown;
  }

  /** The Show me button; `anywhere` after the helper chose to go on although the address does not match. */
  function press(anywhere = false): Promise<void> {
    guiding = true;
    return showStep(true, anywhere);
  }

  function stop(after: ShowMeState = { kind: 'ready' }): void {
    guiding = false;
    guide.hide();
    state.value = after;
  }

  function reachedDonePage(url: string | undefined): boolean {
    const doneWhen = store.step.value.onPage?.doneWhen;
    return (
      url !== undefined && doneWhen !== undefined && 'urlMatches' in doneWhen && pageMatches(doneWhen.urlMatches, url)
    );
  }

  function hear(event: GuideEvent): void {
    if (!guiding) return;
    if (event.kind === 'page-changed') {
      if (reachedDonePage(event.url)) void store.endStep('done');
      else void showStep(false);
      return;
    }
    if (event.stepKey !== currentKey()) return;
    if (event.kind === 'done') void store.endStep('done');
    else if (event.kind === 'dismissed') stop({ kind: 'dismissed' });
    else state.value = { kind: event.kind };
  }

  /** Starts hearing the page and following the steps; returns a function that stops and takes the highlight away. */
  function start(): () => void {
    const stopListening = guide.listen(hear);
    let shownPlace = place();
    const stopFollowing = effect(() => {
      const now = place();
      if (now === shownPlace) return;
      shownPlace = now;
      if (guiding) void showStep(false);
      else state.value = { kind: 'ready' };
    });
    return () => {
      stopListening();
      stopFollowing();
      guide.hide();
    };
  }

  return { state, press, stop, start };
}

export type ShowMe = ReturnType<typeof createShowMe>;
