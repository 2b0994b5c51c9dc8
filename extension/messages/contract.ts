import type { DoneHow, GuideReportKind } from '../../shared/guide/report.ts';
import type { OnPage } from '../../shared/paths/learning-path.ts';

/*
 * The extension's one message contract, named by direction: panel → content script, content script →
 * panel, background → panel. Types only, so the page guide and the background carry no zod: each receiver
 * checks as much as its senders call for.
 * - Into a content script, only our own extension pages can send (tabs.sendMessage is an extension API, and
 *   a tab's own messages are refused by transport.ts), and they build messages from paths already checked
 *   by shared/paths, so the guide checks the sender and the `type`, then trusts the shape.
 * - Into the panel, content scripts write from inside web pages we do not trust, so the panel checks every
 *   message against a schema of the same shape (panel-inbox.ts).
 */

export type PanelToContent =
  /** Point at the step's target on this page, with the step's words in a bubble; stepKey names the path and step. */
  | { type: 'showTarget'; stepKey: string; onPage: OnPage; say: string }
  /** Take the highlight away (the step changed, or the path closed). */
  | { type: 'hideTarget' };

/** What the page guide does with each panel message: one handler per type, so no type goes unhandled. */
export type PanelMessageHandlers = {
  [T in PanelToContent['type']]: (message: Extract<PanelToContent, { type: T }>) => void;
};

/** Every panel → content script type, so the guide can refuse any other message. */
export const PANEL_TO_CONTENT_TYPES = { showTarget: true, hideTarget: true } satisfies Record<
  PanelToContent['type'],
  true
>;

export interface ContentToPanel {
  type: 'guideReport';
  /** found: the highlight is drawn; missing: the target did not appear in time; done: the person did the step; dismissed: Escape. */
  kind: GuideReportKind;
  /** Names one step of one path, e.g. "practice-signing-in/press-continue", so a late report is not taken for the next step's. */
  stepKey: string;
  /** For done: the person clicked, typed in or chose in the target, or the step's doneWhen target appeared. */
  how?: DoneHow;
}

export interface BackgroundToPanel {
  type: 'pageChanged';
  tabId: number;
  /** Absent when Signpost may not read the address: a site it has no access to (no "tabs" permission, on purpose). */
  url?: string;
}
