import { browser, type Browser } from 'wxt/browser';
import {
  PANEL_TO_CONTENT_TYPES,
  type BackgroundToPanel,
  type ContentToPanel,
  type PanelToContent,
} from './contract.ts';

/*
 * How the extension's messages travel (contract.ts says what they are). A small wrapper over `browser`
 * from wxt/browser, not @webext-core/messaging: version 4 calls the callback-style `chrome` API, which
 * WXT's fake browser (our unit tests) does not have.
 */

/**
 * Whether a message reached a content script, and whether the script that handles it said it did (the page
 * guide answers its own messages, so a tab where only the teaching script listens is told apart); `message`
 * is plain English for the log, not for residents.
 */
export type Delivery = { ok: true; answered: boolean } | { ok: false; message: string };

export type MessageSender = Browser.runtime.MessageSender;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Panel → content script in one tab (top frame). Fails, as a value, when no content script is listening there. */
export async function sendToContent(tabId: number, message: PanelToContent): Promise<Delivery> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return { ok: true, answered: answer === true };
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
 * The listener returns undefined (never a promise or `true`), so the browser does not keep the channel open
 * waiting for a reply; a message `answers` picks is answered `true` at once, and no other is answered.
 * Returns a function that stops listening.
 */
export function listenFor<T>(
  accept: (sender: MessageSender) => boolean,
  read: (raw: unknown) => T | undefined,
  handle: (message: T, sender: MessageSender) => void,
  answers: (message: T) => boolean = () => false,
): () => void {
  const listener = (raw: unknown, sender: MessageSender, sendResponse?: (answer: unknown) => void): undefined => {
    if (!accept(sender)) return undefined;
    const message = read(raw);
    if (message === undefined) return undefined;
    handle(message, sender);
    if (answers(message)) sendResponse?.(true);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Whether a message came from one of our own extension pages (the panel, the background), never from a
 * content script inside a web page. Judged by the address the browser gives the sender, which a page cannot
 * set: it must be on the extension's own origin. Whether the sender has a tab says nothing: Firefox gives
 * our own pages a tab when they are open in one (the side panel opened as a tab), and Chrome does too for
 * runtime messages.
 */
export function fromExtensionPage(sender: MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.url === undefined) return false;
  const ours = new URL(browser.runtime.getURL('/'));
  const from = addressOf(sender.url);
  // Protocol and host, not `origin`: the URL standard gives extension addresses an opaque origin ("null").
  return from?.protocol === ours.protocol && from.host === ours.host;
}

/** `url` read as an address, or undefined when it is not one (URL.canParse is too new for Chrome 114). */
function addressOf(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** A panel message by its `type` alone: its sender is our own extension page (see contract.ts). */
function readPanelMessage(raw: unknown): PanelToContent | undefined {
  const type: unknown = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' && Object.hasOwn(PANEL_TO_CONTENT_TYPES, type) ? (raw as PanelToContent) : undefined;
}

/**
 * In a script in the page: messages from the panel (other extension pages, never a tab). Those `answers`
 * picks are answered `true`, so the panel knows the script that handles them is in the tab.
 */
export function onPanelMessage(
  handle: (message: PanelToContent) => void,
  answers?: (message: PanelToContent) => boolean,
): () => void {
  return listenFor(fromExtensionPage, readPanelMessage, handle, answers);
}
