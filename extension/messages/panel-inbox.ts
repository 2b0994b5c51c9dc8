import * as z from 'zod/mini';
import { DONE_HOWS, GUIDE_REPORT_KINDS } from '../../shared/guide/report.ts';
import { TargetSchema } from '../../shared/paths/learning-path.ts';
import type { BackgroundToPanel, ContentToPanel } from './contract.ts';
import { fromExtensionPage, listenFor } from './transport.ts';

/*
 * What the panel hears, checked in full: reports come from content scripts living inside web pages we do
 * not trust, and a message that fails its schema is ignored. Only the panel loads this file, so the content
 * script and the background carry no zod. Each schema is held to its type in contract.ts.
 */

const stepKey = z.string().check(z.minLength(1), z.maxLength(200));
/** What a page says a thing is called: a hostile page could send a book, so a target is kept small. */
const pageTarget = TargetSchema.check(
  z.refine((target) => JSON.stringify(target).length <= 2000, 'A target from a page is too long.'),
);

const ContentToPanelSchema = z.union([
  z.strictObject({
    type: z.literal('guideReport'),
    kind: z.enum(GUIDE_REPORT_KINDS),
    stepKey,
    how: z.optional(z.enum(DONE_HOWS)),
  }),
  z.strictObject({ type: z.literal('guessReport'), stepKey, target: z.optional(pageTarget) }),
  z.strictObject({ type: z.literal('teachReport'), stepKey, kind: z.literal('taught'), target: pageTarget }),
  z.strictObject({ type: z.literal('teachReport'), stepKey, kind: z.literal('stopped') }),
]) satisfies z.ZodMiniType<ContentToPanel>;

const BackgroundToPanelSchema = z.strictObject({
  type: z.literal('pageChanged'),
  tabId: z.int(),
  url: z.optional(z.string()),
}) satisfies z.ZodMiniType<BackgroundToPanel>;

/** Reads a message with `schema`: its data, or undefined when it does not fit. */
function readWith<T>(schema: z.ZodMiniType<T>): (raw: unknown) => T | undefined {
  return (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  };
}

/**
 * In the panel: reports from a content script, with the tab it runs in and the address of its page as the
 * browser gives it (undefined when the extension may not read it): a page can't lie about where it is.
 */
export function onContentMessage(
  handle: (message: ContentToPanel, tabId: number, pageUrl: string | undefined) => void,
): () => void {
  return listenFor(
    (sender) => sender.tab?.id !== undefined,
    readWith(ContentToPanelSchema),
    (message, sender) => handle(message, sender.tab!.id!, sender.url),
  );
}

/** In the panel: news from the background; content scripts (which run in a tab) may not pose as it. */
export function onBackgroundMessage(handle: (message: BackgroundToPanel) => void): () => void {
  return listenFor(fromExtensionPage, readWith(BackgroundToPanelSchema), handle);
}
