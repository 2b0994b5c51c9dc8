import type { OnPage, Target } from '../paths/learning-path.ts';
import type { GuideLook } from '../guide/look.ts';
import type { PagePattern } from '../guide/page-pattern.ts';
import type { DoneHow, GuideReportKind } from '../guide/report.ts';
import type { StepFix } from '../paths/step-fix.ts';
import type { StepOutcomes } from '../store/progress.ts';

/*
 * The one interface the UI calls. The widget passes a direct implementation, the extension one that
 * runs in its own pages, the tests a fake: the same components render in all three. The finder's part
 * is defined beside the search engine, below the UI, and re-exported here.
 */

export type {
  FinderServices,
  NearbySupport,
  Opening,
  RemoteSupport,
  SupportResults,
  SupportSearch,
} from '../find/support-search.ts';

/** How each step of one path went: empty when nothing was saved. */
export type ProgressLoaded = { ok: true; outcomes: StepOutcomes } | { ok: false; message: string };

/** Whether progress was kept; a failure's message is plain English and can be shown as it is. */
export type ProgressSaved = { ok: true } | { ok: false; message: string };

/**
 * Where a learning path's progress is kept. The side panel saves to the learner store on this device,
 * "practise without saving" and the widget (before consent) keep it in memory only: the player never
 * knows which. Neither call throws.
 */
export interface LearningServices {
  loadProgress(pathId: string): Promise<ProgressLoaded>;
  /** Replaces how each step of a path went, so the path reopens where it was left and still knows what to practise. */
  saveProgress(pathId: string, outcomes: StepOutcomes): Promise<ProgressSaved>;
}

/** One step's place on a real page, for Show me. `stepKey` ties the page's reports to this step. */
export interface GuideRequest {
  stepKey: string;
  onPage: OnPage;
  /** The step's words, for the bubble beside the highlight. */
  say: string;
  /** How the player looks (Bigger text, High contrast), for the bubble; plain when not given. */
  look?: GuideLook;
}

/** Asks the page what a step with no mark most likely means, from its words: its title and what it says. */
export interface GuessRequest {
  stepKey: string;
  onPage: Pick<OnPage, 'site' | 'page' | 'action'>;
  title: string;
  say: string;
}

/** Lets the helper point at a step's thing on the page; `say` is the banner telling them what to do. */
export interface PointRequest {
  stepKey: string;
  onPage: Pick<OnPage, 'site' | 'page'>;
  say: string;
}

/**
 * How Show me went before the page looked for the target. `shown`: the page has the step and will report
 * found or missing; `refused`: the helper said no to Signpost using the site; `wrong-site` (a lookalike
 * address may be a scam) and `wrong-page`: the tab is not where the step happens, and `canGoOn` says
 * whether Signpost could point there anyway; `unreachable`: a page no extension may touch, such as the
 * browser's own pages.
 */
export type GuideShown =
  | { kind: 'shown' }
  | { kind: 'refused' }
  | { kind: 'wrong-site'; canGoOn: boolean }
  | { kind: 'wrong-page'; canGoOn: boolean }
  | { kind: 'unreachable' };

/**
 * What the page being guided says: about a step (by key), or that it went to a new address (absent when it
 * may not be read). Teaching: `guessed` (with what the guess is called, or nothing that fits), `taught` (what
 * the helper pointed at, and the page's address as a pattern when Signpost may read it) or `stopped-pointing`.
 */
export type GuideEvent =
  | { kind: GuideReportKind; stepKey: string; how?: DoneHow }
  | { kind: 'page-changed'; url?: string }
  | { kind: 'guessed'; stepKey: string; target?: Target; page?: PagePattern }
  | { kind: 'taught'; stepKey: string; target: Target; page?: PagePattern }
  | { kind: 'stopped-pointing'; stepKey: string };

/**
 * Pointing at a step's target on the page the person is using: the browser extension has one, the
 * widget and the tests another or none, and the player shows Show me only when it is given one. No call throws.
 */
export interface PageGuide {
  /**
   * Points at the step's target in the tab being guided. `fromClick`: the helper just pressed a button, so
   * the browser may ask them to let Signpost use the step's site; `anywhere`: the helper chose to go on
   * although the address does not match the step.
   */
  show(request: GuideRequest, options: { fromClick: boolean; anywhere?: boolean }): Promise<GuideShown>;
  /** Takes the highlight away, if there is one. */
  hide(): void;
  /** The address that opens the step's page, when Signpost knows one (an exact page, or one it has seen on this visit). */
  addressFor(onPage: OnPage): string | undefined;
  /** Opens an http(s) address in the tab being guided. */
  open(address: string): Promise<void>;
  /** Hears what the guided page says; returns a function that stops listening. */
  listen(listener: (event: GuideEvent) => void): () => void;
  /** Asks the page for its best guess at a step with no mark; the answer comes as a `guessed` event. */
  guess(request: GuessRequest, options: { fromClick: boolean }): Promise<GuideShown>;
  /** Lets the helper point at the step's thing on the page; the answer comes as `taught` or `stopped-pointing`. */
  point(request: PointRequest, options: { fromClick: boolean }): Promise<GuideShown>;
}

/** Whether a fix was kept or forgotten; a failure's message is plain English and can be shown as it is. */
export type FixSaved = { ok: true } | { ok: false; message: string };

/**
 * The organisation's own fixes to steps (taught by pointing), used before a step's own place on the page.
 * The extension keeps them on the device; nothing else has any. No call throws.
 */
export interface TaughtTargets {
  /** The fix for one step, if there is one: read inside a component or effect, it follows changes. */
  fixFor(pathId: string, stepId: string): StepFix | undefined;
  /** Keeps a fix, replacing the step's fix before. */
  keep(fix: StepFix): Promise<FixSaved>;
  /** Forgets a step's fix, so the step's own place on the page is used again. */
  forget(pathId: string, stepId: string): Promise<FixSaved>;
  /** Notes that Show me found the fix on the page today. */
  seenWorking(pathId: string, stepId: string): void;
}
