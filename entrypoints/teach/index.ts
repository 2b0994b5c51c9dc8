import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { PanelMessageHandlers, PanelToContent } from '../../extension/messages/contract.ts';
import { onPanelMessage, sendToPanel } from '../../extension/messages/transport.ts';
import { pageLayer, runAsOnlyCopy } from '../../extension/page-layer.ts';
import { describeElement } from '../../shared/guide/describe-element.ts';
import { guessWhenSettled } from '../../shared/guide/guess-target.ts';
import { highlightBox } from '../../shared/guide/highlight-box.ts';
import { pointToTeach } from '../../shared/guide/point-to-teach.ts';
import css from './teach-overlay.css?inline';

/** How long the page must be still before guessing, and the longest to wait for a late page, in ms. */
const SETTLE = { quietMs: 300, mostMs: 3000 };

type Message<T extends PanelToContent['type']> = Extract<PanelToContent, { type: T }>;

/** Teaches the steps the panel asks about until stopped; gives the function that stops it. */
export function startTeaching(): () => void {
  let stopPointing = () => {};
  let guessing = new AbortController();
  let layer: ReturnType<typeof pageLayer> | undefined;

  const stopAll = () => {
    guessing.abort();
    stopPointing();
  };

  const guess = async ({ stepKey, title, say, action }: Message<'guessTarget'>) => {
    stopAll();
    guessing = new AbortController();
    const guessed = await guessWhenSettled(document, { title, say }, action, { ...SETTLE, signal: guessing.signal });
    if (guessing.signal.aborted) return;
    void sendToPanel({ type: 'guessReport', stepKey, ...(guessed && { target: describeElement(guessed) }) });
  };

  const point = ({ stepKey, say }: Message<'pointToTeach'>) => {
    stopAll();
    layer ??= pageLayer('signpost-teach', css);
    layer.keepOnPage();
    const banner = Object.assign(document.createElement('p'), { className: 'banner', textContent: say });
    const outline = Object.assign(document.createElement('div'), { className: 'outline', hidden: true });
    // The banner is read by screen readers (role status): the helper may be using one on this page.
    banner.setAttribute('role', 'status');
    outline.setAttribute('aria-hidden', 'true');
    layer.root.replaceChildren(banner, outline);
    const clear = () => layer?.root.replaceChildren();
    const stop = pointToTeach(document, {
      onHover(element) {
        outline.hidden = element === undefined;
        if (element === undefined) return;
        const { top, left, width, height } = highlightBox(element);
        Object.assign(outline.style, {
          top: `${top - 4}px`,
          left: `${left - 4}px`,
          width: `${width + 8}px`,
          height: `${height + 8}px`,
        });
      },
      onChosen(element) {
        clear();
        void sendToPanel({ type: 'teachReport', stepKey, kind: 'taught', target: describeElement(element) });
      },
      onCancelled() {
        clear();
        void sendToPanel({ type: 'teachReport', stepKey, kind: 'stopped' });
      },
    });
    stopPointing = () => {
      stop();
      clear();
    };
  };

  const handlers: PanelMessageHandlers<'guessTarget' | 'pointToTeach' | 'hideTarget'> = {
    guessTarget: (message) => void guess(message),
    pointToTeach: point,
    hideTarget: stopAll,
  };
  const stopListening = onPanelMessage((message) => {
    if (Object.hasOwn(handlers, message.type)) handlers[message.type as keyof typeof handlers](message as never);
  });
  return () => {
    stopListening();
    stopAll();
    layer?.remove();
  };
}

/*
 * Teaching Signpost where things are (issue: point to teach): guesses from a step's words what it means on
 * this page, and lets the helper point at it. Put into a tab by the panel only when a helper teaches, so
 * the page guide that runs on every Show me stays small. An unlisted script, as the page guide is (see
 * entrypoints/guide/index.ts for why).
 */
export default defineUnlistedScript(() => runAsOnlyCopy('teach', startTeaching));
