import * as z from 'zod/mini';
import { browser, type Browser } from 'wxt/browser';
import { OnPageSchema } from '../shared/paths/learning-path.ts';
import { DONE_HOWS } from '../shared/guide/watch-for-done.ts';

/*
 * The extension's one message contract, named by direction: panel → content script, content script →
 * panel, background → panel. Every message is checked against its schema when it arrives, because a
 * content script lives inside a web page we do not trust, and a message that fails the check is ignored.
 *
 * A small wrapper over `browser` from wxt/browser, not @webext-core/messaging: version 4 calls the
 * callback-style `chrome` API, which WXT's fake browser (our unit tests) does not have.
 */

/** Names one step of one path, e.g. "practice-signing-in/press-continue", so a late report is not taken for the next step's. */
const stepKey = z.string().check(z.minLength(1), z.maxLength(200));

const PanelToContentSchema = z.discriminatedUnion('type', [
  /** Point at the step's target on this page, with the step's words in a bubble. */
  z.strictObject({ type: z.literal('showTarget'), stepKey, onPage: OnPageSchema, say: z.string().check(z.maxLength(2000)) }),
  /** Take the highlight away (the step changed, or the path closed). */
  z.strictObject({ type: z.literal('hideTarget') }),
]);
export type PanelToContent = z.infer<typeof PanelToContentSchema>;

const GUIDE_REPORT_KINDS = ['found', 'missing', 'done', 'dismissed'] as const;

const ContentToPanelSchema = z.strictObject({
  type: z.literal('guideReport'),
  /** found: the highlight is drawn; missing: the target did not appear in time; done: the person did the step; dismissed: Escape. */
  kind: z.enum(GUIDE_REPORT_KINDS),
  stepKey,
  /** For done: the person clicked, typed in or chose in the target, or the step's doneWhen target appeared. */
  how: z.optional(z.enum(DONE_HOWS)),
});
export type ContentToPanel = z.infer<typeof ContentToPanelSchema>;

const BackgroundToPanelSchema = z.strictObject({
  type: z.literal('pageChanged'),
  tabId: z.int(),
  /** Absent when Signpost may not read the address: a site it has no access to (no "tabs" permission, on purpose). */
  url: z.optional(z.string()),
});
export type BackgroundToPanel = z.infer<typeof BackgroundToPanelSchema>;

/** Whether a message reached a content script; `message` is plain English for the log, not for residents. */
export type Delivery = { ok: true } | { ok: false; message: string };

type MessageSender = Browser.runtime.MessageSender;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Panel → content script in one tab (top frame). Fails, as a value, when no content script is listening there. */
export async function sendToContent(tabId: number, message: PanelToContent): Promise<Delivery> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describe(error) };
  }
}

/** Content script → panel. Quietly does nothing when no panel is open to hear it. */
export async function sendToPanel(message: ContentToPanel): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Background → panel. Quietly does nothing when no panel is open to hear it. */
export async function sendFromBackground(message: BackgroundToPanel): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/*
 * Listeners return undefined (never a promise or `true`), so the sender gets no reply and the browser
 * does not keep the channel open waiting for one. Each returns a function that stops listening.
 */
function listen<T>(schema: z.ZodMiniType<T>, accept: (sender: MessageSender) => boolean, handle: (message: T, sender: MessageSender) => void) {
  const listener = (raw: unknown, sender: MessageSender): undefined => {
    const parsed = schema.safeParse(raw);
    if (parsed.success && accept(sender)) handle(parsed.data, sender);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** In the content script: messages from the panel (other extension pages, never a tab). */
export function onPanelMessage(handle: (message: PanelToContent) => void): () => void {
  return listen(PanelToContentSchema, (sender) => sender.tab === undefined, handle);
}

/** In the panel: reports from a content script, with the tab it runs in. */
export function onContentMessage(handle: (message: ContentToPanel, tabId: number) => void): () => void {
  return listen(
    ContentToPanelSchema,
    (sender) => sender.tab?.id !== undefined,
    (message, sender) => handle(message, sender.tab!.id!),
  );
}

/** In the panel: news from the background; content scripts (which run in a tab) may not pose as it. */
export function onBackgroundMessage(handle: (message: BackgroundToPanel) => void): () => void {
  return listen(BackgroundToPanelSchema, (sender) => sender.tab === undefined, handle);
}
