/**
 * What the page guide says about a step, in one place for the guide, the extension's messages and the
 * player: the target is highlighted (found), never showed (missing), the person did the step (done), or
 * Escape sent the highlight away (dismissed).
 */

export const GUIDE_REPORT_KINDS = ['found', 'missing', 'done', 'dismissed'] as const;
export type GuideReportKind = (typeof GUIDE_REPORT_KINDS)[number];

/** How the person finished a step: pressed the target (mouse, Enter or Space), typed in it, chose in it, or the step's sign appeared. */
export const DONE_HOWS = ['clicked', 'typed', 'chose', 'appeared'] as const;
export type DoneHow = (typeof DONE_HOWS)[number];

/** One report; only a done step says how. */
export type GuideReport = { kind: Exclude<GuideReportKind, 'done'> } | { kind: 'done'; how: DoneHow };
