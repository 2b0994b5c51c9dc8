import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PanelMessageHandlers, PanelToContent } from '../../extension/messages/contract.ts';
import { onPanelMessage, sendToPanel } from '../../extension/messages/transport.ts';
import { guideStep } from '../../shared/guide/guide-step.ts';
import type { GuideReport } from '../../shared/guide/report.ts';
import css from './guide-overlay.css?inline';
import { guideOverlay, type GuideOverlay } from './guide-overlay.ts';

/** How long a page may take to show a step's target before the panel says it can't see it, in ms. */
const WAIT_FOR_TARGET_MS = 8000;

type ShowTarget = Extract<PanelToContent, { type: 'showTarget' }>;

/** The panel's report, in the message contract. */
function reportFor(stepKey: string, report: GuideReport) {
  const how = report.kind === 'done' ? report.how : undefined;
  return { type: 'guideReport', kind: report.kind, stepKey, ...(how && { how }) } as const;
}

/** The overlay's shadow root, made on first use and kept for the page's later steps. */
function overlayMaker(ctx: ContentScriptContext): () => Promise<GuideOverlay> {
  let made: Promise<ShadowRootContentScriptUi<GuideOverlay>> | undefined;
  return async () => {
    made ??= createShadowRootUi(ctx, {
      name: 'signpost-guide',
      position: 'overlay',
      zIndex: 2147483647,
      // On <html>, not <body>: a transform on body (page-transition scripts add one) would pin "fixed" to it.
      anchor: 'html',
      css,
      onMount: guideOverlay,
    }).then((ui) => {
      ui.mount();
      return ui;
    });
    return (await made).mounted!;
  };
}

/*
 * The page guide: points at a step's target on the page the helper and learner are using. Not in the
 * manifest: the panel puts it into a tab with scripting.executeScript, only on a site a path names and the
 * helper allowed (extension/page-guide.ts). The work is done by shared/guide; this file wires it to messages
 * and the overlay.
 */
export default defineContentScript({
  registration: 'runtime',
  // The styles travel inside the script (guide-overlay.css?inline): a separate CSS file would have to be
  // web-accessible to every page we guide, where pages could read it and learn the extension is installed.
  cssInjectionMode: 'manual',
  // Put in twice, the newer guide replaces the older: WXT invalidates the older context, which removes its
  // overlay and listeners. This keeps that news off window.postMessage, where every script on the page hears it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const overlay = overlayMaker(ctx);
    let stopGuiding = () => {};
    // Counts requests, so a step shown while the overlay is still being made doesn't run alongside the next.
    let latest = 0;

    const hide = () => {
      latest += 1;
      stopGuiding();
    };
    const show = async ({ stepKey, onPage, say }: ShowTarget) => {
      hide();
      const request = latest;
      const drawn = await overlay();
      if (request !== latest) return;
      stopGuiding = guideStep(document, onPage, {
        point: (box) => drawn.draw(box, say),
        report: (report) => void sendToPanel(reportFor(stepKey, report)),
        timeoutMs: WAIT_FOR_TARGET_MS,
        smoothScroll: !matchMedia('(prefers-reduced-motion: reduce)').matches,
      });
    };

    const handlers: PanelMessageHandlers = { showTarget: (message) => void show(message), hideTarget: hide };
    const stopListening = onPanelMessage((message) => handlers[message.type](message as never));
    ctx.onInvalidated(() => {
      stopListening();
      hide();
    });
  },
});
