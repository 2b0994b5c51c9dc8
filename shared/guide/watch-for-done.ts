import type { OnPage } from '../paths/learning-path.ts';
import { findTarget } from './find-target.ts';
import type { DoneHow } from './report.ts';
import type { SearchRoot } from './search-roots.ts';
import { watchPageChanges } from './watch-page-changes.ts';

/** Controls that say "I was changed" with a change event when a person types or picks in them. */
const FORM_CONTROLS = new Set(['input', 'select', 'textarea']);

type EventRule = [eventName: 'click' | 'keydown' | 'change', how: DoneHow, passes?: (event: Event) => boolean];

const isActivateKey = (event: Event) =>
  (event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ';
const isEnter = (event: Event) => (event as KeyboardEvent).key === 'Enter';

/*
 * Which events on the target finish a step, by its action. A typing step waits for the change event (the
 * text is in and the person moved on, or pressed Enter), not the first key: moving on mid-word would pull
 * the highlight away while they type. Picking from a list is a change too, as clicking a list only opens it.
 */
function eventRules(action: OnPage['action'], element: Element): EventRule[] {
  const isFormControl = FORM_CONTROLS.has(element.localName);
  switch (action) {
    case 'click':
      return [
        ['click', 'clicked'],
        ['keydown', 'clicked', isActivateKey],
      ];
    case 'type':
      return [
        ['change', 'typed'],
        ['keydown', 'typed', isEnter],
      ];
    case 'choose':
      return isFormControl
        ? [['change', 'chose']]
        : [
            ['click', 'chose'],
            ['keydown', 'chose', isActivateKey],
          ];
    default:
      return []; // read and wait: the helper moves on by hand
  }
}

/**
 * Calls `onDone` once, when the person has done the step pointed at by `element`:
 * - when the step has `doneWhen.appears`: as soon as that target is on the page (now, or after a change);
 * - when it has `doneWhen.urlMatches`: never here, as the panel watches the tab's address, and a click alone
 *   doesn't prove the page moved on (a form may show errors instead);
 * - otherwise by its action: click when they click it or press Enter or Space on it; type when they change
 *   its text; choose when they pick in it; read and wait never.
 * Only events the browser made for the person (`isTrusted`) count, so a page script's click never finishes a
 * step. Events are heard before the page's own handlers, so a page that stops them can't hide them. Returns the
 * function that stops watching.
 */
export function watchForDone(
  root: SearchRoot,
  element: Element,
  onPage: OnPage,
  onDone: (how: DoneHow) => void,
): () => void {
  let stop = () => {};
  const finish = (how: DoneHow) => {
    stop();
    onDone(how);
  };

  const { doneWhen } = onPage;
  if (doneWhen && 'appears' in doneWhen) {
    const check = () => {
      if (findTarget(root, doneWhen.appears)) finish('appeared');
    };
    stop = watchPageChanges(root, check);
    check();
    return () => stop();
  }
  if (doneWhen) return stop;

  const document = element.ownerDocument;
  const listeners = eventRules(onPage.action, element).map(([eventName, how, passes]) => {
    const listener = (event: Event) => {
      // Only a person's own action counts: a page script's click() or dispatchEvent is never trusted.
      if (event.isTrusted && event.composedPath().includes(element) && (passes?.(event) ?? true)) finish(how);
    };
    document.addEventListener(eventName, listener, true);
    return () => document.removeEventListener(eventName, listener, true);
  });
  stop = () => listeners.forEach((remove) => remove());
  return () => stop();
}
