import type { OnPage } from '../paths/learning-path.ts';
import { followElement } from './follow-element.ts';
import type { Box } from './highlight-box.ts';
import { boxesOf, keepClearOf } from './keep-clear.ts';
import { listenForEscape } from './listen-for-escape.ts';
import { scrollBelowHeaders } from './scroll-below-headers.ts';
import { waitForTarget } from './wait-for-target.ts';
import type { GuideReport } from './report.ts';
import { watchForDone } from './watch-for-done.ts';

export interface GuideStepOptions {
  /**
   * Draws the highlight over `box` (CSS px in the viewport), keeping its words clear of each box in `keepClear`
   * (the target's label, an error summary); undefined takes it away. Called in an animation frame after the
   * page was measured: draw without reading the page's layout again.
   */
  point: (box: Box | undefined, keepClear: readonly Box[]) => void;
  /** Hears what happened, once per found, missing, done or dismissed. */
  report: (report: GuideReport) => void;
  /** How long to wait for the target to appear, in milliseconds, before reporting it missing. */
  timeoutMs: number;
  /** False when the person prefers reduced motion: scroll without animation. */
  smoothScroll: boolean;
}

/**
 * Guides one step on the page in `root`: waits for the step's target, scrolls it clear of sticky headers,
 * has it highlighted and follows it, and reports when it is found, missing or done. Escape, pressed on the page
 * or in a same-origin frame on it, sends the highlight away (the page still hears the key: it may have its own
 * use for it). When a single-page app swaps the target for a new one, the guide looks for it again. Never moves
 * focus. Does nothing for a step with no target. Returns the function that stops guiding and takes the
 * highlight away.
 */
export function guideStep(root: Document, onPage: OnPage, options: GuideStepOptions): () => void {
  const { target } = onPage;
  const { point, report, timeoutMs, smoothScroll } = options;
  const lookingFor = new AbortController();
  let stopFollowing = () => {};
  let stopWatchingForDone = () => {};
  let stopListeningForEscape = () => {};

  const letGoOfTarget = () => {
    stopFollowing();
    stopWatchingForDone();
    point(undefined, []);
  };
  const stop = () => {
    lookingFor.abort();
    letGoOfTarget();
    stopListeningForEscape();
  };
  const dismiss = () => {
    stop();
    report({ kind: 'dismissed' });
  };

  const look = async () => {
    if (target === undefined) return;
    const search = await waitForTarget(root, target, { timeoutMs, signal: lookingFor.signal });
    if (search.kind === 'cancelled') return;
    if (search.kind === 'missing') {
      stop();
      report({ kind: 'missing' });
      return;
    }
    // Finding and drawing each take a while on a long page: in two tasks, neither holds the page up for long.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (lookingFor.signal.aborted) return;
    scrollBelowHeaders(search.element, smoothScroll);
    let lost = false;
    const follower = followElement(search.element, (box) => {
      // Read straight after the target's own box, before anything is drawn: one layout for the frame.
      if (box) return point(box, boxesOf(keepClearOf(search.element)));
      lost = true;
      letGoOfTarget();
      void look();
    });
    stopFollowing = follower;
    if (lost) return follower(); // gone before it was drawn: the new look has taken over
    report({ kind: 'found' });
    stopWatchingForDone = watchForDone(root, search.element, onPage, (how) => {
      stop();
      report({ kind: 'done', how });
    });
  };

  if (target !== undefined) stopListeningForEscape = listenForEscape(root, dismiss);
  void look();
  return stop;
}
