import { browser, type Browser } from 'wxt/browser';
import type { OnPage } from '../shared/paths/learning-path.ts';
import type { BackgroundToPanel, ContentToPanel } from './messages-to-panel.ts';

/*
 * The extension's one message contract, named by direction: panel → content script, content script →
 * panel, background → panel. This half has no zod, because the page guide and the background load it:
 * zod and the path schemas were about half of the guide's download. Each receiver checks as much as its
 * senders call for:
 * - into a content script, only our own extension pages can send (tabs.sendMessage is an extension API, and
 *   a tab's own messages are refused below), and they build messages from paths already checked by
 *   shared/paths, so the guide checks the sender and the `type`, then trusts the shape;
 * - into the panel, content scripts write from inside web pages we do not trust, so the panel checks every
 *   message against its schema (messages-to-panel.ts, which also defines those messages' types).
 *
 * A small wrapper over `browser` from wxt/browser, not @webext-core/messaging: version 4 calls the
 * callback-style `chrome` API, which WXT's fake browser (our unit tests) does not have.
 */

export type PanelToContent =
  /** Point at the step's target on this page, with the step's words in a bubble; stepKey names the path and step. */
  | { type: 'showTarget'; stepKey: string; onPage: OnPage; say: string }
  /** Take the highlight away (the step changed, or the path closed). */
  | { type: 'hideTarget' };

/** Every panel → content script type, so the guide can refuse any other message. */
const PANEL_TO_CONTENT_TYPES = { showTarget: true, hideTarget: true } satisfies Record<PanelToContent['type'], true>;

/** Whether a message reached a content script; `message` is plain English for the log, not for residents. */
export type Delivery = { ok: true } | { ok: false; message: string };

export type MessageSender = Browser.runtime.MessageSender;

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

/**
 * Listens for messages from senders `accept` allows, handing on what `read` makes of them (undefined: ignore).
 * The listener returns undefined (never a promise or `true`), so the sender gets no reply and the browser
 * does not keep the channel open waiting for one. Returns a function that stops listening.
 */
export function listenFor<T>(
  accept: (sender: MessageSender) => boolean,
  read: (raw: unknown) => T | undefined,
  handle: (message: T, sender: MessageSender) => void,
): () => void {
  const listener = (raw: unknown, sender: MessageSender): undefined => {
    if (!accept(sender)) return undefined;
    const message = read(raw);
    if (message !== undefined) handle(message, sender);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Whether a message came from one of our own extension pages (the panel, the background), not from a tab. */
export const fromExtensionPage = (sender: MessageSender) => sender.tab === undefined;

/** A panel message by its `type` alone: its sender is our own extension page (see the top of this file). */
function readPanelMessage(raw: unknown): PanelToContent | undefined {
  const type: unknown = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' && Object.hasOwn(PANEL_TO_CONTENT_TYPES, type) ? (raw as PanelToContent) : undefined;
}

/** In the content script: messages from the panel (other extension pages, never a tab). */
export function onPanelMessage(handle: (message: PanelToContent) => void): () => void {
  return listenFor(fromExtensionPage, readPanelMessage, handle);
}
