import * as z from 'zod/mini';
import { DONE_HOWS } from '../shared/guide/watch-for-done.ts';
import { fromExtensionPage, listenFor } from './messages.ts';

/*
 * What the panel hears, checked in full: reports come from content scripts living inside web pages we do
 * not trust, and a message that fails its schema is ignored. Only the panel loads this file; the content
 * script and the background send with messages.ts, which imports these types only (no zod in their bundles).
 */

/** Names one step of one path, e.g. "practice-signing-in/press-continue", so a late report is not taken for the next step's. */
const stepKey = z.string().check(z.minLength(1), z.maxLength(200));

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

/** Reads a message with `schema`: its data, or undefined when it does not fit. */
function readWith<T>(schema: z.ZodMiniType<T>): (raw: unknown) => T | undefined {
  return (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  };
}

/** In the panel: reports from a content script, with the tab it runs in. */
export function onContentMessage(handle: (message: ContentToPanel, tabId: number) => void): () => void {
  return listenFor(
    (sender) => sender.tab?.id !== undefined,
    readWith(ContentToPanelSchema),
    (message, sender) => handle(message, sender.tab!.id!),
  );
}

/** In the panel: news from the background; content scripts (which run in a tab) may not pose as it. */
export function onBackgroundMessage(handle: (message: BackgroundToPanel) => void): () => void {
  return listenFor(fromExtensionPage, readWith(BackgroundToPanelSchema), handle);
}
