import * as z from 'zod/mini';
import { storage, type StorageItemKey } from 'wxt/utils/storage';

/*
 * The choices made on the options page, and the one thing the popup tells the side panel (carry on with the
 * last session). Kept in storage.local: small, this device only, and readable from every extension page.
 * Stored data may be from an older Signpost or broken by hand, so every read is checked and falls back to
 * the default rather than failing. WXT counts an item with no `version` as version 1: a later change of
 * shape adds `version: 2` and a numbered migration (https://wxt.dev/storage.html#versioning-with-migrations).
 */

export type TextSize = 'normal' | 'large' | 'larger';
export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];

/** The base text size for each choice, in CSS pixels (set as --signpost-font-size): signpost.css's 19px, then bigger steps. */
export const TEXT_SIZE_PIXELS: Readonly<Record<TextSize, number>> = { normal: 19, large: 24, larger: 29 };

export interface LastSession {
  learnerId: string;
  pathId?: string;
}

/** One stored choice: read back checked, so a caller always gets a usable value. */
export interface Setting<T> {
  /** What is used when nothing is saved, or what is saved cannot be read. */
  readonly fallback: T;
  /** The saved value, or `fallback` when there is none or it is not the right shape. Never rejects. */
  get(): Promise<T>;
  /** Saves the value. Rejects when the browser cannot save (for example, the disk is full). */
  set(value: T): Promise<void>;
  /** Forgets the saved value, so `get` gives `fallback`. */
  remove(): Promise<void>;
  /** Calls `onChange` with the checked new value whenever any extension page changes it. Returns a stop function. */
  watch(onChange: (value: T) => void): () => void;
}

function defineSetting<T>(key: StorageItemKey, schema: z.ZodMiniType<T>, fallback: T): Setting<T> {
  const item = storage.defineItem<unknown>(key);
  const checked = (value: unknown): T => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };
  return {
    fallback,
    get: () => item.getValue().then(checked, () => fallback),
    set: (value) => item.setValue(value),
    remove: () => item.removeValue(),
    watch: (onChange) => item.watch((value) => onChange(checked(value))),
  };
}

/**
 * Tells an open side panel that something it holds in memory changed on the options page: a count the
 * options page adds one to, never what changed. Not a choice, so erasing all data leaves it (it names nobody).
 */
export interface ChangeNotice {
  /** Tells every extension page watching. False when the browser could not save the count, so nobody heard. */
  announce(): Promise<boolean>;
  /** Calls `onChange` each time another page announces. Returns a stop function. */
  watch(onChange: () => void): () => void;
}

function defineChangeNotice(key: StorageItemKey): ChangeNotice {
  const count = defineSetting(key, z.number(), 0);
  return {
    announce: () =>
      count
        .get()
        .then((seen) => count.set(seen + 1))
        .then(
          () => true,
          () => false,
        ),
    watch: (onChange) => count.watch(() => onChange()),
  };
}

/** Shown on the handover note, e.g. "Sheffield Central Library". Empty when not set. */
export const organisationName = defineSetting('local:organisationName', z.string(), '');

/** A postcode area ("S") or district ("S1") the finder starts from. Empty when not set. */
export const defaultPostcodeArea = defineSetting('local:defaultPostcodeArea', z.string(), '');

/** The ids of the learning paths the side panel offers; null means all of them (new paths show too). */
export const shownPathIds = defineSetting<string[] | null>('local:shownPathIds', z.nullable(z.array(z.string())), null);

export const textSize = defineSetting<TextSize>('local:textSize', z.enum(TEXT_SIZES), 'normal');

/** Who was learning, and on which path, when the side panel last saved progress. */
export const lastSession = defineSetting<LastSession | null>(
  'local:lastSession',
  z.nullable(z.object({ learnerId: z.string().check(z.minLength(1)), pathId: z.optional(z.string()) })),
  null,
);

/** Set by the popup's "Carry on"; the side panel opens that session and sets it back to false. */
export const resumeRequested = defineSetting('local:resumeRequested', z.boolean(), false);

/** Announced when the organisation's own list of local help is saved or removed, so the panel searches the new one. */
export const localDirectoryChanged = defineChangeNotice('local:localDirectoryChanged');

/** Announced after "Erase all data", so the panel lets go of the learners and the search it holds. */
export const allDataErased = defineChangeNotice('local:allDataErased');

/** Forgets every setting (part of "erase all data"), so each reads back as its default. Rejects when the browser cannot. */
export async function forgetAllSettings(): Promise<void> {
  const settings = [organisationName, defaultPostcodeArea, shownPathIds, textSize, lastSession, resumeRequested];
  await Promise.all(settings.map((setting) => setting.remove()));
}
