import { teachableElement } from './describe-element.ts';
import { searchRoots } from './search-roots.ts';

/*
 * Teaching by pointing: the helper clicks the thing a step is about on the real page, and Signpost keeps
 * what it is called. The click must not reach the page (nothing is followed, sent or changed), so every
 * press is caught on the way down, at the window, and stopped there. Only the person's own presses count:
 * a page script's made-up click can't choose for them.
 */

/** Everything a press sends on its way; each is stopped so the page never sees it. */
const PRESS_EVENTS = [
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'touchstart',
  'touchend',
] as const;

export interface PointingOptions {
  /** The thing the pointer is over now (undefined when off the page), to show what a click would choose. */
  onHover(element: Element | undefined): void;
  /** The helper chose `element` (a click, or Enter or Space on what has focus). Pointing has stopped. */
  onChosen(element: Element): void;
  /** The helper pressed Escape. Pointing has stopped. */
  onCancelled(): void;
}

/** The element a person is pointing at, inside open shadow roots too. */
function pointedAt(event: Event): Element | undefined {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : undefined;
}

/** The element with focus, inside open shadow roots and same-origin frames. */
function focusedIn(document: Document): Element | undefined {
  let focused: Element | null = document.activeElement;
  for (;;) {
    const inner: Element | null | undefined =
      focused?.shadowRoot?.activeElement ??
      (focused?.localName === 'iframe' ? (focused as HTMLIFrameElement).contentDocument?.activeElement : undefined);
    if (!inner) break;
    focused = inner;
  }
  return focused === null || focused === document.body ? undefined : focused;
}

/**
 * Lets the helper point at something on the page in `root` (and the same-origin frames in it): a click on
 * it, or Enter or Space on the thing with focus (keyboard users Tab to it first), chooses it; Escape stops.
 * Presses never reach the page. Returns the function that stops pointing without choosing.
 */
export function pointToTeach(root: Document, { onHover, onChosen, onCancelled }: PointingOptions): () => void {
  const windows = searchRoots(root)
    .filter((each): each is Document => each.nodeType === Node.DOCUMENT_NODE)
    .map((document) => document.defaultView!);
  let stopped = false;

  const stop = () => {
    stopped = true;
    for (const window of windows) {
      for (const name of PRESS_EVENTS) window.removeEventListener(name, onPress, true);
      window.removeEventListener('pointerover', onOver, true);
      window.removeEventListener('keydown', onKey, true);
    }
    onHover(undefined);
  };
  const choose = (element: Element) => {
    stop();
    onChosen(teachableElement(element));
  };
  function onPress(event: Event) {
    if (stopped || !event.isTrusted) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const element = pointedAt(event);
    // A touch is stopped before the browser makes a click of it, so the touch's end chooses.
    if ((event.type === 'click' || event.type === 'touchend') && element) choose(element);
  }
  function onOver(event: Event) {
    const element = pointedAt(event);
    if (event.isTrusted) onHover(element && teachableElement(element));
  }
  function onKey(event: KeyboardEvent) {
    if (stopped || !event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      stop();
      onCancelled();
      return;
    }
    const focused = focusedIn(root);
    if ((event.key === 'Enter' || event.key === ' ') && focused) {
      event.preventDefault();
      event.stopImmediatePropagation();
      choose(focused);
    }
  }

  for (const window of windows) {
    // passive: false, so a touch can be stopped before it scrolls or clicks.
    for (const name of PRESS_EVENTS) window.addEventListener(name, onPress, { capture: true, passive: false });
    window.addEventListener('pointerover', onOver, true);
    window.addEventListener('keydown', onKey, true);
  }
  return stop;
}
