import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { PanelMessageHandlers, PanelToContent } from '../../extension/messages/contract.ts';
import { onPanelMessage, sendToPanel } from '../../extension/messages/transport.ts';
import { runAsOnlyCopy } from '../../extension/page-layer.ts';
import { guideStep } from '../../shared/guide/guide-step.ts';
import type { GuideReport } from '../../shared/guide/report.ts';
import { guideOverlay, type GuideOverlay } from './guide-overlay.ts';

/** How long a page may take to show a step's target before the panel says it can't see it, in ms. */
const WAIT_FOR_TARGET_MS = 8000;

type ShowTarget = Extract<PanelToContent, { type: 'showTarget' }>;

/** The panel's report, in the message contract. */
function reportFor(stepKey: string, report: GuideReport) {
  const how = report.kind === 'done' ? report.how : undefined;
  return { type: 'guideReport', kind: report.kind, stepKey, ...(how && { how }) } as const;
}

/** Guides the steps the panel sends, one at a time, until stopped; gives the function that stops it. */
export function startPageGuide(): () => void {
  let overlay: GuideOverlay | undefined;
  let stopGuiding = () => {};

  const hide = () => stopGuiding();
  const show = ({ stepKey, onPage, say, look = { largeText: false, highContrast: false } }: ShowTarget) => {
    hide();
    // Made on first use and kept for the page's later steps.
    overlay ??= guideOverlay();
    const drawn = overlay;
    drawn.say(say, look);
    stopGuiding = guideStep(document, onPage, {
      point: (box, keepClear) => drawn.draw(box, keepClear),
      report: (report) => void sendToPanel(reportFor(stepKey, report)),
      timeoutMs: WAIT_FOR_TARGET_MS,
      smoothScroll: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
  };

  const handlers: PanelMessageHandlers<'showTarget' | 'hideTarget'> = { showTarget: show, hideTarget: hide };
  const handles = (message: PanelToContent) => message.type === 'showTarget' || message.type === 'hideTarget';
  // Answered, so the panel can tell the guide is in the page (the teaching script hears these too, and doesn't answer).
  const stopListening = onPanelMessage((message) => {
    if (handles(message)) handlers[message.type as 'showTarget' | 'hideTarget'](message as never);
  }, handles);
  return () => {
    stopListening();
    hide();
    overlay?.remove();
  };
}

/*
 * The page guide: points at a step's target on the page the helper and learner are using. Not in the
 * manifest: the panel puts it into a tab with scripting.executeScript, only on a site a path names and the
 * helper allowed (extension/page-guide.ts). An unlisted script, not a WXT content script: WXT's content
 * script context listens for a page event to stop older copies, which any page could send to stop the
 * guide. The work is done by shared/guide; this file wires it to messages and the overlay.
 */
export default defineUnlistedScript(() => runAsOnlyCopy('guide', startPageGuide));
