import type { GuideLook } from '../../shared/guide/look.ts';
import type { DoneHow, GuideReportKind } from '../../shared/guide/report.ts';
import type { OnPage, StepAction, Target } from '../../shared/paths/learning-path.ts';

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

export type { GuideLook } from '../../shared/guide/look.ts';

export type PanelToContent =
  /** Point at the step's target on this page, with the step's words in a bubble; stepKey names the path and step. */
  | { type: 'showTarget'; stepKey: string; onPage: OnPage; say: string; look?: GuideLook }
  /** Take the highlight away (the step changed, or the path closed), and stop pointing to teach. */
  | { type: 'hideTarget' }
  /** Teaching (entrypoints/teach/): guess from the step's words what on this page it means, and say what. */
  | { type: 'guessTarget'; stepKey: string; title: string; say: string; action: StepAction }
  /** Teaching: let the helper point at the thing on the page; their click does not reach the page. */
  | { type: 'pointToTeach'; stepKey: string; say: string };

/** What a script in the page does with the panel messages it takes: one handler per type it names. */
export type PanelMessageHandlers<T extends PanelToContent['type'] = PanelToContent['type']> = {
  [K in T]: (message: Extract<PanelToContent, { type: K }>) => void;
};

/** Every panel → content script type, so a script in the page can refuse any other message. */
export const PANEL_TO_CONTENT_TYPES = {
  showTarget: true,
  hideTarget: true,
  guessTarget: true,
  pointToTeach: true,
} satisfies Record<PanelToContent['type'], true>;

export type ContentToPanel =
  | {
      type: 'guideReport';
      /** found: the highlight is drawn; missing: the target did not appear in time; done: the person did the step; dismissed: Escape. */
      kind: GuideReportKind;
      /** Names one step of one path, e.g. "practice-signing-in/press-continue", so a late report is not taken for the next step's. */
      stepKey: string;
      /** For done: the person clicked, typed in or chose in the target, or the step's doneWhen target appeared. */
      how?: DoneHow;
    }
  /** The guess for a step with no mark: what it would call the thing (absent when nothing on the page fits). */
  | { type: 'guessReport'; stepKey: string; target?: Target }
  /**
   * Pointing ended: `taught` with what the helper pointed at, or `stopped` (Escape, or the panel moved on).
   * The page's address is not sent: the panel reads it from the browser's note of who sent the message.
   */
  | { type: 'teachReport'; stepKey: string; kind: 'taught'; target: Target }
  | { type: 'teachReport'; stepKey: string; kind: 'stopped' };

export interface BackgroundToPanel {
  type: 'pageChanged';
  tabId: number;
  /** Absent when Signpost may not read the address: a site it has no access to (no "tabs" permission, on purpose). */
  url?: string;
}
